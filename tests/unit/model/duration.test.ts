import { describe, expect, it } from 'vitest';
import { sumDurations } from '../../../src/model/duration.js';

describe('sumDurations', () => {
  it('adds durations that count in one unit, and refuses a sum across units', () => {
    expect(sumDurations(['P25D', 'P30D', 'P30D'])).toBe('P85D');
    expect(sumDurations(['P1M', 'P2M'])).toBe('P3M');
    expect(sumDurations(['PT12H', 'PT12H'])).toBe('PT24H');
    expect(sumDurations(['P1M', 'P30D'])).toBeUndefined();
    expect(sumDurations([])).toBeUndefined();
  });
});
