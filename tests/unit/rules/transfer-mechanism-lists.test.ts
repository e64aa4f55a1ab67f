import { describe, expect, it } from 'vitest';
import { transferMechanismRequired } from '../../../src/rules/transfer-mechanism-required.js';
import { transferNoRoutineDerogation } from '../../../src/rules/transfer-no-routine-derogation.js';
import { transferSafeguardFitsLaw } from '../../../src/rules/transfer-safeguard-fits-law.js';
import { transferToolInForce } from '../../../src/rules/transfer-tool-in-force.js';
import { check, item, policyWith } from './fixture.js';

/** A provider may name several transfer grounds (the DPF with the SCCs as a fallback): the rules judge them together, and point at the item. */
describe('several transfer grounds for one provider', () => {
  it('accepts EU SCCs beside the UK IDTA on the provider itself, where the EU SCCs alone draw a warning', () => {
    const alone = policyWith((p) => {
      delete p.transfers;
      item(p.subprocessors, 0).transfer_mechanism = 'scc';
    });
    expect(check(transferSafeguardFitsLaw, alone)).toHaveLength(1);
    const both = policyWith((p) => {
      delete p.transfers;
      item(p.subprocessors, 0).transfer_mechanism = ['scc', 'uk_idta'];
    });
    expect(check(transferSafeguardFitsLaw, both)).toEqual([]);
  });

  it('accepts a derogation beside a safeguard, and reports one listed alone, at its item', () => {
    const beside = policyWith((p) => (item(p.subprocessors, 0).transfer_mechanism = ['dpf', 'derogation_contract']));
    expect(check(transferNoRoutineDerogation, beside)).toEqual([]);
    const alone = policyWith((p) => (item(p.subprocessors, 0).transfer_mechanism = ['derogation_contract']));
    expect(check(transferNoRoutineDerogation, alone).map((problem) => problem.path)).toEqual([['subprocessors', 0, 'transfer_mechanism', 0]]);
  });

  it("reports 'none' in a list at its item, and a mechanism not yet in force at its item", () => {
    const none = policyWith((p) => {
      delete p.transfers;
      item(p.subprocessors, 0).transfer_mechanism = ['scc', 'none'];
    });
    expect(check(transferMechanismRequired, none).map((problem) => problem.path)).toEqual([['subprocessors', 0, 'transfer_mechanism', 1]]);
    const early = policyWith((p) => {
      p.effective_date = '2022-01-05';
      item(p.subprocessors, 0).transfer_mechanism = ['scc', 'dpf'];
      p.transfers = { mechanisms: ['scc'] };
    });
    expect(check(transferToolInForce, early).map((problem) => problem.path)).toEqual([['subprocessors', 0, 'transfer_mechanism', 1]]);
  });
});
