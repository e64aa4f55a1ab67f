import { describe, expect, it } from 'vitest';
import { transferNoRoutineDerogation as rule } from '../../../src/rules/transfer-no-routine-derogation.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-no-routine-derogation', () => {
  it('accepts safeguards, and a derogation listed beside one for occasional transfers', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => p.transfers!.mechanisms!.push('derogation_contract')),
      ),
    ).toEqual([]);
  });

  it('warns about a provider relying on consent to the transfer', () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 0).transfer_mechanism = 'derogation_consent';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'transfer_mechanism'],
        message:
          "Subprocessor 'Stripe, Inc.' relies on 'derogation_consent', a derogation (Art. 49(1)(a) GDPR and UK GDPR) meant for occasional transfers, not for a provider used routinely.",
        hint: 'Use adequacy or a safeguard for routine transfers: dpf, scc, uk_idta, swiss_scc or bcr.',
      },
    ]);
  });

  it("warns when 'by using the Service you consent to this transfer' is the only mechanism", () => {
    const policy = policyWith((p) => {
      p.transfers = { storage: 'US', mechanisms: ['derogation_consent'] };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['transfers', 'mechanisms', 0],
        message:
          "Transfers rely only on 'derogation_consent', a derogation (Art. 49(1)(a) GDPR and UK GDPR) meant for occasional transfers, not a safeguard for routine ones.",
        hint: 'Add the safeguard used for routine transfers (dpf, scc, uk_idta, swiss_scc or bcr), and keep the derogation for occasional cases.',
      },
    ]);
  });

  it('is silent where neither the GDPR nor the UK GDPR applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      p.transfers = { mechanisms: ['derogation_consent'] };
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
