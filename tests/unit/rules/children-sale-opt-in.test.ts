import { describe, expect, it } from 'vitest';
import { childrenSaleOptIn as rule } from '../../../src/rules/children-sale-opt-in.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('children-sale-opt-in', () => {
  it('accepts a service that does not sell or share', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.children = { min_age: 13 })),
      ),
    ).toEqual([]);
  });

  it('accepts selling when only adults of 16 or more are admitted', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.sale_and_sharing = { sells: true })),
      ),
    ).toEqual([]);
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about sharing for advertising while admitting users under 16, at the statement', () => {
    const policy = policyWith((p) => {
      p.children = { min_age: 13 };
      p.sale_and_sharing = { sells: false, shares_for_advertising: true };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['sale_and_sharing', 'shares_for_advertising'],
        message:
          'Personal data is shared for advertising while users from age 13 are admitted; the CCPA requires opt-in consent for consumers under 16 (Cal. Civ. Code 1798.120(c)).',
        hint: "Exclude under-16s from sale and sharing, or obtain their (or, under 13, a parent's) affirmative opt-in and describe it in the policy.",
      },
    ]);
  });
});
