import { addDuration, durationInWords } from '../../model/duration.js';
import type { PolicyModel } from '../../model/normalize.js';
import { formatDate, formatDateAfter } from '../../render/helpers/date.js';
import type { WrittenDate } from '../../i18n/catalog.js';
import type { RedlineBlock } from '../redline.js';
import { TOPICS, type Change, type Level, type Topic } from '../types.js';
import { gist } from './gists.js';
import { words } from '../../i18n/active.js';
import { say } from '../say.js';

/**
 * What a change notice says, independent of its format: the renderers (md, txt, html, json) only
 * lay this out. Pure: the notice date is an input, never read from a clock here.
 */
export interface Notice {
  subject: string;
  /** Paragraphs before the lists. */
  intro: string[];
  /**
   * What matters, in at most five plain lines built from fixed shapes (src/diff/notice/gists.ts):
   * material changes first, then minor ones; empty when only wording changed.
   */
  summary: string[];
  /** The changes by topic, in the order of TOPICS; each topic most important first. */
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
  topic: Topic;
  heading: string;
  items: NoticeItem[];
}

export interface NoticeItem {
  level: Level;
  text: string;
  /** The particulars of a change that stands for several (src/diff/merge.ts). */
  details: string[];
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

/** The most lines a summary has: beyond that, a last line says how many more there are. */
const SUMMARY_LINES = 5;

/** Kinds a notice says in its own words instead of listing: the new date opens every notice. */
const UNLISTED: ReadonlySet<string> = new Set(['effective_date.changed']);

export function buildNotice(before: PolicyModel, after: PolicyModel, changes: readonly Change[], noticeDate: string): Notice {
  const style = after.source.policy?.date_style;
  const text = words().notice;
  const effective = after.source.effective_date;
  const date: WrittenDate = (preposition) => (preposition === undefined ? formatDate(effective, style) : formatDateAfter(preposition, effective, style));
  const listed = changes.filter((c) => !UNLISTED.has(c.kind));
  const groups = (Object.keys(TOPICS) as Topic[])
    .map((topic) => ({
      topic,
      heading: words().notice.topics[topic],
      items: listed.filter((c) => c.topic === topic).map((c) => ({ level: c.level, text: c.summary, details: c.details ?? [] })),
    }))
    .filter((g) => g.items.length > 0);

  const timing = noticeTiming(before, after, changes, noticeDate);
  const intro = [
    text.intro(after.serviceName, date) + (listed.length === 0 ? text.onlyDate : listed.every((c) => c.level === 'editorial') ? text.onlyWording : ''),
  ];
  const closing: string[] = [];
  if (after.source.changes?.continued_use_is_acceptance) {
    closing.push(text.continuedUse(after.namedService ?? words().ourServices, date));
  }
  const notice: Notice = {
    subject: namesItself(after) ? text.subjectTitled(after.title, date) : text.subject(after.companyName, date),
    intro,
    summary: summarize(listed),
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
    // The sender's warning counts days, so it names them even in a policy dated by the month.
    const exact = (iso: string): string => formatDate(iso, style === 'month_year' ? 'long_us' : style);
    notice.warning = say().notice.late({
      noticeDate: exact(noticeDate),
      effective: exact(effective),
      days: timing.daysBeforeEffective,
      period: durationInWords(timing.period),
      earliest: exact(timing.earliestEffectiveDate),
    });
  }
  return notice;
}

/**
 * A title that names the company or the service ("Firefox Privacy Notice") is the document's own
 * name, and the subject uses it: the company may publish other privacy policies (Mozilla's own is
 * the "Mozilla Privacy Policy"). A generic title ("Privacy Policy") says less than the company's name.
 */
function namesItself(model: PolicyModel): boolean {
  if (model.source.policy?.title === undefined) return false;
  const title = model.title.toLowerCase();
  return [model.companyName, model.serviceName].some((name) => title.includes(name.toLowerCase()));
}

/**
 * One line per kind of change that matters, most important first, from the fixed shapes of
 * src/diff/notice/gists.ts; past five lines, the last says how many more changes follow.
 */
function summarize(changes: readonly Change[]): string[] {
  const counts = new Map<string, number>();
  for (const c of changes) if (c.level !== 'editorial') counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  // Kinds that read the same in a summary ("You have more rights.") make one line.
  const lines = new Map<string, number>();
  for (const [kind, n] of counts) {
    const line = gist(kind, n) ?? (gist('other.changed', n) as string);
    lines.set(line, (lines.get(line) ?? 0) + n);
  }
  const all = [...lines];
  if (all.length <= SUMMARY_LINES) return all.map(([line]) => line);
  const shown = all.slice(0, SUMMARY_LINES - 1);
  const rest = all.slice(SUMMARY_LINES - 1).reduce((sum, [, n]) => sum + n, 0);
  return [...shown.map(([line]) => line), say().notice.more(rest)];
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
