import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../../src/i18n/languages.js';
import { intlDateParts, intlList } from '../../../src/i18n/intl.js';
import { formatDate } from '../../../src/render/helpers/date.js';
import { joinList } from '../../../src/render/helpers/text.js';

/**
 * Dates and lists come from Intl with fixed options; each catalog keeps its own data for a runtime
 * without the locale. The two must agree, day by day, on every Node policyc supports: this file
 * runs in the suite on Node 20 and, by hand or in CI, on 22 and 24 (docs/translating.md).
 */
const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

describe.each(LANGUAGE_CODES)('%s', (language) => {
  const catalog = LANGUAGES[language];

  it.each(['long_us', 'long_intl'] as const)('writes every day of the year in %s as the catalog’s own data does', (style) => {
    expect(intlDateParts(catalog.intl.date(style), 2026, 4, 3), 'the runtime has the locale').toBeDefined();
    for (const [index, days] of DAYS_IN_MONTH.entries())
      for (let day = 1; day <= days; day++) {
        const iso = `2028-${pad(index + 1)}-${pad(day)}`;
        const fromData = catalog.longDate(day, catalog.months[index]!, '2028', style);
        expect(
          inLanguage(catalog, () => formatDate(iso, style)),
          iso,
        ).toBe(fromData);
      }
  });

  it('joins lists as the catalog’s own words do', () => {
    for (const items of [
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['Stripe, Inc.', 'Agora, Inc.', 'Resend, Inc.', 'D'],
    ]) {
      for (const conjunction of ['and', 'or'] as const) {
        const fromData = `${items.slice(0, -1).join(', ')} ${catalog[conjunction]} ${items[items.length - 1]}`;
        expect(intlList(catalog.intl.list, items, conjunction)).toBe(fromData);
        expect(inLanguage(catalog, () => joinList(items, conjunction))).toBe(fromData);
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
