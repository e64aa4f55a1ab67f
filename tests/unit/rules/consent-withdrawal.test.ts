import { describe, expect, it } from 'vitest';
import { consentWithdrawal as rule } from '../../../src/rules/consent-withdrawal.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('consent-withdrawal', () => {
  it('accepts consent with a way to withdraw it', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about consent without a way to withdraw, at the lawful basis', () => {
    const policy = policyWith((p) => {
      item(p.purposes, 2).consent = { how_given: 'a checkbox at sign-up' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 2, 'lawful_basis'],
        message:
          "Purpose 'newsletter' relies on consent but does not say how to withdraw it; under the GDPR and the UK GDPR withdrawing must be as easy as giving consent (Art. 7(3)).",
        hint: "Add consent.withdraw, e.g. 'use the unsubscribe link in any email'.",
      },
    ]);
  });

  it('accepts one instruction for all consents in rights.instructions.withdraw_consent', () => {
    const policy = policyWith((p) => {
      delete item(p.purposes, 2).consent;
      p.rights!.instructions = { withdraw_consent: 'Switch it off under Settings › Privacy.' };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('is silent where no GDPR applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      delete item(p.purposes, 2).consent;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
