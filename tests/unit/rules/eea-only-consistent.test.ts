import { describe, expect, it } from 'vitest';
import { eeaOnlyConsistent as rule } from '../../../src/rules/eea-only-consistent.js';
import { check, item, policyWith } from './fixture.js';

describe('eea-only-consistent', () => {
  it('accepts eea_only when storage and providers stay in the EEA and the UK', () => {
    const policy = policyWith((p) => {
      p.transfers = { storage: 'IE', eea_only: true };
      item(p.subprocessors, 0).location = ['IE', 'GB'];
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports storage and providers outside, at each offending location', () => {
    const policy = policyWith((p) => {
      p.transfers = { storage: ['IE', 'US'], eea_only: true };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['transfers', 'storage', 1],
        message: 'Data is stored in the United States, but transfers.eea_only says no copy of the data is kept outside the EEA and the UK.',
        hint: 'Correct the location, or set transfers.eea_only to false and state the safeguards.',
      },
      {
        path: ['subprocessors', 0, 'location'],
        message: "Subprocessor 'Stripe, Inc.' is in the United States, but transfers.eea_only says no copy of the data is kept outside the EEA and the UK.",
        hint: 'Correct the location, or set transfers.eea_only to false and state the safeguards.',
      },
    ]);
  });
});
