import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { variant } from './load-fixture.js';

const md = (policy: Policy): string => renderMarkdown(normalize(policy));

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The full fixture under the Swiss FADP alone, its transfers on the Swiss safeguards. */
const swissOnly = (edit: (p: Policy) => void = () => {}): Policy =>
  variant('full.yaml', (p) => {
    p.jurisdictions = ['swiss_fadp'];
    p.transfers = { storage: 'CH', mechanisms: ['swiss_scc', 'bcr'], copies_on_request: true };
    edit(p);
  });

describe('transfers under the Swiss FADP', () => {
  it('says which transfers leave Switzerland and cites the FADP for each safeguard', () => {
    const transfers = section(md(swissOnly()), 'Where we store and transfer your personal data');
    expect(transfers).toContain(
      'All the service providers named above process personal data outside Switzerland, in Ireland, the United States, Canada and France.',
    );
    expect(transfers).toContain(
      'When we transfer personal data out of Switzerland, we rely on the Standard Contractual Clauses adopted by the European Commission, with the adaptations for Swiss law that the Federal Data Protection and Information Commissioner (FDPIC) requires (Art. 16(2)(d) FADP), and Binding Corporate Rules (Art. 16(2)(e) FADP).',
    );
    expect(transfers).not.toContain('GDPR');
  });

  it('names the Swiss-U.S. Data Privacy Framework in the provider table, and Switzerland as the territory', () => {
    const sharing = section(md(swissOnly()), 'How we share your personal data');
    expect(sharing).toContain('| United States | Swiss-U.S. Data Privacy Framework |');
    // France is on the Federal Council's list: adequate, not inside.
    expect(sharing).toContain('Location: France. Safeguard: adequacy decision.');
    const inside = section(md(swissOnly((p) => (p.subprocessors![0]!.location = 'CH'))), 'How we share your personal data');
    expect(inside).toContain('| Switzerland (eu-west-1) | not needed (Switzerland) |');
  });

  it('judges a country by the Swiss list, not the EU one: Japan needs a safeguard under the FADP', () => {
    const model = normalize(swissOnly((p) => (p.subprocessors![0]!.location = 'JP')));
    expect(model.subprocessors[0]!.transfer).toBe('needs_safeguard');
    const both = normalize(
      swissOnly((p) => {
        p.jurisdictions = ['gdpr', 'swiss_fadp'];
        p.subprocessors![0]!.location = 'JP';
      }),
    );
    expect(both.subprocessors[0]!.transferUnder).toEqual({ gdpr: 'adequate', swiss_fadp: 'needs_safeguard' });
  });

  it('makes no claim about Swiss transfers in a policy dated before the revised FADP', () => {
    const policy = variant('full.yaml', (p) => {
      p.effective_date = '2023-08-31';
      p.jurisdictions = ['gdpr', 'uk_gdpr', 'swiss_fadp'];
    });
    expect(normalize(policy).transferLaws).toEqual(['gdpr', 'uk_gdpr']);
    const out = md(policy);
    expect(section(out, 'Where we store and transfer your personal data')).not.toContain('Switzerland');
    expect(section(out, 'Where we store and transfer your personal data')).not.toContain('FADP');
    expect(out).toContain('| not needed (EEA/UK) |');
  });
});
