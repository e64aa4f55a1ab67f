import { isDuration, durationInWords } from '../../model/duration.js';
import type { RetentionKeyword, RetentionPeriod } from '../../model/policy.generated.js';

/** Open-ended periods, worded to follow "We keep it …". */
const KEYWORDS: Readonly<Record<RetentionKeyword, string>> = {
  account_lifetime: 'for as long as your account is open',
  until_deleted_by_user: 'until you delete the data',
  until_consent_withdrawn: 'until you withdraw your consent',
  until_purpose_fulfilled: 'until the purpose for which the data was collected has been fulfilled',
  as_required_by_law: 'for as long as the law requires',
  indefinite: 'indefinitely',
};

/**
 * A retention period as it follows "We keep it": "for 90 days", "for up to 90 days", "for as long
 * as your account is open", "until you delete the data". `upTo` marks a duration as a maximum;
 * `until` is the company's own words for what ends the period, which replace a keyword's and
 * bound a duration ("for 90 days or until you close your account").
 */
export function retentionPeriod(period: RetentionPeriod, upTo = false, until?: string): string {
  if (isDuration(period)) return `for ${upTo ? 'up to ' : ''}${durationInWords(period)}${until ? ` or until ${until}` : ''}`;
  if (until) return `until ${until}`;
  return Object.hasOwn(KEYWORDS, period) ? KEYWORDS[period as RetentionKeyword] : period;
}

/** Whether a period has an end: a duration, not an open-ended keyword. */
export function isFixedPeriod(period: RetentionPeriod): boolean {
  return isDuration(period);
}
