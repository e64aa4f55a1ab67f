import type { Presentation } from '../../model/policy.generated.js';
import { words } from '../../i18n/active.js';
import type { DatePreposition } from '../../i18n/catalog.js';

export type DateStyle = NonNullable<Presentation['date_style']>;

/**
 * "April 3, 2026" (long_us), "3 April 2026" (long_intl), "2026-04-03" (iso) or "April 2026"
 * (month_year), from the ISO date string's own year, month and day, in the catalog's words, so no
 * time zone or machine locale can shift the day or the month name. The catalog's long dates are
 * CLDR's, checked against Intl on each Node in tests/unit/i18n/intl.test.ts; Intl itself is not
 * asked at run time, since its first use loads ICU's data: about a tenth of a cold build. month_year is for a company that dates its policy by the month only: the
 * file still needs a day, which the policy must not state.
 */
export function formatDate(iso: string, style: DateStyle = 'long_us'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const catalog = words();
  const month = m ? catalog.months[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined || style === 'iso') return iso;
  // Month then year reads the same in every language policyc writes (April 2024, avril 2024).
  if (style === 'month_year') return `${month} ${m[1] as string}`;
  // The year as the file writes it (0099, not 99).
  return catalog.longDate(Number(m[3]), month, m[1] as string, style);
}

/** A date after its preposition, in the catalog's words: "on April 3, 2026", "in April 2026" (month_year). */
export function formatDateAfter(preposition: DatePreposition, iso: string, style: DateStyle = 'long_us'): string {
  return words().dateAfter(preposition, formatDate(iso, style), style === 'month_year' && /^\d{4}-\d{2}-\d{2}$/.test(iso));
}
