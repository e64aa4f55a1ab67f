import { describe, expect, it } from 'vitest';
import { plausibleDate as rule } from '../../../src/rules/plausible-date.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('plausible-date', () => {
  it('accepts the dates of a policy', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about a year in the past that the schema still takes', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.effective_date = '1926-04-03')),
      ),
    ).toEqual([
      {
        path: ['effective_date'],
        message: 'effective_date 1926-04-03 is in the year 1926, which no policy takes effect in.',
        hint: 'Check the year: dates between 1990 and 2100 are expected.',
      },
    ]);
  });

  it('warns about a last_updated far in the future', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.last_updated = '2160-04-03')),
      ),
    ).toMatchObject([{ path: ['last_updated'], hint: 'Check the year: dates between 1990 and 2100 are expected.' }]);
  });
});
