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

  it('warns a Swiss-law policy relying on plain EU SCCs that the Swiss adaptations are missing (sessionly)', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr', 'swiss_fadp'];
      p.transfers = { mechanisms: ['scc', 'uk_idta'] };
      item(p.subprocessors, 0).transfer_mechanism = 'scc';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['transfers', 'mechanisms'],
        onKey: true,
        message:
          "Subprocessor 'Stripe, Inc.' relies on 'scc', but the FDPIC recognises the EU SCCs for transfers from Switzerland only with the adaptations for Swiss law it requires (FADP Art. 16(2)(d)).",
        hint: "Add 'swiss_scc' to transfers.mechanisms if it is in place.",
      },
    ]);
  });

  it('accepts the EU SCCs beside the Swiss adaptations and the UK IDTA, and Swiss adaptations under the FADP alone', () => {
    const all = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr', 'swiss_fadp'];
      p.transfers = { mechanisms: ['scc', 'uk_idta', 'swiss_scc'] };
      item(p.subprocessors, 0).transfer_mechanism = 'scc';
    });
    const swiss = policyWith((p) => {
      p.jurisdictions = ['swiss_fadp'];
      p.transfers = { mechanisms: ['swiss_scc'] };
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect([all, swiss].flatMap((policy) => check(rule, policy))).toEqual([]);
  });

  it('warns that the Swiss adaptations alone name no safeguard for transfers from the EEA', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'swiss_fadp'];
      p.transfers = { mechanisms: ['swiss_scc'] };
      delete item(p.subprocessors, 0).transfer_mechanism;
    });
    expect(check(rule, policy).map(({ message }) => message)).toEqual([
      "Subprocessor 'Stripe, Inc.' relies on 'swiss_scc', but 'swiss_scc' names the adaptations of the EU SCCs for Switzerland; transfers from the EEA rest on the EU SCCs themselves, listed as 'scc'.",
    ]);
  });

  it('judges a provider by the Swiss list: Japan needs the Swiss adaptations, Germany does not', () => {
    const policy = (location: string) =>
      policyWith((p) => {
        p.jurisdictions = ['gdpr', 'swiss_fadp'];
        p.transfers = { mechanisms: ['scc'] };
        Object.assign(item(p.subprocessors, 0), { location, transfer_mechanism: 'scc' });
      });
    expect(check(rule, policy('JP')).map(({ path }) => path)).toEqual([['transfers', 'mechanisms']]);
    expect(check(rule, policy('DE'))).toEqual([]);
  });

  it('counts the company’s own storage abroad, when it is established inside, as relying on the clauses (Firefox Focus: storage in the US on EU SCCs under the UK GDPR)', () => {
    const storing = (country: string) =>
      policyWith((p) => {
        p.controller.country = country;
        p.jurisdictions = ['gdpr', 'uk_gdpr'];
        p.transfers = { storage: 'US', mechanisms: ['scc'] };
        p.subprocessors = [];
      });
    expect(check(rule, storing('DE'))).toEqual([
      {
        path: ['transfers', 'mechanisms'],
        onKey: true,
        message: "Storage in the United States relies on 'scc', but the EU SCCs cover UK transfers only with the UK Addendum, or the UK IDTA instead.",
        hint: "Add 'uk_idta' to transfers.mechanisms if it is in place.",
      },
    ]);
    // A company established in the US collects directly: its own storage there is no transfer.
    expect(check(rule, storing('US'))).toEqual([]);
  });
});
