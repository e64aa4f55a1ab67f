import { describe, expect, it } from 'vitest';
import { rightsExtensionAllowed as rule } from '../../../src/rules/rights-extension-allowed.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('rights-extension-allowed', () => {
  it('accepts no extension, and 45 days under the GDPR, the UK GDPR and the CCPA', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.rights!.extension = 'P45D')),
      ),
    ).toEqual([]);
  });

  it('reports two months when the CCPA allows only 45 days more', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.rights!.extension = 'P2M')),
      ),
    ).toEqual([
      {
        path: ['rights', 'extension'],
        message: "Extension 'P2M' (2 months) is longer than the law allows: 45 days under the CCPA (Cal. Civ. Code § 1798.130(a)(2)(A)).",
        hint: 'Claim P45D or less.',
      },
    ]);
  });

  it('names the GDPR and the UK GDPR together, and accepts two months without the CCPA', () => {
    const policy = policyWith((p) => {
      p.rights!.extension = 'P3M';
    });
    expect(check(rule, policy)[0]?.message).toBe(
      "Extension 'P3M' (3 months) is longer than the law allows: two months under the GDPR and the UK GDPR (Art. 12(3)) and 45 days under the CCPA (Cal. Civ. Code § 1798.130(a)(2)(A)).",
    );
    const european = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr'];
      p.rights!.extension = 'P2M';
    });
    expect(check(rule, european)).toEqual([]);
  });

  it('sets no limit for the FADP alone', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['swiss_fadp'];
      p.rights!.extension = 'P6M';
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
