import { describe, expect, it } from 'vitest';
import { countriesNamed, legalObligationDomestic as rule } from '../../../src/rules/legal-obligation-domestic.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { check, item, policyWith } from './fixture.js';

/** The sensible policy with a purpose on legal_obligation that names `law`. */
function withObligation(law: string, jurisdictions: Policy['jurisdictions'] = ['gdpr']): Policy {
  return policyWith((p) => {
    p.jurisdictions = jurisdictions;
    p.purposes.push({ id: 'disclosure', name: 'Answer legal requests', lawful_basis: 'legal_obligation', legal_obligation: law, data_categories: ['account'] });
  });
}

describe('legal-obligation-domestic', () => {
  it('accepts an obligation under the law of a Member State, or one that names no country', () => {
    expect(check(rule, withObligation('German tax law (§ 147 AO), as applied in Germany'))).toEqual([]);
    expect(check(rule, withObligation('a subpoena or other judicial or administrative order'))).toEqual([]);
  });

  it('reports an obligation that names a third country, at the legal_obligation, with the law that counts', () => {
    expect(check(rule, withObligation('a U.S. subpoena or other order of a United States court'))).toEqual([
      {
        path: ['purposes', 3, 'legal_obligation'],
        message:
          "Purpose 'disclosure' rests on 'legal_obligation', and its legal_obligation names the United States; under the GDPR a legal obligation is one that EU law or the law of an EU Member State lays down (Art. 6(3)), not the law of another country.",
        hint: 'Name the EU law or the law of an EU Member State that requires the processing; where only a foreign order requires it, rely on another lawful basis and say which.',
      },
    ]);
  });

  it('counts UK law as domestic under the UK GDPR but not under the GDPR alone, and EU law the other way round', () => {
    expect(check(rule, withObligation('UK anti-money-laundering law', ['gdpr', 'uk_gdpr']))).toEqual([]);
    expect(check(rule, withObligation('UK anti-money-laundering law', ['gdpr']))).toHaveLength(1);
    expect(check(rule, withObligation('EU anti-money-laundering law', ['gdpr']))).toEqual([]);
    expect(check(rule, withObligation('EU anti-money-laundering law', ['uk_gdpr']))).toHaveLength(1);
  });

  it('reads country names in German and French, and capitals only for the abbreviations', () => {
    expect(countriesNamed('Anordnungen von US-Behörden')).toEqual(['US']);
    expect(countriesNamed('une injonction d’un tribunal des États-Unis')).toEqual(['US']);
    expect(countriesNamed('the law that applies to us')).toEqual([]);
    expect(countriesNamed('New Jersey consumer law')).toEqual([]);
  });

  it('is silent where neither the GDPR nor the UK GDPR applies, or the purpose does not rest on legal_obligation', () => {
    expect(check(rule, withObligation('a U.S. subpoena', ['ccpa']))).toEqual([]);
    const policy = withObligation('a U.S. subpoena');
    Object.assign(item(policy.purposes, 3), { lawful_basis: 'legitimate_interests', legitimate_interest: 'answering lawful requests' });
    expect(check(rule, policy)).toEqual([]);
  });
});
