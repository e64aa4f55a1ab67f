import { describe, expect, it } from 'vitest';
import { transferAdequacyValid as rule } from '../../../src/rules/transfer-adequacy-valid.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-adequacy-valid', () => {
  it('accepts adequacy for a country that has a decision', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      Object.assign(item(p.subprocessors, 0), { location: ['CA', 'IE'], transfer_mechanism: 'adequacy' });
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it("reports adequacy claimed for the United States and points to 'dpf'", () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 0).transfer_mechanism = 'adequacy';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'location'],
        message: "Subprocessor 'Stripe, Inc.' relies on 'adequacy', but the United States has no adequacy decision under the GDPR and the UK GDPR.",
        hint: "Use 'dpf' if the provider is certified under the Data Privacy Framework, otherwise 'scc'.",
      },
    ]);
  });

  it('reports adequacy claimed for another country without a decision', () => {
    const policy = policyWith((p) => {
      Object.assign(item(p.subprocessors, 0), { location: ['IE', 'IN'], transfer_mechanism: 'adequacy' });
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'location', 1],
        message: "Subprocessor 'Stripe, Inc.' relies on 'adequacy', but India has no adequacy decision under the GDPR and the UK GDPR.",
        hint: "State the safeguard actually in place: 'scc', 'uk_idta', 'swiss_scc' or 'bcr'.",
      },
    ]);
  });

  it('judges adequacy under the FADP by the Federal Council list: Japan is on the EU list, not the Swiss one', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'swiss_fadp'];
      Object.assign(item(p.subprocessors, 0), { location: 'JP', transfer_mechanism: 'adequacy' });
    });
    expect(check(rule, policy).map(({ message }) => message)).toEqual([
      "Subprocessor 'Stripe, Inc.' relies on 'adequacy', but Japan has no adequacy decision under the FADP.",
    ]);
    const listed = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'swiss_fadp'];
      Object.assign(item(p.subprocessors, 0), { location: ['AR', 'IL', 'GB'], transfer_mechanism: 'adequacy' });
    });
    expect(check(rule, listed)).toEqual([]);
  });
});
