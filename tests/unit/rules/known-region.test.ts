import { describe, expect, it } from 'vitest';
import { knownRegion as rule } from '../../../src/rules/known-region.js';
import { check, policyWith } from './fixture.js';

const withRegions = (regions: [string, ...string[]]) =>
  policyWith((p) => {
    p.controller.other_controllers = [{ name: 'Example Europe Ltd', country: 'IE', regions }];
  });

describe('known-region', () => {
  it('accepts EEA and country codes', () => {
    expect(check(rule, withRegions(['EEA', 'GB', 'CH', 'AU']))).toEqual([]);
  });

  it("reports 'UK' at the region itself and suggests 'GB'", () => {
    expect(check(rule, withRegions(['EEA', 'UK']))).toEqual([
      {
        path: ['controller', 'other_controllers', 0, 'regions', 1],
        message: "Unknown region 'UK': it is neither EEA nor an ISO 3166-1 alpha-2 country code.",
        hint: "Did you mean 'GB' (United Kingdom)?",
      },
    ]);
  });

  it('suggests EEA for its other spellings, and the upper-case code for a lower-case one', () => {
    expect(check(rule, withRegions(['eea', 'ch', 'EWR'])).map((problem) => problem.hint)).toEqual([
      "Did you mean 'EEA'?",
      "Did you mean 'CH' (Switzerland)?",
      "Did you mean 'EEA'?",
    ]);
  });

  it('says what a region is when nothing is close', () => {
    expect(check(rule, withRegions(['XYZ'])).map((problem) => problem.hint)).toEqual([
      "Use EEA for the European Economic Area, or a two-letter country code such as 'GB' (the United Kingdom) or 'CH' (Switzerland).",
    ]);
  });
});
