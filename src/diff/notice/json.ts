import type { RedlineBlock } from '../redline.js';
import type { Change, Level } from '../types.js';
import type { Notice } from './notice.js';

/**
 * The machine-readable diff, per the contract: `changes` first and unchanged in shape; the
 * other fields are additions, documented in docs/diff.md. Keys are written in a fixed order.
 */
export interface DiffJson {
  changes: Change[];
  counts: Record<Level, number>;
  effective_date: string;
  previous_effective_date: string;
  notice: {
    subject: string;
    date: string;
    notice_period: string | null;
    earliest_effective_date: string | null;
    days_before_effective: number;
    sufficient: boolean;
    warning: string | null;
  };
  /** Only with --redline. */
  redline?: RedlineBlock[];
}

/** The contract's fields in their order, then the additions: topic always, details and paths when merged. */
function jsonChange(c: Change): Change {
  const out: Change = { kind: c.kind, level: c.level, path: c.path, summary: c.summary, before: c.before, after: c.after, topic: c.topic };
  if (c.details) out.details = c.details;
  if (c.paths) out.paths = c.paths;
  return out;
}

export function noticeToJson(notice: Notice): string {
  const counts: Record<Level, number> = { material: 0, minor: 0, editorial: 0 };
  for (const c of notice.changes) counts[c.level]++;
  const json: DiffJson = {
    changes: notice.changes.map(jsonChange),
    counts,
    effective_date: notice.effectiveDate,
    previous_effective_date: notice.previousEffectiveDate,
    notice: {
      subject: notice.subject,
      date: notice.noticeDate,
      notice_period: notice.timing.period ?? null,
      earliest_effective_date: notice.timing.earliestEffectiveDate ?? null,
      days_before_effective: notice.timing.daysBeforeEffective,
      sufficient: notice.timing.sufficient,
      warning: notice.warning ?? null,
    },
  };
  if (notice.redline) json.redline = notice.redline;
  return `${JSON.stringify(json, null, 2)}\n`;
}
