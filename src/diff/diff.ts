import { formatPath } from '../diagnostics.js';
import { normalize, type PolicyModel } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';
import { withNamesOf } from '../render/proper-words.js';
import { levelRank, resolveLevels } from './levels.js';
import { mergeChanges, type Draft } from './merge.js';
import { changeKinds, checks } from './registry.js';
import { withRenamedIds } from './renamed-ids.js';
import type { Change, JsonValue, KindInfo, Level } from './types.js';

export interface DiffResult {
  /** Most important first; within a level, in the order of the policy's sections. */
  changes: Change[];
  /** Problems with the new file as a new version (`changes.levels`, its date), one sentence each. */
  warnings: string[];
}

/** The semantic diff of two valid policies: what changed, classified. Pure. */
export function diffPolicies(before: Policy, after: Policy): DiffResult {
  return diffModels(normalize(before), normalize(after));
}

export function diffModels(original: PolicyModel, after: PolicyModel): DiffResult {
  const renamed = withRenamedIds(original.source, after.source);
  const before = renamed === undefined ? original : normalize(renamed);
  // The base version's levels: the change under review must not be able to re-level itself past
  // `--fail-on` (a change to them is reported, as material). The new file's are checked for typos.
  const levels = resolveLevels(changeKinds, before.source.changes?.levels);
  const changes = mergeChanges(detectChanges(before, after, levels.of));
  // A stable sort keeps the section order inside each level.
  changes.sort((a, b) => levelRank(a.level) - levelRank(b.level));
  const warnings = [...resolveLevels(changeKinds, after.source.changes?.levels).warnings];
  const dateWarning = versionDateWarning(before, after, changes);
  if (dateWarning) warnings.push(dateWarning);
  return { changes, warnings };
}

/**
 * Every change each check reports, levelled but not yet merged (src/diff/merge.ts): what a
 * check's own tests look at. `before` has its renamed ids already applied.
 */
export function detectChanges(before: PolicyModel, after: PolicyModel, levelOf: (kind: string) => Level): Draft[] {
  // Data names run on in the summaries as in the policy: those either version writes as names keep their capital.
  return withNamesOf([before.source, after.source], () => detectEach(before, after, levelOf));
}

function detectEach(before: PolicyModel, after: PolicyModel, levelOf: (kind: string) => Level): Draft[] {
  const found: Draft[] = [];
  for (const check of checks) {
    check.detect(before, after, (f) => {
      const draft: Draft = {
        kind: f.kind,
        level: levelOf(f.kind),
        path: formatPath(f.path),
        summary: oneFullStop(f.summary),
        before: toJson(f.before),
        after: toJson(f.after),
        topic: (check.kinds as Record<string, KindInfo>)[f.kind]?.topic ?? check.topic,
      };
      if (f.cause) draft.cause = { ...f.cause, summary: oneFullStop(f.cause.summary), detail: oneFullStop(f.cause.detail) };
      found.push(draft);
    });
  }
  return found;
}

/**
 * A changed policy needs a later date than the one it replaces: effective_date, or last_updated
 * for a change that keeps the effective date (a correction). Going back in time is always wrong.
 */
function versionDateWarning(before: PolicyModel, after: PolicyModel, changes: readonly Change[]): string | undefined {
  if (!changes.some((c) => c.path !== 'effective_date' && c.path !== 'last_updated')) return undefined;
  const [was, now] = [before.source.effective_date, after.source.effective_date];
  if (now < was) return `The new version takes effect on ${now}, before the previous one (${was}); set effective_date to the day the changes apply.`;
  const updated = (model: PolicyModel): string => model.source.last_updated ?? model.source.effective_date;
  if (now === was && updated(after) <= updated(before)) {
    return `The new version has the same dates as the previous one (effective ${now}); set effective_date to the day the changes apply, or last_updated to today for a correction.`;
  }
  return undefined;
}

/**
 * Summaries end with a full stop after a name or value that may already have one ("Stripe, Inc.",
 * or a commitment quoted whole: “… we remain liable.”); one is enough. An ellipsis stays.
 */
export function oneFullStop(summary: string): string {
  if (/[.!?][\u00a0\u202f]?[\u201c\u201d\u00bb"'\u2019]\.$/u.test(summary)) return summary.slice(0, -1);
  return summary.endsWith('..') && !summary.endsWith('...') ? summary.slice(0, -1) : summary;
}

/** Values from the policy as plain JSON: absent is null, and nothing is shared with the input. */
function toJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}
