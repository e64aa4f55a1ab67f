import type { Presentation } from '../../model/policy.generated.js';
import { words } from '../../i18n/active.js';

export type DateStyle = NonNullable<Presentation['date_style']>;

/**
 * "April 3, 2026" (long_us), "3 April 2026" (long_intl) or "2026-04-03" (iso), from the ISO date
 * string itself: no Date object, so no timezone or locale can shift the day or the month name.
 */
export function formatDate(iso: string, style: DateStyle = 'long_us'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? words().months[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined || style === 'iso') return iso;
  const day = Number(m[3]);
  return words().longDate(day, month, m[1] as string, style);
}
