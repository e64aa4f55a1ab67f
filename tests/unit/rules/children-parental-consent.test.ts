import { describe, expect, it } from 'vitest';
import { childrenParentalConsent as rule } from '../../../src/rules/children-parental-consent.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('children-parental-consent', () => {
  it('accepts a minimum age of 13 or more', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.children = { min_age: 13 })),
      ),
    ).toEqual([]);
  });

  it('reports an age below 13 under the declared laws, at min_age', () => {
    const policy = policyWith((p) => {
      p.children = { min_age: 10 };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['children', 'min_age'],
        message:
          "Minimum age 10 admits children under 13, for whom COPPA requires verifiable parental consent and GDPR Art. 8 requires a parent's authorisation.",
        hint: 'Raise children.min_age to 13 or more, or have counsel design a verifiable parental-consent process.',
      },
    ]);
  });

  it('names only the law that applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['coppa'];
      p.children = { min_age: 8 };
    });
    expect(check(rule, policy).map((problem) => problem.message)).toEqual([
      'Minimum age 8 admits children under 13, for whom COPPA requires verifiable parental consent.',
    ]);
  });

  it('is silent where none of these laws is declared', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['swiss_fadp'];
      p.children = { min_age: 10 };
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
