import { describe, expect, it } from 'vitest';
import { transferSafeguardCopies as rule } from '../../../src/rules/transfer-safeguard-copies.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-safeguard-copies', () => {
  it('accepts a policy that offers copies, or relies on no contractual safeguard', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      p.transfers = { storage: 'IE', mechanisms: ['dpf'] };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports contractual safeguards without saying how to get a copy, at the first of them', () => {
    const policy = policyWith((p) => {
      p.transfers = { storage: 'IE', mechanisms: ['dpf', 'scc'] };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['transfers', 'mechanisms', 1],
        message:
          'Transfers rely on contractual safeguards, but the policy does not say how to obtain a copy of them, which the GDPR and the UK GDPR require (Art. 13(1)(f) GDPR).',
        hint: 'Set transfers.copies_on_request: true if people can ask for a copy at the privacy address, and transfers.copies_email if they ask at another address.',
      },
    ]);
  });

  it('says that an address for copies offers nothing without copies_on_request', () => {
    const policy = sensiblePolicy();
    policy.transfers = { ...policy.transfers, copies_on_request: false, copies_email: 'dpo@example.com' };
    expect(check(rule, policy).filter((d) => d.path.join('.') === 'transfers.copies_email')).toEqual([
      {
        path: ['transfers', 'copies_email'],
        message: 'An address for copies of the safeguards is given (copies_email), but the policy offers copies only with copies_on_request: true.',
        hint: 'Add copies_on_request: true under transfers, or remove copies_email.',
      },
    ]);
  });
});
