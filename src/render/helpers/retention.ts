import { durationInDays, durationInWords, isDuration } from '../../model/duration.js';
import type { RetentionKeyword, RetentionPeriod } from '../../model/policy.generated.js';
import { words } from '../../i18n/active.js';

/**
 * A retention period as it follows "We keep it": "for 90 days", "for up to 90 days", "for as long
 * as your account is open", "until you delete the data". `upTo` marks a duration as a maximum;
 * `until` is the company's own words for what ends the period, which replace a keyword's and
 * bound a duration ("for 90 days or until you close your account").
 */
export function retentionPeriod(period: RetentionPeriod, upTo = false, until?: string): string {
  const { retention } = words();
  const none = noTime(period);
  // Data kept until it is used: the company's words for that moment replace the keyword's, as for any keyword.
  if (none === 'deleted_after_use' && until) return retention.until(until);
  if (none !== undefined) return retention.keywords[none];
  if (isDuration(period)) {
    // A span of its own ("90 Tage", "bis zu 30 Tage"), in the languages that decline it.
    const duration = retention.duration(durationInWords(period, 'accusative'), upTo);
    return until ? retention.durationOrUntil(duration, until) : duration;
  }
  if (until) return retention.until(until);
  return Object.hasOwn(retention.keywords, period) ? retention.keywords[period as RetentionKeyword] : period;
}

/** Whether a period has an end: a duration, not an open-ended keyword. */
export function isFixedPeriod(period: RetentionPeriod): boolean {
  return isDuration(period);
}

/** A period that keeps data for no time at all: the two keywords that say so. */
export type NoTime = Extract<RetentionKeyword, 'deleted_after_use' | 'not_stored'>;

/**
 * Whether a period keeps data for no time: deleted after use (also a zero duration: "for 0 days"
 * is no sentence a company writes) or never stored; undefined for any other period.
 */
export function noTime(period: RetentionPeriod): NoTime | undefined {
  if (period === 'deleted_after_use' || period === 'not_stored') return period;
  return isDuration(period) && durationInDays(period) === 0 ? 'deleted_after_use' : undefined;
}
