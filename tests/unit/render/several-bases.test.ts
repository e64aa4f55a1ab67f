import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { checkSource } from '../../../src/validate/index.js';
import { ropaTable } from '../../../src/export/ropa.js';
import { normalize } from '../../../src/model/normalize.js';

/**
 * A purpose that rests on two bases, as Mozilla's Firefox Focus notice says of providing the
 * browser ("Contract … Legitimate interest …"): listed under each basis, with what belongs to that
 * basis there, and what it rests on besides Art. 6 said once.
 */
function browser(change: (p: Policy) => void = () => {}): Policy {
  const policy: Policy = {
    effective_date: '2026-01-05',
    jurisdictions: ['gdpr'],
    controller: { name: 'Acme Browser GmbH', email: 'privacy@acme.example', country: 'DE' },
    data_categories: [{ id: 'usage', name: 'Usage counts', examples: ['number of searches'], source: 'automatic' }],
    purposes: [
      {
        id: 'browse',
        name: 'Provide the browser',
        lawful_basis: ['legitimate_interests', 'contract'],
        legitimate_interest: 'making the data on your device work for you',
        national_basis: 'section 25(2) of the German TDDDG',
        data_categories: ['usage'],
      },
      { id: 'fix', name: 'Fix crashes', lawful_basis: 'legitimate_interests', legitimate_interest: 'a browser that works', data_categories: ['usage'] },
    ],
    retention: [{ data_categories: ['usage'], period: 'P25M' }],
  };
  change(policy);
  const checked = checkSource(JSON.stringify(policy), 'privacy.yaml');
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policy;
}

/** The text under the level-3 heading that starts with `heading`, up to the next heading. */
const section = (md: string, heading: string): string => md.split(`\n### ${heading}`)[1]?.split(/\n### |\n## /)[0] ?? '';

describe('a purpose on several lawful bases', () => {
  it('is listed under each basis, in the article’s order, with the interest only under legitimate interests', () => {
    const { md } = buildPolicy(browser());
    const contract = section(md, 'Performance of a contract');
    const interests = section(md, 'Legitimate interests');
    expect(md.indexOf('### Performance of a contract')).toBeLessThan(md.indexOf('### Legitimate interests'));
    expect(contract).toContain('- **Provide the browser.**');
    expect(contract).not.toContain('Our interest is');
    expect(interests).toContain('- **Provide the browser.** Our interest is making the data on your device work for you.');
    expect(interests).toContain('- **Fix crashes.** Our interest is a browser that works.');
  });

  it('says the national provision once, under the first basis', () => {
    const { md } = buildPolicy(browser());
    expect(md.split('We also rely on section 25(2) of the German TDDDG.')).toHaveLength(2);
    expect(section(md, 'Performance of a contract')).toContain('We also rely on section 25(2) of the German TDDDG.');
  });

  it('reads the same in German and French: under each basis, the national provision once', () => {
    for (const language of ['de', 'fr'] as const) {
      const { md } = buildPolicy(browser(), { language });
      const headings = language === 'de' ? ['Vertragserfüllung', 'Berechtigte Interessen'] : ['Exécution d’un contrat', 'Intérêts légitimes'];
      for (const heading of headings) expect(section(md, heading), `${language}: ${heading}`).toContain('- **Provide the browser.**');
      expect(md.split('section 25(2) of the German TDDDG').length, language).toBe(2);
    }
  });

  it('writes the bases into one cell of the Art. 30 record', () => {
    const table = ropaTable(normalize(browser()));
    const column = table.columns.indexOf('Lawful basis (Art. 6(1))');
    expect(table.rows[0]?.[column]).toBe('Performance of a contract (Art. 6(1)(b) GDPR); Legitimate interests (Art. 6(1)(f) GDPR)');
  });
});
