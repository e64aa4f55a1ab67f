import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';

/**
 * Art. 22 GDPR is a right not to be subject to a solely automated decision, not a right to object
 * to one (CJEU C-634/21, SCHUFA); since 5 February 2026 the UK GDPR allows such decisions with the
 * safeguards of its Art. 22C (Data (Use and Access) Act 2025, s. 80). A lawyer's review of the
 * Matrix.org policy found the old "You can object to a decision …" in English and German.
 */
const policy = (laws: Array<'gdpr' | 'uk_gdpr' | 'swiss_fadp'>): Policy => ({
  effective_date: '2026-01-05',
  jurisdictions: laws,
  controller: { name: 'Acme Ltd', email: 'privacy@acme.example', country: 'GB' },
  data_categories: [{ id: 'account', name: 'Account', source: 'provided' }],
  purposes: [{ id: 'service', name: 'Provide the service', lawful_basis: 'contract', data_categories: ['account'] }],
  retention: [{ data_categories: ['account'], period: 'account_lifetime' }],
  rights: Object.fromEntries(laws.map((law) => [law, { rights: ['access', 'automated_decisions'] }])),
});

/** The list items of a right, with no-break spaces as plain ones ("Art.\u00a022"). */
const itemOf = (md: string, label: string): string[] =>
  md
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .filter((line) => line.startsWith(`- **${label}`));

describe('the right about automated decisions', () => {
  it('states the GDPR’s right not to be subject to such a decision, with its exceptions and safeguards', () => {
    const [item] = itemOf(buildPolicy(policy(['gdpr'])).md, 'Rights related to automated decision-making');
    expect(item).toContain('(Art. 22).** You have the right not to be subject to a decision based solely on automated processing');
    expect(item).toContain(
      'unless the decision is necessary for entering into or performing a contract with you, authorised by law, or based on your explicit consent',
    );
    expect(item).not.toContain('You can object');
  });

  it('states the UK GDPR’s safeguards under Art. 22C, in a list of its own beside the GDPR’s', () => {
    const { md } = buildPolicy(policy(['gdpr', 'uk_gdpr']));
    const items = itemOf(md, 'Rights related to automated decision-making');
    expect(items).toHaveLength(2);
    expect(items[1]).toContain('(Art. 22C).** If a decision that has legal or similarly significant effects on you is based solely on automated processing');
    expect(items[1]).toContain('you can make representations about it, ask for a person to intervene and contest the decision');
    expect(md).not.toContain('Under the GDPR and the UK GDPR, you have the following rights');
  });

  it('keeps one list for the GDPR and the UK GDPR where every right reads alike', () => {
    const alike = policy(['gdpr', 'uk_gdpr']);
    alike.rights = { gdpr: { rights: ['access', 'erasure'] }, uk_gdpr: { rights: ['access', 'erasure'] } };
    expect(buildPolicy(alike).md).toContain('Under the GDPR and the UK GDPR, you have the following rights');
  });

  it('reads the same in German and French: no right to object to the decision', () => {
    const de = itemOf(buildPolicy(policy(['gdpr']), { language: 'de' }).md, 'Rechte bei automatisierten Entscheidungen')[0];
    expect(de).toContain('Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung');
    expect(de).toContain('unterworfen zu werden');
    expect(de).not.toContain('widersprechen');
    const fr = itemOf(buildPolicy(policy(['gdpr']), { language: 'fr' }).md, 'Droits relatifs à la prise de décision automatisée')[0];
    expect(fr).toContain('Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé');
    expect(fr).not.toContain('vous opposer');
  });

  it('under the Swiss FADP, lets the person give their view and ask for a review (Art. 21)', () => {
    const [item] = itemOf(buildPolicy(policy(['swiss_fadp'])).md, 'Rights related to automated decision-making');
    expect(item).toContain('(Art. 21).** You can give your point of view on a decision based solely on automated processing');
  });

  it('states a law’s own wording even for a right the company also promises to everyone (review of eb813d5)', () => {
    const promised = policy(['gdpr']);
    promised.rights = { everyone: ['automated_decisions'], gdpr: { rights: ['access', 'automated_decisions'] } };
    const items = itemOf(buildPolicy(promised).md, 'Rights related to automated decision-making');
    expect(items[0]).toContain('You can give your point of view');
    expect(items[1]).toContain('(Art. 22).** You have the right not to be subject to a decision');
  });

  it('says the rights depend on where you live when the EEA’s Art. 22 differs from the home law’s (review of eb813d5)', () => {
    const md = buildPolicy(policy(['gdpr', 'uk_gdpr'])).md;
    expect(md).toContain('; some depend on where you live.');
    const alike = policy(['gdpr', 'uk_gdpr']);
    alike.rights = { gdpr: { rights: ['access'] }, uk_gdpr: { rights: ['access', 'erasure'] } };
    expect(buildPolicy(alike).md).not.toContain('depend on where you live');
  });

  it('states the FADP’s exceptions to its Art. 21 right and its own portability conditions (Art. 28)', () => {
    const swiss = policy(['swiss_fadp']);
    swiss.rights = { swiss_fadp: { rights: ['portability', 'automated_decisions'] } };
    const md = buildPolicy(swiss).md.replace(/\u00a0/g, ' ');
    expect(md).toContain('unless the decision grants what you asked for under a contract with you or you expressly agreed to it being automated');
    expect(md).toContain('in a commonly used electronic format, or ask us to send it to another controller unless this takes disproportionate effort');
    expect(md).not.toContain('technically feasible');
  });
});
