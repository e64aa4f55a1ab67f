import { describe, expect, it } from 'vitest';
import { legitimateInterestStated as rule } from '../../../src/rules/legitimate-interest-stated.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('legitimate-interest-stated', () => {
  it('accepts legitimate interests with the interest stated', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports legitimate interests without the interest, at the lawful basis', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      delete item(p.purposes, 1).legitimate_interest;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 1, 'lawful_basis'],
        message: "Purpose 'security' relies on 'legitimate_interests' but does not state the interest, which the GDPR requires (Art. 13(1)(d)).",
        hint: "Add legitimate_interest: what the interest is, e.g. 'keeping accounts safe from fraud'.",
      },
    ]);
  });

  it('is silent where no GDPR applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      delete item(p.purposes, 1).legitimate_interest;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
