import type { Path } from '../../diagnostics.js';
import { formatPath } from '../../diagnostics.js';
import { withoutFields } from '../fields.js';
import { same, sameSet } from '../match.js';
import { say } from '../say.js';
import { defineCheck, type ChangeCheck, type Report } from '../types.js';

/**
 * The safety net: whatever no other check compares (a field added to the schema before a check
 * learned about it) is still reported, rather than silently left out of a notice.
 */
export function unclassifiedCheck(checks: readonly ChangeCheck[]): ChangeCheck<'other.changed'> {
  const covered = checks.flatMap((c) => c.fields);
  return defineCheck({
    id: 'unclassified',
    topic: 'other',
    fields: [],
    kinds: {
      'other.changed': { level: 'material', description: 'A field no check classifies yet changed; material until a person has looked at it.' },
    },
    detect(before, after, report) {
      walk(report, [], withoutFields(before.source, covered), withoutFields(after.source, covered));
    },
  });
}

/** Down through objects, so the path names the field; lists and values are compared whole. */
function walk(report: Report<'other.changed'>, path: Path, before: unknown, after: unknown): void {
  if (same(before, after) || (Array.isArray(before) && Array.isArray(after) && sameSet(before, after))) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const key of keys) walk(report, [...path, key], before[key], after[key]);
    return;
  }
  report({ kind: 'other.changed', path, summary: say().unclassified(formatPath(path)), before, after });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
