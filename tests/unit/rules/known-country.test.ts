import { describe, expect, it } from 'vitest';
import { knownCountry as rule } from '../../../src/rules/known-country.js';
import { check, item, policyWith } from './fixture.js';

describe('known-country', () => {
  it('accepts ISO codes and EU', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.transfers!.storage = ['EU', 'NO'])),
      ),
    ).toEqual([]);
  });

  it("reports 'UK' at the code itself and suggests 'GB'", () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 1).location = ['IE', 'UK'];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 1, 'location', 1],
        message: "Unknown country code 'UK': it is not an ISO 3166-1 alpha-2 code.",
        hint: "Did you mean 'GB' (United Kingdom)?",
      },
    ]);
  });

  it('checks every place a country appears: controller, addresses, representatives, storage', () => {
    const policy = policyWith((p) => {
      p.controller.country = 'XX';
      p.controller.address!.country = 'ED';
      item(p.controller.representatives, 0).address = { country: 'EL' };
      p.transfers!.storage = 'ZZ';
    });
    expect(check(rule, policy).map((problem) => [problem.path, problem.hint])).toEqual([
      [['controller', 'country'], "Use a two-letter ISO 3166-1 code, such as 'US', 'GB' or 'DE'."],
      [['controller', 'address', 'country'], "Did you mean 'DE' (Germany)?"],
      [['controller', 'representatives', 0, 'address', 'country'], "Did you mean 'GR' (Greece)?"],
      [['transfers', 'storage'], "Use a two-letter ISO 3166-1 code, such as 'US', 'GB' or 'DE'."],
    ]);
  });
});
