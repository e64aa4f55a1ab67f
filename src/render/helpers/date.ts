import type { Presentation } from '../../model/policy.generated.js';
import { words } from '../../i18n/active.js';

export type DateStyle = NonNullable<Presentation['date_style']>;

/**
 * "April 3, 2026" (long_us), "3 April 2026" (long_intl), "2026-04-03" (iso) or "April 2026"
 * (month_year), from the ISO date string itself: no Date object, so no timezone or locale can
 * shift the day or the month name. month_year is for a company that dates its policy by the month
 * only: the file still needs a day, which the policy must not state.
 */
export function formatDate(iso: string, style: DateStyle = 'long_us'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? words().months[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined || style === 'iso') return iso;
  // Month then year reads the same in every language policyc writes (April 2024, avril 2024).
  if (style === 'month_year') return `${month} ${m[1] as string}`;
  const day = Number(m[3]);
  return words().longDate(day, month, m[1] as string, style);
}
