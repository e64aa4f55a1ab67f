import type { Presentation } from '../../model/policy.generated.js';
import { words } from '../../i18n/active.js';
import { intlDateParts } from '../../i18n/intl.js';

export type DateStyle = NonNullable<Presentation['date_style']>;

/**
 * "April 3, 2026" (long_us), "3 April 2026" (long_intl), "2026-04-03" (iso) or "April 2026"
 * (month_year), from the ISO date string's own year, month and day, written by Intl in the
 * catalog's locale and in UTC (src/i18n/intl.ts), so no time zone or machine locale can shift the
 * day or the month name. month_year is for a company that dates its policy by the month only: the
 * file still needs a day, which the policy must not state.
 */
export function formatDate(iso: string, style: DateStyle = 'long_us'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const catalog = words();
  const month = m ? catalog.months[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined || style === 'iso') return iso;
  // Month then year reads the same in every language policyc writes (April 2024, avril 2024).
  if (style === 'month_year') return `${month} ${m[1] as string}`;
  const [year, day] = [Number(m[1]), Number(m[3])];
  const parts = intlDateParts(catalog.intl.date(style), year, Number(m[2]), day);
  if (parts === undefined) return catalog.longDate(day, month, m[1] as string, style);
  // The year as the file writes it (Intl would write 0099 as "99"); the day as the language does.
  return parts.map((part) => (part.type === 'year' ? m[1] : part.type === 'day' && catalog.day ? catalog.day(day) : part.value)).join('');
}
