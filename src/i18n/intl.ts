/**
 * Dates and lists through the runtime's Intl, with every option fixed: an explicit locale (never
 * the machine's), the UTC time zone, and the same calendar day whatever the clock says. Official
 * Node builds (20, 22 and 24) carry full ICU, and their output for these formats is the same
 * (tests/unit/i18n/intl.test.ts, run on each). A runtime built without the locale's data (small
 * ICU) would silently fall back to another language, so then the catalog's own data is used
 * instead: determinism wins over Intl.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();
const listFormats = new Map<string, Intl.ListFormat | null>();

function supported(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 1 && Intl.ListFormat.supportedLocalesOf([locale]).length === 1;
}

function dateFormat(locale: string): Intl.DateTimeFormat | null {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = supported(locale)
      ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' })
      : null;
    dateFormats.set(locale, format);
  }
  return format;
}

function listFormat(locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat | null {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = supported(locale) ? new Intl.ListFormat(locale, { type, style: 'long' }) : null;
    listFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar day written long in `locale`, as its parts ("3", " ", "April", " ", "2026"), or
 * undefined when the runtime lacks the locale. The day is built in UTC and formatted in UTC, so
 * no time zone can move it.
 */
export function intlDateParts(locale: string, year: number, month: number, day: number): Intl.DateTimeFormatPart[] | undefined {
  const format = dateFormat(locale);
  if (format === null) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return format.formatToParts(date);
}

/** "A, B and C" in `locale`, or undefined when the runtime lacks the locale. */
export function intlList(locale: string, items: readonly string[], conjunction: 'and' | 'or'): string | undefined {
  return listFormat(locale, conjunction === 'and' ? 'conjunction' : 'disjunction')?.format(items);
}
