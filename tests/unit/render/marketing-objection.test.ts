import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy, Purpose } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { variant } from './load-fixture.js';

/**
 * The right to object to direct marketing, in a subsection of its own (GDPR and UK GDPR Art.
 * 21(2)–(4)): the full fixture's newsletter, moved to another basis and declared direct marketing.
 */
const HEADING = '### Your right to object to direct marketing';

function marketing(basis: Purpose['lawful_basis'], declared: Purpose['direct_marketing'], change?: (p: Policy) => void): Policy {
  return variant('full.yaml', (p) => {
    const newsletter = p.purposes.find((purpose) => purpose.id === 'newsletter');
    if (newsletter === undefined) throw new Error('the full fixture has lost its newsletter');
    newsletter.lawful_basis = basis;
    newsletter.legitimate_interest = 'telling our customers about features like those they use';
    newsletter.direct_marketing = declared;
    change?.(p);
  });
}

/** The subsection, up to the next heading. */
function paragraph(markdown: string, heading = HEADING): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) return '';
  const end = markdown.indexOf('\n#', start + 1);
  return markdown.slice(start + 1, end === -1 ? undefined : end).trim();
}

const md = (policy: Policy, language?: 'de' | 'fr'): string => renderMarkdown(normalize(policy), language === undefined ? {} : { language });

describe('the right to object to direct marketing', () => {
  it('is stated apart, before how to exercise the rights, for marketing on legitimate interests', () => {
    const out = md(marketing('legitimate_interests', { opt_out: 'use the unsubscribe link at the end of each newsletter' }));
    expect(paragraph(out)).toBe(
      [
        HEADING,
        '',
        'You can object at any time to our use of your personal data for direct marketing, including profiling to the extent that it is related to direct marketing; if you object, we will no longer use your personal data for direct marketing (Art. 21(2) and (3) GDPR and UK GDPR).',
        '',
        'These uses of your personal data are direct marketing:',
        '',
        '- **Send our newsletter.** To object, use the unsubscribe link at the end of each newsletter.',
        '',
        'You can also object by emailing us at [rights@full.example](mailto:rights@full.example).',
      ].join('\n'),
    );
    expect(out.indexOf(HEADING)).toBeLessThan(out.indexOf('### How to exercise your rights'));
  });

  it('names only the rights contact when the file gives no opt-out', () => {
    expect(paragraph(md(marketing('legitimate_interests', true)))).toContain(
      '- **Send our newsletter.**\n\nTo object, email us at [rights@full.example](mailto:rights@full.example).',
    );
    const form = marketing('legitimate_interests', true, (p) => {
      p.rights = { ...p.rights, url: 'https://full.example/requests' };
      delete p.rights.email;
    });
    expect(paragraph(md(form))).toMatch(/To object, use our request form at \[https:\/\/full\.example\/requests\]/u);
  });

  it('is not printed for marketing on consent alone, which withdrawing consent stops, nor without the declaration', () => {
    expect(md(marketing('consent', true))).not.toContain(HEADING);
    expect(md(variant('full.yaml', () => undefined))).not.toContain(HEADING);
    // Consent beside legitimate interests: the part on legitimate interests is stopped by objecting.
    expect(md(marketing(['consent', 'legitimate_interests'], true))).toContain(HEADING);
  });

  it('cites only the declared law that gives the right, and nothing under the FADP or the CCPA alone', () => {
    const gdpr = md(marketing('legitimate_interests', true, (p) => (p.jurisdictions = ['gdpr'])));
    expect(paragraph(gdpr)).toContain(`(Art. 21(2) and (3) GDPR)`);
    for (const laws of [['ccpa'], ['swiss_fadp', 'ccpa']] as const) {
      expect(md(marketing('legitimate_interests', true, (p) => (p.jurisdictions = [...laws])))).not.toContain('direct marketing, including profiling');
    }
  });

  it('reads as the law reads in German and French', () => {
    const policy = marketing('legitimate_interests', { opt_out: 'use the unsubscribe link' });
    const de = paragraph(md(policy, 'de'), '### Ihr Recht auf Widerspruch gegen Direktwerbung');
    expect(de).toContain(
      'Sie haben das Recht, jederzeit Widerspruch gegen die Verarbeitung Ihrer personenbezogenen Daten zum Zwecke der Direktwerbung einzulegen, auch gegen das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht; wenn Sie widersprechen, verarbeiten wir Ihre personenbezogenen Daten nicht mehr für Zwecke der Direktwerbung (Art.',
    );
    expect(de.replace(/\u00a0/gu, ' ')).toContain('(Art. 21 Abs. 2 und 3 DSGVO und UK GDPR).');
    expect(de).toContain('Sie können auch per E-Mail an [rights@full.example](mailto:rights@full.example) widersprechen.');
    const fr = paragraph(md(policy, 'fr'), '### Votre droit d’opposition à la prospection');
    expect(fr).toContain('Vous pouvez vous opposer à tout moment au traitement de vos données personnelles à des fins de prospection');
    expect(fr.replace(/[\u00a0\u202f]/gu, ' ')).toContain('(art. 21.2 et 21.3 RGPD et UK GDPR)');
    expect(fr.replace(/[\u00a0\u202f]/gu, ' ')).toContain(
      '; si vous vous y opposez, nous ne traitons plus vos données personnelles à des fins de prospection (art.',
    );
  });
});
