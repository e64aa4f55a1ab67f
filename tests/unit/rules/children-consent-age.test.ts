import { describe, expect, it } from 'vitest';
import { childrenConsentAge as rule } from '../../../src/rules/children-consent-age.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('children-consent-age', () => {
  it('accepts 16 or more', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about users from 13 to 15 when a purpose relies on consent under the GDPR', () => {
    const policy = policyWith((p) => {
      p.children = { min_age: 13 };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['children', 'min_age'],
        message:
          "Minimum age 13 is below 16, the age of digital consent in several EU member states, and purpose 'newsletter' relies on consent (GDPR Art. 8).",
        hint: 'Raise children.min_age to 16, or obtain parental consent where the member state sets a higher age.',
      },
    ]);
  });

  it('is silent without consent, under the UK GDPR alone, and below 13 (another rule)', () => {
    const noConsent = policyWith((p) => {
      p.children = { min_age: 14 };
      item(p.purposes, 2).lawful_basis = 'legitimate_interests';
      item(p.purposes, 2).legitimate_interest = 'telling customers about new features';
    });
    const ukOnly = policyWith((p) => {
      p.jurisdictions = ['uk_gdpr'];
      p.children = { min_age: 13 };
    });
    const younger = policyWith((p) => {
      p.children = { min_age: 12 };
    });
    expect([noConsent, ukOnly, younger].flatMap((policy) => check(rule, policy))).toEqual([]);
  });
});
