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
          "Subprocessor 'Stripe, Inc.' is in the United States, which has no adequacy decision, but no transfer mechanism is stated; under the GDPR and the UK GDPR a transfer there needs a safeguard (Art. 44–46 GDPR and UK GDPR).",
        hint: 'Add transfer_mechanism (dpf, scc, uk_idta, swiss_scc or bcr) to this subprocessor, or list the safeguards under transfers.mechanisms.',
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
          "Subprocessor 'Stripe, Inc.' in the United States has transfer_mechanism 'none'; under the UK GDPR data may only go there with a safeguard (Art. 44–46 UK GDPR).",
        hint: 'State the safeguard in place: dpf, scc, uk_idta, swiss_scc or bcr.',
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
          'Data is stored in India, which has no adequacy decision, but transfers.mechanisms names no safeguard; under the GDPR and the UK GDPR a transfer there needs one (Art. 44–46 GDPR and UK GDPR).',
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

  it('is silent where no European law applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      delete p.transfers;
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports a US provider without a mechanism under the FADP, citing Art. 16 FADP', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa', 'swiss_fadp'];
      delete p.transfers;
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'location'],
        message:
          "Subprocessor 'Stripe, Inc.' is in the United States, which has no adequacy decision, but no transfer mechanism is stated; under the FADP a transfer there needs a safeguard (Art. 16 FADP).",
        hint: 'Add transfer_mechanism (dpf, scc, uk_idta, swiss_scc or bcr) to this subprocessor, or list the safeguards under transfers.mechanisms.',
      },
    ]);
  });

  it('names only the laws under which a country lacks adequacy: Japan under the FADP', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr', 'swiss_fadp'];
      delete p.transfers;
      item(p.subprocessors, 0).location = 'JP';
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy).map((p) => p.message)).toEqual([
      "Subprocessor 'Stripe, Inc.' is in Japan, which has no adequacy decision, but no transfer mechanism is stated; under the FADP a transfer there needs a safeguard (Art. 16 FADP).",
    ]);
  });

  it('accepts Switzerland and the countries on the Federal Council list under the FADP', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['swiss_fadp'];
      delete p.transfers;
      item(p.subprocessors, 0).location = ['CH', 'DE', 'GB', 'IL', 'NZ', 'UY', 'MC'];
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('does not judge Swiss transfers in a policy dated before the revised FADP (1 September 2023)', () => {
    const policy = policyWith((p) => {
      p.effective_date = '2023-08-31';
      p.jurisdictions = ['ccpa', 'swiss_fadp'];
      delete p.transfers;
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports storage abroad for a controller established in Switzerland', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['swiss_fadp'];
      p.controller.country = 'CH';
      p.controller.address!.country = 'CH';
      p.transfers = { storage: 'US' };
      item(p.subprocessors, 0).location = 'DE';
    });
    expect(check(rule, policy).map((p) => p.path)).toEqual([['transfers', 'storage']]);
  });
});
