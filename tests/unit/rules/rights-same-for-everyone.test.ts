import { describe, expect, it } from 'vitest';
import { rightsSameForEveryone as rule } from '../../../src/rules/rights-same-for-everyone.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('rights-same-for-everyone', () => {
  it('says nothing when the policy makes no such promise', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it("reports a law's right that the list for everyone lacks, treating delete as erasure and know as access", () => {
    const policy = policyWith((p) => {
      p.rights!.same_for_everyone = true;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'ccpa', 'rights'],
        message:
          "The policy says everyone has the same rights (rights.same_for_everyone), but the CCPA grants the rights 'opt_out_sale_sharing' and 'non_discrimination', which rights.everyone does not list.",
        hint: 'Add them to rights.everyone, or remove rights.same_for_everyone.',
      },
    ]);
  });

  it('accepts a complaint to the authority of one place, and a promise kept', () => {
    const policy = policyWith((p) => {
      p.rights!.same_for_everyone = true;
      p.rights!.everyone = [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'portability',
        'object',
        'withdraw_consent',
        'opt_out_sale_sharing',
        'non_discrimination',
      ];
      p.rights!.gdpr = { rights: ['access', 'complaint'] };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('ignores the list of a law the policy does not declare', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr'];
      p.rights!.same_for_everyone = true;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
