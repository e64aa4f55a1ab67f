import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/registry.js';
import { subprocessorLocationStated as rule } from '../../../src/rules/subprocessor-location-stated.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

/** Mozilla VPN's policy names no location for Mullvad: the file leaves it out rather than guess. */
const withoutLocation = (change: (p: ReturnType<typeof sensiblePolicy>) => void = () => {}) =>
  policyWith((p) => {
    delete item(p.subprocessors, 0).location;
    change(p);
  });

describe('subprocessor-location-stated', () => {
  it('accepts providers that name their location', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports a provider without a location under the GDPR and the UK GDPR, at the provider', () => {
    expect(check(rule, withoutLocation())).toEqual([
      {
        path: ['subprocessors', 0],
        message:
          "Subprocessor 'Stripe, Inc.' names no location, so transfers to it cannot be assessed; under the GDPR and the UK GDPR the policy must say where it processes the data (Art. 13(1)(f) GDPR and UK GDPR).",
        hint: 'Add location: the country code (or list of codes) where the provider processes the data, as its terms or data-processing agreement state it.',
      },
    ]);
  });

  it('cites Art. 19(4) under the FADP', () => {
    const problems = check(
      rule,
      withoutLocation((p) => (p.jurisdictions = ['swiss_fadp'])),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "Subprocessor 'Stripe, Inc.' names no location, so transfers to it cannot be assessed; under the FADP the policy must say where it processes the data (Art. 19(4) FADP).",
    ]);
  });

  it('says nothing where no transfer law is declared', () => {
    expect(
      check(
        rule,
        withoutLocation((p) => (p.jurisdictions = ['ccpa'])),
      ),
    ).toEqual([]);
  });

  it('is the only rule a missing location sets off: the transfer rules claim nothing about it', () => {
    const policy = withoutLocation((p) => {
      delete p.transfers;
      delete item(p.subprocessors, 0).transfer_mechanism;
      p.transfers = { eea_only: true };
    });
    const reported = rules.filter((r) => check(r, policy).length > 0).map((r) => r.meta.id);
    expect(reported).toEqual(['subprocessor-location-stated']);
  });
});
