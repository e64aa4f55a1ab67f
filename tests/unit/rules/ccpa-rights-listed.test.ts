import { describe, expect, it } from 'vitest';
import { ccpaRightsListed as rule } from '../../../src/rules/ccpa-rights-listed.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('ccpa-rights-listed', () => {
  it('accepts the full CCPA list', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('counts the GDPR names granted to everyone', () => {
    const policy = policyWith((p) => {
      p.rights!.ccpa!.rights = ['opt_out_sale_sharing', 'non_discrimination'];
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('warns about the missing rights, at the CCPA list', () => {
    const policy = policyWith((p) => {
      p.rights = { ccpa: { rights: ['know', 'delete'] } };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'ccpa', 'rights'],
        onKey: false,
        message:
          "Under the CCPA, the policy does not list the rights 'correct' (1798.106), 'opt_out_sale_sharing' (1798.120) and 'non_discrimination' (1798.125).",
        hint: 'Add them to rights.ccpa.rights, or to rights.everyone to grant them to all users.',
      },
    ]);
  });

  it('leaves a missing opt-out to sale-opt-out when data is sold', () => {
    const policy = policyWith((p) => {
      p.sale_and_sharing = { sells: true };
      p.rights!.ccpa!.rights = ['know', 'delete', 'correct', 'non_discrimination'];
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
