import { describe, expect, it } from 'vitest';
import { transferToolInForce as rule } from '../../../src/rules/transfer-tool-in-force.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-tool-in-force', () => {
  it('accepts mechanisms in force on the effective date', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      p.effective_date = '2018-05-25';
      item(p.subprocessors, 0).transfer_mechanism = 'privacy_shield';
      p.transfers = { storage: 'IE', mechanisms: ['scc'] };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports the Privacy Shield after the Court struck it down', () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 0).transfer_mechanism = 'privacy_shield';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'transfer_mechanism'],
        message: "'privacy_shield' (EU-U.S. Privacy Shield) was not in force on the effective date 2026-04-03: it applies from 2016-08-01 until 2020-07-16.",
        hint: "Use the mechanism in force on that date: for US recipients 'dpf' (if certified) or 'scc'.",
      },
    ]);
  });

  it('reports the Data Privacy Framework before it took effect, in the policy-wide list too', () => {
    const policy = policyWith((p) => {
      p.effective_date = '2019-01-01';
    });
    expect(check(rule, policy).map((problem) => problem.path)).toEqual([
      ['subprocessors', 0, 'transfer_mechanism'],
      ['transfers', 'mechanisms', 0],
      ['transfers', 'mechanisms', 2],
    ]);
  });

  it('reports the DPF under the FADP before the Swiss-U.S. framework was recognised (15 September 2024)', () => {
    const policy = policyWith((p) => {
      p.effective_date = '2024-09-14';
      p.jurisdictions = ['gdpr', 'swiss_fadp'];
      p.transfers = { mechanisms: ['scc'] };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'transfer_mechanism'],
        message:
          "'dpf' (EU-U.S. Data Privacy Framework) was not a ground for transfers under the FADP on the effective date 2024-09-14: the FADP recognises it from 2024-09-15.",
        hint: "Name the safeguard those transfers rested on then (e.g. 'swiss_scc'), or correct effective_date.",
      },
    ]);
    expect(
      check(
        rule,
        policyWith((p) => Object.assign(p, { effective_date: '2024-09-15', jurisdictions: ['gdpr', 'swiss_fadp'] })),
      ),
    ).toEqual([]);
  });

  it('reports the DPF under the UK GDPR before its UK Extension (12 October 2023)', () => {
    const policy = policyWith((p) => {
      p.effective_date = '2023-08-01';
      p.transfers = { mechanisms: ['scc', 'uk_idta'] };
    });
    expect(check(rule, policy).map(({ message }) => message)).toEqual([
      "'dpf' (EU-U.S. Data Privacy Framework) was not a ground for transfers under the UK GDPR on the effective date 2023-08-01: the UK GDPR recognises it from 2023-10-12.",
    ]);
  });

  it('reports the Swiss adaptations of the SCCs before the FDPIC recognised them (27 August 2021)', () => {
    const policy = policyWith((p) => {
      p.effective_date = '2021-08-26';
      item(p.subprocessors, 0).transfer_mechanism = 'swiss_scc';
      p.transfers = { mechanisms: ['scc'] };
    });
    expect(check(rule, policy).map(({ message }) => message)).toEqual([
      "'swiss_scc' (Standard Contractual Clauses with Swiss adaptations) was not in force on the effective date 2021-08-26: it applies from 2021-08-27.",
    ]);
  });
});
