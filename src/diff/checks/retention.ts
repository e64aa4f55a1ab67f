import { formatPath, type Path } from '../../diagnostics.js';
import { durationInDays, isDuration } from '../../model/duration.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { RetentionEntry, RetentionPeriod } from '../../model/policy.generated.js';
import { noTime, retentionPeriod, type NoTime } from '../../render/helpers/retention.js';
import type { PeriodSaid, RetentionSubject } from '../../i18n/phrases/en.js';
import { canonical, pairBy, same } from '../match.js';
import { defineCheck, type Report } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice } from '../wording.js';
import { say } from '../say.js';
import { categoryNames } from '../words.js';

type Kind =
  | 'retention.extended'
  | 'retention.shortened'
  | 'retention.changed'
  | 'retention.added'
  | 'retention.removed'
  | 'retention.exception_added'
  | 'retention.exception_removed'
  | 'practice.reworded'
  | 'text.changed';

interface Indexed {
  entry: RetentionEntry;
  index: number;
}

/** One period change, before merging the categories of an entry that changed alike. */
interface PeriodFact {
  kind: Kind;
  path: Path;
  /** The entry the sentence is about: the new one, or the old one when a period is gone. */
  entry: RetentionEntry;
  category: string;
  aspect: 'period' | 'plan' | 'backups';
  plan?: string;
  /** Absent when the period is newly stated (before) or no longer stated (after). */
  before?: RetentionPeriod;
  after?: RetentionPeriod;
}

/**
 * How long each category is kept, compared category by category (so splitting or merging
 * entries is no change), and said in one sentence per entry that changed.
 */
export const retentionCheck = defineCheck({
  id: 'retention',
  topic: 'retention',
  fields: [
    'retention[].label',
    'retention[].data_categories',
    'retention[].period',
    'retention[].up_to',
    'retention[].start',
    'retention[].until',
    'retention[].reason',
    'retention[].by_plan',
    'retention[].exceptions',
    'retention[].backups',
    'retention[].then',
  ],
  kinds: {
    'retention.extended': { level: 'material', description: 'Data is kept longer (its period, a plan’s period or its backups).' },
    'retention.shortened': { level: 'minor', description: 'Data is kept for a shorter time.' },
    'retention.changed': {
      level: 'material',
      description: 'A period changes between a fixed time and an open-ended one ("until you delete it"), so it may be longer.',
    },
    'retention.added': { level: 'minor', description: 'The policy now says how long a category it already collected is kept (or on which plan).' },
    'retention.removed': { level: 'material', description: 'The policy no longer says how long a category it still collects is kept (or on which plan).' },
    'retention.exception_added': { level: 'material', description: 'A new condition under which data is kept longer.' },
    'retention.exception_removed': { level: 'minor', description: 'A condition under which data was kept longer is gone.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const old = byCategory(before);
    const now = byCategory(after);
    const facts: PeriodFact[] = [];
    const entryPairs = new Map<string, { b: Indexed; a: Indexed }>();
    for (const category of new Set([...now.keys(), ...old.keys()])) {
      // A category that is new or gone is reported by the data-categories check, period and all.
      if (!before.categories.has(category) || !after.categories.has(category)) continue;
      const pairs = pairEntries(old.get(category) ?? [], now.get(category) ?? []);
      for (const { b, a } of pairs.kept) {
        entryPairs.set(`${b.index}/${a.index}`, { b, a });
        facts.push(...periodFacts(category, b, a));
      }
      for (const { item } of pairs.added) {
        facts.push({
          kind: 'retention.added',
          path: ['retention', item.index, 'period'],
          entry: item.entry,
          category,
          aspect: 'period',
          after: item.entry.period,
        });
      }
      for (const { item } of pairs.removed) {
        facts.push({ kind: 'retention.removed', path: ['retention', item.index], entry: item.entry, category, aspect: 'period', before: item.entry.period });
      }
    }
    reportPeriods(report, before, after, facts);
    for (const { b, a } of entryPairs.values()) compareEntries(report, after, b, a);
  },
});

/** Each category's entries, in file order (a category may have several, told apart by label). */
function byCategory(model: PolicyModel): Map<string, Indexed[]> {
  const map = new Map<string, Indexed[]>();
  model.retention.forEach((entry, index) => {
    for (const id of entry.data_categories) {
      const list = map.get(id) ?? [];
      list.push({ entry, index });
      map.set(id, list);
    }
  });
  return map;
}

/** One entry each side pairs whatever its label; several pair by label. */
function pairEntries(
  before: Indexed[],
  after: Indexed[],
): { kept: Array<{ b: Indexed; a: Indexed }>; added: Array<{ item: Indexed }>; removed: Array<{ item: Indexed }> } {
  if (before.length === 1 && after.length === 1) return { kept: [{ b: before[0] as Indexed, a: after[0] as Indexed }], added: [], removed: [] };
  const pairs = pairBy(before, after, (e) => e.entry.label ?? '');
  const kept = pairs.kept.map((k) => ({ b: k.before, a: k.after }));
  // One entry left on each side is the same entry relabelled, not one period dropped and another stated.
  if (pairs.added.length === 1 && pairs.removed.length === 1) {
    return { kept: [...kept, { b: (pairs.removed[0] as { item: Indexed }).item, a: (pairs.added[0] as { item: Indexed }).item }], added: [], removed: [] };
  }
  return { kept, added: pairs.added, removed: pairs.removed };
}

function periodFacts(category: string, b: Indexed, a: Indexed): PeriodFact[] {
  const facts: PeriodFact[] = [];
  const fact = (aspect: PeriodFact['aspect'], path: Path, old: RetentionPeriod | undefined, now: RetentionPeriod | undefined, plan?: string): void => {
    // A zero duration reads as deleted after use: the same words, no change.
    if (old === now || (old !== undefined && now !== undefined && noTime(old) !== undefined && noTime(old) === noTime(now))) return;
    const order = old === undefined || now === undefined ? undefined : compare(old, now);
    const kind: Kind =
      old === undefined
        ? 'retention.added'
        : now === undefined
          ? 'retention.removed'
          : order === undefined
            ? 'retention.changed'
            : order > 0
              ? 'retention.extended'
              : order < 0
                ? 'retention.shortened'
                : 'text.changed';
    facts.push({
      kind,
      path,
      entry: now === undefined ? b.entry : a.entry,
      category,
      aspect,
      ...(old === undefined ? {} : { before: old }),
      ...(now === undefined ? {} : { after: now }),
      ...(plan === undefined ? {} : { plan }),
    });
  };
  fact('period', ['retention', a.index, 'period'], b.entry.period, a.entry.period);
  const plans = pairBy(b.entry.by_plan, a.entry.by_plan, (p) => p.plan);
  for (const k of plans.kept) fact('plan', ['retention', a.index, 'by_plan', k.afterIndex, 'period'], k.before.period, k.after.period, k.after.plan);
  for (const { item, index } of plans.added) fact('plan', ['retention', a.index, 'by_plan', index], undefined, item.period, item.plan);
  for (const { item, index } of plans.removed) fact('plan', ['retention', b.index, 'by_plan', index], item.period, undefined, item.plan);
  fact('backups', ['retention', a.index, 'backups'], b.entry.backups, a.entry.backups);
  return facts;
}

/** Never stored keeps data for less time than deleted right after use (it is never held at all). */
const NO_TIME_RANK: Readonly<Record<NoTime, number>> = { not_stored: 0, deleted_after_use: 1 };

/**
 * Positive when `after` keeps data longer; undefined when a fixed time meets an open-ended one. No
 * time at all (deleted after use, never stored) is shorter than any period, open-ended or not.
 */
function compare(before: RetentionPeriod, after: RetentionPeriod): number | undefined {
  if (before === after) return 0;
  const [was, will] = [noTime(before), noTime(after)];
  if (was !== undefined || will !== undefined) {
    if (was === undefined) return -1;
    if (will === undefined) return 1;
    return NO_TIME_RANK[will] - NO_TIME_RANK[was];
  }
  if (after === 'indefinite') return 1;
  if (before === 'indefinite') return -1;
  if (!isDuration(before) || !isDuration(after)) return undefined;
  return (durationInDays(after) ?? 0) - (durationInDays(before) ?? 0);
}

/** One sentence per entry, aspect and pair of periods, naming every category that changed alike. */
function reportPeriods(report: Report<Kind>, before: PolicyModel, after: PolicyModel, facts: PeriodFact[]): void {
  const groups = new Map<string, PeriodFact[]>();
  for (const f of facts) {
    const key = [f.kind, formatPath(f.path), f.aspect, f.plan, f.before, f.after].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const f = group[0] as PeriodFact;
    const what: RetentionSubject = {
      ...subject(
        f.after === undefined ? before : after,
        f.entry,
        group.map((g) => g.category),
      ),
      ...(f.aspect === 'backups' && { backups: true }),
      ...(f.aspect === 'plan' && { plan: f.plan }),
    };
    const now = f.after === undefined ? '' : retentionPeriod(f.after, f.aspect === 'period' && Boolean(f.entry.up_to));
    const words = say().retention;
    const summary =
      f.before === undefined
        ? words.stated(what, now)
        : f.after === undefined
          ? words.unstated(what)
          : noTime(f.before) === undefined && noTime(f.after) === undefined
            ? words.changed(what, now, retentionPeriod(f.before))
            : // No time at all is no span to keep data for: said as what we do with the data instead.
              words.noTime(what, periodSaid(f.after, now), periodSaid(f.before, retentionPeriod(f.before)));
    report({ kind: f.kind, path: f.path, summary, before: f.before, after: f.after });
  }
}

/** A period for the noTime phrase: its words, and which kind of no time it is, if it is one. */
function periodSaid(period: RetentionPeriod, words: string): PeriodSaid {
  const none = noTime(period);
  return none === undefined ? { words } : { words, noTime: none };
}

/** "until “the hold is lifted”", "for 1 year": how long an exception keeps data, when it says. */
function exceptionPeriod(exception: NonNullable<RetentionEntry['exceptions']>[number]): string | undefined {
  if (exception.until) return say().retention.until(exception.until);
  return exception.period ? retentionPeriod(exception.period) : undefined;
}

/** The label when there is one ("deleted accounts"), else the categories' names. */
function subject(model: PolicyModel, entry: RetentionEntry, categories: readonly string[]): RetentionSubject {
  return entry.label ? { label: entry.label, categories: [] } : { categories: categoryNames(model, categories) };
}

/** What surrounds the period: exceptions, wording, what happens at the end. */
function compareEntries(report: Report<Kind>, after: PolicyModel, b: Indexed, a: Indexed): void {
  const path: Path = ['retention', a.index];
  const what = subject(after, a.entry, a.entry.data_categories);
  const words = say().retention;
  const exceptions = pairBy(b.entry.exceptions, a.entry.exceptions, (e) => e.when);
  // One exception added to (or dropped from) several entries is one decision: one line, the entries under it.
  const where = words.where(what);
  for (const { item, index } of exceptions.added) {
    const longer = exceptionPeriod(item);
    report({
      kind: 'retention.exception_added',
      path: [...path, 'exceptions', index],
      summary: words.exceptionAdded(what, item.when, longer),
      before: null,
      after: item,
      cause: {
        key: `retention.exception_added|${canonical(item)}`,
        summary: words.exceptionAddedAll(item.when, longer),
        detail: where,
      },
    });
  }
  for (const { item, index } of exceptions.removed) {
    report({
      kind: 'retention.exception_removed',
      path: ['retention', b.index, 'exceptions', index],
      summary: words.exceptionRemoved(what, item.when),
      before: item,
      after: null,
      cause: {
        key: `retention.exception_removed|${item.when}`,
        summary: words.exceptionRemovedAll(item.when),
        detail: where,
      },
    });
  }
  for (const k of exceptions.kept) {
    if (same(k.before, k.after)) continue;
    report({
      kind: 'text.changed',
      path: [...path, 'exceptions', k.afterIndex],
      summary: words.exceptionReworded(what, k.after.when),
      before: k.before,
      after: k.after,
    });
  }
  const labels = words.labels(what, b.entry.label);
  comparePractice(report, path, b.entry, a.entry, { start: labels.start, until: labels.until });
  compareFields(report, path, b.entry, a.entry, { label: labels.label, reason: labels.reason });
  if (Boolean(b.entry.up_to) !== Boolean(a.entry.up_to) && b.entry.period === a.entry.period) {
    report({
      kind: 'text.changed',
      path: [...path, 'up_to'],
      summary: words.upTo(what, retentionPeriod(a.entry.period, a.entry.up_to), retentionPeriod(b.entry.period, b.entry.up_to)),
      before: b.entry.up_to,
      after: a.entry.up_to,
    });
  }
  if (b.entry.then !== a.entry.then) {
    report({
      kind: 'text.changed',
      path: [...path, 'then'],
      summary: words.then(what, a.entry.then),
      before: b.entry.then,
      after: a.entry.then,
    });
  }
}
