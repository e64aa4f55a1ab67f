import { describe, expect, it } from 'vitest';
import { rightsGrantedByLaw as rule } from '../../../src/rules/rights-granted-by-law.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('rights-granted-by-law', () => {
  it('accepts each law listing its own rights, the same right under its other name, portability and complaints', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      p.rights!.ccpa = { rights: ['access', 'know', 'delete', 'portability', 'complaint'] };
      p.rights!.gdpr = { rights: ['access', 'erasure', 'withdraw_consent', 'complaint'] };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('rejects a right the CCPA does not grant, and a CCPA right in a European list, at the item (the right to know is the right of access)', () => {
    const policy = policyWith((p) => {
      p.rights!.ccpa = { rights: ['know', 'restriction', 'opt_out_marketing'] };
      p.rights!.gdpr = { rights: ['access', 'know', 'opt_out_sale_sharing'] };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'gdpr', 'rights', 2],
        message: "The GDPR does not grant the right 'opt_out_sale_sharing'.",
        hint: 'Remove it from rights.gdpr.rights; if you give it to everyone, list it under rights.everyone with your instructions for it (rights.instructions.opt_out_sale_sharing).',
      },
      expect.objectContaining({ path: ['rights', 'ccpa', 'rights', 1], message: "The CCPA does not grant the right 'restriction'." }),
      expect.objectContaining({ path: ['rights', 'ccpa', 'rights', 2], message: "The CCPA does not grant the right 'opt_out_marketing'." }),
    ]);
  });
});
