import { describe, expect, it } from 'vitest';
import { lawfulBasisRequired as rule } from '../../../src/rules/lawful-basis-required.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('lawful-basis-required', () => {
  it('accepts purposes that state a basis', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports a purpose without a basis under the GDPR and the UK GDPR, at the purpose', () => {
    const policy = policyWith((p) => {
      delete item(p.purposes, 0).lawful_basis;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 0],
        message: "Purpose 'service' has no lawful_basis; under the GDPR and the UK GDPR every purpose needs one (Art. 6(1), 13(1)(c)).",
        hint: 'Add lawful_basis: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.',
      },
    ]);
  });

  it('is silent for a US-only or Swiss-only policy', () => {
    for (const jurisdictions of [['ccpa'], ['swiss_fadp']] as const) {
      const policy = policyWith((p) => {
        p.jurisdictions = [...jurisdictions];
        delete item(p.purposes, 0).lawful_basis;
      });
      expect(check(rule, policy)).toEqual([]);
    }
  });
});
