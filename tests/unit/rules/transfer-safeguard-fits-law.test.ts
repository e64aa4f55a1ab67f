import { describe, expect, it } from 'vitest';
import { transferSafeguardFitsLaw as rule } from '../../../src/rules/transfer-safeguard-fits-law.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-safeguard-fits-law', () => {
  it('accepts a policy naming both the EU SCCs and the UK IDTA', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (item(p.subprocessors, 0).transfer_mechanism = 'scc')),
      ),
    ).toEqual([]);
  });

  it('warns about a provider on EU SCCs under the UK GDPR without the UK Addendum or IDTA', () => {
    const policy = policyWith((p) => {
      delete p.transfers;
      item(p.subprocessors, 0).transfer_mechanism = 'scc';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'transfer_mechanism'],
        onKey: false,
        message: "Subprocessor 'Stripe, Inc.' relies on 'scc', but the EU SCCs cover UK transfers only with the UK Addendum, or the UK IDTA instead.",
        hint: "Add 'uk_idta' to transfers.mechanisms if it is in place.",
      },
    ]);
  });

  it('reports once, on transfers.mechanisms, for every provider relying on the clauses', () => {
    const names = ['A Inc.', 'B Inc.', 'C Inc.', 'D Inc.', 'E Inc.'];
    const policy = policyWith((p) => {
      p.transfers = { mechanisms: ['scc'] };
      p.subprocessors = names.map((name, index) => ({ name, purpose: 'Hosting', location: 'US', ...(index % 2 ? { transfer_mechanism: 'scc' } : {}) }));
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['transfers', 'mechanisms'],
        onKey: true,
        message:
          "Subprocessors 'A Inc.', 'B Inc.', 'C Inc.' and 2 more rely on 'scc', but the EU SCCs cover UK transfers only with the UK Addendum, or the UK IDTA instead.",
        hint: "Add 'uk_idta' to transfers.mechanisms if it is in place.",
      },
    ]);
  });

  it('warns about UK clauses alone under the GDPR when providers rely on the policy-wide list', () => {
    const policy = policyWith((p) => {
      p.transfers = { mechanisms: ['derogation_consent', 'uk_idta'] };
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy).map(({ path, message }) => [path, message])).toEqual([
      [
        ['transfers', 'mechanisms'],
        "Subprocessor 'Stripe, Inc.' relies on 'uk_idta', but the UK IDTA and Addendum cover only transfers from the UK; transfers from the EEA need the EU SCCs.",
      ],
    ]);
  });

  it('is silent when only one of the laws is declared, or no provider needs a safeguard', () => {
    const euOnly = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.transfers = { mechanisms: ['scc'] };
      item(p.subprocessors, 0).transfer_mechanism = 'scc';
    });
    const adequate = policyWith((p) => {
      p.transfers = { mechanisms: ['scc'] };
      Object.assign(item(p.subprocessors, 0), { location: 'CH', transfer_mechanism: 'scc' });
    });
    expect([euOnly, adequate].flatMap((policy) => check(rule, policy))).toEqual([]);
  });
});
