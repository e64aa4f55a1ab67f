import { describe, expect, it } from 'vitest';
import { ccpaSaleStatement as rule } from '../../../src/rules/ccpa-sale-statement.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('ccpa-sale-statement', () => {
  it('accepts a policy that says whether data is sold', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns when the CCPA is declared and sale_and_sharing is absent, at the law', () => {
    const policy = policyWith((p) => {
      delete p.sale_and_sharing;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['jurisdictions', 2],
        message: 'The CCPA is declared, but the policy does not say whether personal data is sold or shared (Cal. Civ. Code 1798.130(a)(5)(C)).',
        hint: 'Add sale_and_sharing with sells (and shares_for_advertising), e.g. sells: false.',
      },
    ]);
  });

  it('is silent without the CCPA', () => {
    expect(
      check(
        rule,
        policyWith((p) => ((p.jurisdictions = ['gdpr']), delete p.sale_and_sharing)),
      ),
    ).toEqual([]);
  });
});
