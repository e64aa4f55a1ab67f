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
});
