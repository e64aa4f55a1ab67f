import { addDuration, durationInWords } from '../../model/duration.js';
import type { PolicyModel } from '../../model/normalize.js';
import { formatDate } from '../../render/helpers/date.js';
import type { RedlineBlock } from '../redline.js';
import type { Change, Level } from '../types.js';

/**
 * What a change notice says, independent of its format: the renderers (md, txt, html, json) only
 * lay this out. Pure: the notice date is an input, never read from a clock here.
 */
export interface Notice {
  subject: string;
  /** Paragraphs before the lists. */
  intro: string[];
  /** Non-empty levels only, most important first. */
  groups: NoticeGroup[];
  /** Paragraphs after the lists. */
  closing: string[];
  /** The published policy, from `policy.url`. */
  url?: string;
  /** Where questions go. */
  email: string;
  /** For the sender, not the reader: the notice comes too late for the promised notice period. */
  warning?: string;
  timing: NoticeTiming;
  effectiveDate: string;
  previousEffectiveDate: string;
  noticeDate: string;
  changes: Change[];
  /** The changed paragraphs of the rendered policy, when asked for (`--redline`). */
  redline?: RedlineBlock[];
  /** The section of the new policy each redline paragraph is in, when known. */
  redlineSections?: Array<string | undefined>;
}

export interface NoticeGroup {
  level: Level;
  heading: string;
  items: string[];
}

export interface NoticeTiming {
  /** Whether the notice period applies: there is a material change and a period is declared. */
  applies: boolean;
  /**
   * The notice period people are owed (ISO 8601), if either version declares one: the longer of the
   * two, since the old policy's promise still holds when the notice of a shorter one is sent.
   */
  period?: string;
  /** The earliest effective date that honours the period, counted from the notice date. */
  earliestEffectiveDate?: string;
  /** Whole days from the notice date to the effective date (negative when it is already past). */
  daysBeforeEffective: number;
  /** False only when the period applies and is not met. */
  sufficient: boolean;
}

export const REDLINE_HEADING = 'The changes in the text of the policy';

export const REDLINE_LEGEND = 'Removed words are shown [-like this-], added words {+like this+}.';

export const HEADINGS: Readonly<Record<Level, string>> = {
  material: 'Important changes',
  minor: 'Other changes',
  editorial: 'Wording and presentation',
};

/** Kinds a notice says in its own words instead of listing: the new date opens every notice. */
const UNLISTED: ReadonlySet<string> = new Set(['effective_date.changed']);

export function buildNotice(before: PolicyModel, after: PolicyModel, changes: readonly Change[], noticeDate: string): Notice {
  const style = after.source.policy?.date_style;
  const date = (iso: string): string => formatDate(iso, style);
  const effective = after.source.effective_date;
  const listed = changes.filter((c) => !UNLISTED.has(c.kind));
  const groups = (['material', 'minor', 'editorial'] as const)
    .map((level) => ({ level, heading: HEADINGS[level], items: listed.filter((c) => c.level === level).map((c) => c.summary) }))
    .filter((g) => g.items.length > 0);

  const timing = noticeTiming(before, after, changes, noticeDate);
  const intro = [
    `We are updating the privacy policy for ${after.serviceName}. The new version takes effect on ${date(effective)}.` +
      (groups.length > 0 ? ' Here is what changes.' : ' It changes none of our practices; only its date is new.'),
  ];
  const closing: string[] = [];
  if (after.source.changes?.continued_use_is_acceptance) {
    closing.push(`If you continue to use ${after.serviceName} after ${date(effective)}, the updated policy applies to you.`);
  }
  const notice: Notice = {
    subject: `Changes to the ${after.companyName} privacy policy, effective ${date(effective)}`,
    intro,
    groups,
    closing,
    email: after.privacyEmail,
    timing,
    effectiveDate: effective,
    previousEffectiveDate: before.source.effective_date,
    noticeDate,
    changes: [...changes],
  };
  if (after.source.policy?.url) notice.url = after.source.policy.url;
  if (!timing.sufficient && timing.period && timing.earliestEffectiveDate) {
    const days = timing.daysBeforeEffective;
    const when =
      days < 0 ? `${-days} ${days === -1 ? 'day' : 'days'} after` : days === 0 ? 'on the day' : `only ${days} ${days === 1 ? 'day' : 'days'} before`;
    notice.warning =
      `This notice is dated ${date(noticeDate)}, ${when} the changes take effect on ${date(effective)}, but the policy promises ` +
      `${durationInWords(timing.period)} of notice before a material change. Move the effective date to ${date(timing.earliestEffectiveDate)} or later, or send the notice earlier.`;
  }
  return notice;
}

function noticeTiming(before: PolicyModel, after: PolicyModel, changes: readonly Change[], noticeDate: string): NoticeTiming {
  const effective = after.source.effective_date;
  const days = Math.round((Date.parse(`${effective}T00:00:00Z`) - Date.parse(`${noticeDate}T00:00:00Z`)) / 86_400_000);
  // Counted from the notice date, so that P1M and P30D compare as the calendar has them then.
  let owed: { period: string; earliest: string | undefined } | undefined;
  for (const period of [before.source.changes?.notice_period, after.source.changes?.notice_period]) {
    if (period === undefined) continue;
    const earliest = addDuration(noticeDate, period);
    if (owed === undefined || (earliest ?? '') > (owed.earliest ?? '')) owed = { period, earliest };
  }
  const applies = owed !== undefined && changes.some((c) => c.level === 'material');
  const timing: NoticeTiming = { applies, daysBeforeEffective: days, sufficient: true };
  if (owed === undefined) return timing;
  timing.period = owed.period;
  if (owed.earliest !== undefined) {
    timing.earliestEffectiveDate = owed.earliest;
    timing.sufficient = !applies || effective >= owed.earliest;
  }
  return timing;
}
