import { describe, expect, it } from 'vitest';
import { limitSensitiveOffered as rule } from '../../../src/rules/limit-sensitive-offered.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('limit-sensitive-offered', () => {
  it('asks nothing of a policy without sensitive data', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports sensitive data under the CCPA with neither the right to limit nor the statement', () => {
    const policy = policyWith((p) => (p.data_categories[1]!.sensitive = true));
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 1, 'sensitive'],
        message:
          "Data category 'usage' is sensitive, but the policy neither grants the CCPA right to limit its use ('limit_sensitive', Cal. Civ. Code § 1798.121) nor says it is used only for the purposes in Cal. Code Regs. tit. 11, § 7027(m).",
        hint: 'Add limit_sensitive to rights.ccpa.rights, or set sale_and_sharing.sensitive_limited_use: true if that is how the data is used.',
      },
    ]);
  });

  it('accepts either answer, and asks nothing without the CCPA', () => {
    const granted = policyWith((p) => {
      p.data_categories[1]!.sensitive = true;
      p.rights!.ccpa!.rights.push('limit_sensitive');
    });
    expect(check(rule, granted)).toEqual([]);
    const limited = policyWith((p) => {
      p.data_categories[1]!.sensitive = true;
      p.sale_and_sharing!.sensitive_limited_use = true;
    });
    expect(check(rule, limited)).toEqual([]);
    const european = policyWith((p) => {
      p.data_categories[1]!.sensitive = true;
      p.jurisdictions = ['gdpr'];
    });
    expect(check(rule, european)).toEqual([]);
  });
});
