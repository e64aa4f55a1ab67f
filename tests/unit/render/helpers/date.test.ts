import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../src/render/helpers/date.js';

describe('formatDate', () => {
  it('writes each style without locale APIs', () => {
    expect(formatDate('2026-04-03', 'long_us')).toBe('April 3, 2026');
    expect(formatDate('2026-04-03', 'long_intl')).toBe('3 April 2026');
    expect(formatDate('2026-04-03', 'iso')).toBe('2026-04-03');
    expect(formatDate('2026-04-03')).toBe('April 3, 2026');
    expect(formatDate('2026-04-03', 'month_year')).toBe('April 2026');
  });

  it('never states the day of a policy dated by the month only', () => {
    expect(formatDate('2024-04-01', 'month_year')).toBe('April 2024');
    expect(formatDate('2024-12-31', 'month_year')).not.toMatch(/31/);
  });

  it('keeps the calendar day at the edges of the year, in any timezone', () => {
    expect(formatDate('2025-12-31', 'long_us')).toBe('December 31, 2025');
    expect(formatDate('2026-01-01', 'long_intl')).toBe('1 January 2026');
  });

  it('returns anything that is not a date unchanged rather than guessing', () => {
    expect(formatDate('2026-13-01', 'long_us')).toBe('2026-13-01');
    expect(formatDate('soon', 'long_intl')).toBe('soon');
  });
});
