import { describe, expect, it } from 'vitest';
import { transferMechanismRequired as rule } from '../../../src/rules/transfer-mechanism-required.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-mechanism-required', () => {
  it('accepts a US provider under the DPF and providers inside the EEA without one', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('accepts a provider without its own mechanism when transfers.mechanisms names one', () => {
    expect(
      check(
        rule,
        policyWith((p) => delete item(p.subprocessors, 0).transfer_mechanism),
      ),
    ).toEqual([]);
  });

  it('accepts a country with an adequacy decision without a mechanism', () => {
    const policy = policyWith((p) => {
      delete p.transfers;
      item(p.subprocessors, 0).location = ['JP', 'CH', 'GB'];
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports a provider outside the EEA with no mechanism anywhere, at the offending location', () => {
    const policy = policyWith((p) => {
      delete p.transfers;
      item(p.subprocessors, 0).location = ['IE', 'US'];
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'location', 1],
        message:
          "Subprocessor 'Stripe, Inc.' is in the United States, which has no adequacy decision, but no transfer mechanism is stated; under the GDPR and the UK GDPR a transfer there needs a safeguard (Art. 44–46).",
        hint: 'Add transfer_mechanism (dpf, scc, uk_idta or bcr) to this subprocessor, or list the safeguards under transfers.mechanisms.',
      },
    ]);
  });

  it("reports 'none' even when the policy-wide list names a safeguard", () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['uk_gdpr'];
      item(p.subprocessors, 0).transfer_mechanism = 'none';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'transfer_mechanism'],
        message:
          "Subprocessor 'Stripe, Inc.' in the United States has transfer_mechanism 'none'; under the UK GDPR data may only go there with a safeguard (Art. 44–46).",
        hint: 'State the safeguard in place: dpf, scc, uk_idta or bcr.',
      },
    ]);
  });

  it('reports storage abroad for a controller established in the EEA/UK', () => {
    const policy = policyWith((p) => {
      p.transfers = { storage: ['IE', 'IN'] };
      item(p.subprocessors, 0).location = 'IE';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['transfers', 'storage', 1],
        message:
          'Data is stored in India, which has no adequacy decision, but transfers.mechanisms names no safeguard; under the GDPR and the UK GDPR a transfer there needs one (Art. 44–46).',
        hint: 'List the safeguards relied on under transfers.mechanisms, e.g. [scc, uk_idta].',
      },
    ]);
  });

  it('does not count storage at home for a controller established outside the EEA/UK', () => {
    const policy = policyWith((p) => {
      p.controller.country = 'US';
      p.controller.address!.country = 'US';
      p.transfers = { storage: 'US' };
      item(p.subprocessors, 0).location = 'IE';
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('is silent where neither the GDPR nor the UK GDPR applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa', 'swiss_fadp'];
      delete p.transfers;
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
