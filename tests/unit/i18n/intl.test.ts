import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../../src/i18n/languages.js';
import { formatDate } from '../../../src/render/helpers/date.js';
import { joinList } from '../../../src/render/helpers/text.js';

/**
 * Dates and lists are written from each catalog's own words; Intl (CLDR) is the reference they
 * must equal, day by day, with fixed options (the catalog's locale, UTC, Gregorian, Latin digits),
 * on every Node policyc supports: this file runs in the suite on Node 20 and, by hand or in CI, on
 * 22 and 24 (docs/translating.md). policyc does not ask Intl at run time: its first use loads
 * ICU's data, about a tenth of a cold build (BENCHMARKS.md).
 */
function intlDateParts(locale: string, year: number, month: number, day: number): Intl.DateTimeFormatPart[] {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: 'latn',
  });
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return format.formatToParts(date);
}

function intlList(locale: string, items: readonly string[], conjunction: 'and' | 'or'): string {
  return new Intl.ListFormat(locale, { type: conjunction === 'and' ? 'conjunction' : 'disjunction', style: 'long' }).format(items);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

describe.each(LANGUAGE_CODES)('%s', (language) => {
  const catalog = LANGUAGES[language];

  it.each(['long_us', 'long_intl'] as const)('writes every day of the year in %s as Intl does', (style) => {
    const locale = catalog.intl.date(style);
    expect(Intl.DateTimeFormat.supportedLocalesOf([locale]), 'the runtime has the locale').toEqual([locale]);
    for (const [index, days] of DAYS_IN_MONTH.entries())
      for (let day = 1; day <= days; day++) {
        const iso = `2028-${pad(index + 1)}-${pad(day)}`;
        // The day as the language writes it where CLDR differs (catalog.day: French "1er").
        const fromIntl = intlDateParts(locale, 2028, index + 1, day)
          .map((part) => (part.type === 'day' && catalog.day ? catalog.day(day) : part.value))
          .join('');
        expect(
          inLanguage(catalog, () => formatDate(iso, style)),
          iso,
        ).toBe(fromIntl);
      }
  });

  it('joins lists as Intl does', () => {
    expect(Intl.ListFormat.supportedLocalesOf([catalog.intl.list]), 'the runtime has the locale').toEqual([catalog.intl.list]);
    for (const items of [
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['Stripe, Inc.', 'Agora, Inc.', 'Resend, Inc.', 'D'],
    ]) {
      for (const conjunction of ['and', 'or'] as const) {
        expect(inLanguage(catalog, () => joinList(items, conjunction))).toBe(intlList(catalog.intl.list, items, conjunction));
      }
    }
  });
});

describe('a date', () => {
  it('is the calendar day written in the file, whatever the year', () => {
    expect(formatDate('0099-01-01', 'long_intl')).toBe('1 January 0099');
    expect(inLanguage(LANGUAGES.fr, () => formatDate('2026-01-01', 'long_us'))).toBe('1er janvier 2026');
    expect(inLanguage(LANGUAGES.de, () => formatDate('2026-12-31', 'long_us'))).toBe('31. Dezember 2026');
  });
});
