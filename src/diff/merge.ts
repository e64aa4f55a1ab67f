import { levelRank } from './levels.js';
import { say } from './say.js';
import type { Cause, Change } from './types.js';

/**
 * One real change, one line. The checks compare field by field, so one decision of the company
 * (an exception added to every retention entry, a new address used by several contacts, a
 * subprocessor in a new country) can reach several fields; these rules, applied in order to the
 * list of changes, make each such decision one line with its particulars listed under it, and
 * leave every place of the policy with one verdict. docs/diff.md lists them from here.
 */

/** A change as a check reported it, with the cause it may share with others. */
export interface Draft extends Change {
  cause?: Cause;
}

export interface MergeRule {
  id: string;
  /** For docs/diff.md: which changes the rule merges, and how the line reads. */
  description: string;
  apply(changes: readonly Draft[]): Draft[];
}

/** `lead` with `others` listed under it: the highest level of them all, every path kept. */
function fold(lead: Draft, others: readonly Draft[], summary: string = lead.summary, own: readonly string[] = []): Draft {
  const all = [lead, ...others];
  const details = unique([...(lead.details ?? []), ...own, ...others.flatMap((o) => [o.summary, ...(o.details ?? [])])]).filter((d) => d !== summary);
  const paths = unique(all.flatMap((c) => c.paths ?? [c.path]));
  const merged: Draft = { ...lead, level: highest(all), summary };
  if (details.length > 0) merged.details = details;
  if (paths.length > 1) merged.paths = paths;
  return merged;
}

function highest(changes: readonly Change[]): Change['level'] {
  return changes.reduce<Change['level']>((best, c) => (levelRank(c.level) < levelRank(best) ? c.level : best), 'editorial');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Where a change is: the new file, or the old one for something that is gone. */
function place(change: Change): string {
  return `${change.after === null && change.before !== null ? 'old' : 'new'}:${change.path}`;
}

/** The list item a path is in (`subprocessors[3]`), or the path itself outside lists. */
function itemOf(path: string): string {
  const match = /^[^[]*\[\d+\]/.exec(path);
  return match ? match[0] : path;
}

/** Contains or is contained in: `subprocessors[3]` and `subprocessors[3].location`. */
function within(path: string, item: string): boolean {
  return path === item || path.startsWith(`${item}.`) || path.startsWith(`${item}[`) || item.startsWith(`${path}.`) || item.startsWith(`${path}[`);
}

/**
 * What a free-text field belongs to: the list item, or the area for an area whose fields all
 * describe one practice (`transfers`, `cookies`). `controller`, `rights` and `policy` hold fields
 * about different things (an address beside a description), so their wording stays apart.
 */
function entityOf(path: string): string | undefined {
  const item = /^[^[]*\[\d+\]/.exec(path)?.[0];
  if (item) return item;
  const area = path.split('.')[0] as string;
  return SEPARATE_AREAS.has(area) ? undefined : area;
}

const SEPARATE_AREAS: ReadonlySet<string> = new Set([
  'controller',
  'rights',
  'policy',
  'contact',
  'effective_date',
  'last_updated',
  'jurisdictions',
  'other_laws',
]);

export const MERGE_RULES: readonly MergeRule[] = [
  {
    id: 'shared-cause',
    description:
      'Changes a check marks with the same cause become one line that names the cause, with each place it reaches listed under it: an exception added to several retention entries, a new address used by several contacts, several rights given or taken under one law, a service provider that takes over the job of another with the same data (one line naming both), the same words of a practice replaced by the same new words in several places.',
    apply(changes) {
      const groups = new Map<string, Draft[]>();
      for (const c of changes) if (c.cause) groups.set(c.cause.key, [...(groups.get(c.cause.key) ?? []), c]);
      const out: Draft[] = [];
      for (const c of changes) {
        const group = c.cause ? (groups.get(c.cause.key) as Draft[]) : [c];
        if (group.length === 1) out.push(c);
        else if (group[0] === c) {
          // The line names the cause; each change it stands for gives one particular under it.
          const merged = fold(
            { ...c, details: undefined, level: highest(group) },
            [],
            c.cause?.summary,
            group.map((g) => g.cause?.detail ?? g.summary),
          );
          // Paths name places in both files when the group spans them: `paths` says so even when
          // the two strings are alike (a provider replaced at the same position).
          const paths = unique(group.map((g) => g.path));
          if (paths.length > 1 || group.some((g) => !sameSide(g, c))) merged.paths = paths;
          out.push(merged);
        }
      }
      return out;
    },
  },
  {
    id: 'country-with-its-recipient',
    description:
      'A country new to the policy (or gone from it) because of one service provider, recipient or storage location is said under that change ("Your data may now be processed in Ireland."), not as a line of its own.',
    apply(changes) {
      return foldUnder(changes, (c) => {
        if (c.kind !== 'transfer.country_added' && c.kind !== 'transfer.country_removed') return undefined;
        const item = /^transfers\.storage/.test(c.path) ? 'transfers.storage' : itemOf(c.path);
        return changes.find((o) => o !== c && !o.kind.startsWith('transfer.country_') && o.level !== 'editorial' && sameSide(o, c) && within(o.path, item));
      });
    },
  },
  {
    id: 'data-with-its-purpose',
    description:
      'A category of data new to the policy that only a new purpose uses is said under that purpose ("We now use … for a new purpose: …", with "We now collect a new category of data, …" under it), and a category gone with the only purpose that used it likewise: the data came (or went) with the use.',
    apply(changes) {
      return foldUnder(changes, (c) => {
        const added = c.kind === 'data_category.added';
        if (!added && c.kind !== 'data_category.removed') return undefined;
        const id = idOf(added ? c.after : c.before);
        // Any other purpose taking it up (or giving it up) shows as a change of that purpose.
        const kinds = added ? ['purpose.added', 'purpose.data_added'] : ['purpose.removed', 'purpose.data_removed'];
        const users = changes.filter((o) => kinds.includes(o.kind) && dataChanged(o, id, added));
        return users.length === 1 && users[0]?.kind === kinds[0] ? users[0] : undefined;
      });
    },
  },
  {
    id: 'wording-follows-practice',
    description:
      'A rewording (`text.changed`) of the same list item or area as a change of practice, or a reworded practice (`practice.reworded`) beside a material change of it, is listed under that change ("We also reworded the note on international transfers."): the words changed because the practice did. Not in `controller`, `contact`, `rights` and `policy`, whose fields are about different things.',
    apply(changes) {
      return foldUnder(
        changes,
        (c) => {
          if (c.kind !== 'text.changed' && c.kind !== 'practice.reworded') return undefined;
          const entity = entityOf(c.path);
          if (entity === undefined) return undefined;
          // Wording goes under any change of practice; a reworded practice only under a material one.
          const under = (o: Draft): boolean => (c.kind === 'text.changed' ? o.level !== 'editorial' : o.level === 'material');
          return changes.find(
            (o) => o !== c && o.kind !== 'text.changed' && o.kind !== 'practice.reworded' && under(o) && entityOf(o.path) === entity && sameSide(o, c),
          );
        },
        alsoSaid,
      );
    },
  },
  {
    id: 'one-verdict-per-place',
    description:
      'Each place of the policy (a path, in the new file or in the old one for something removed) gets one line: when several changes are found there (an entry whose categories changed in different ways), the most important leads and the others are listed under it, so a notice never says two different things about one place.',
    apply(changes) {
      const byPlace = new Map<string, Draft[]>();
      for (const c of changes) byPlace.set(place(c), [...(byPlace.get(place(c)) ?? []), c]);
      const out: Draft[] = [];
      for (const c of changes) {
        const group = byPlace.get(place(c)) as Draft[];
        if (group.length === 1) out.push(c);
        else if (group[0] === c) {
          const lead = group.reduce((best, g) => (levelRank(g.level) < levelRank(best.level) ? g : best), c);
          out.push(
            fold(
              lead,
              group.filter((g) => g !== lead),
            ),
          );
        }
      }
      return out;
    },
  },
];

/**
 * Each change for which `under` names another is listed under that one (its summary, through
 * `said`, becomes a detail) and is no line of its own.
 */
function foldUnder(changes: readonly Draft[], under: (change: Draft) => Draft | undefined, said: (summary: string) => string = (summary) => summary): Draft[] {
  const folded = new Map<Draft, Draft[]>();
  const moved = new Set<Draft>();
  for (const c of changes) {
    const target = under(c);
    if (!target) continue;
    folded.set(target, [...(folded.get(target) ?? []), { ...c, summary: said(c.summary) }]);
    moved.add(c);
  }
  return changes.filter((c) => !moved.has(c)).map((c) => (folded.has(c) ? fold(c, folded.get(c) as Draft[]) : c));
}

/** The `id` of a list item's value, when it has one. */
function idOf(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The categories a purpose's value names. */
function categoriesOf(value: unknown): string[] {
  const list = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { data_categories?: unknown }).data_categories : undefined;
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
}

/** Whether a purpose's change takes up (or gives up) category `id`. */
function dataChanged(change: Draft, id: string | undefined, added: boolean): boolean {
  if (id === undefined) return false;
  if (change.kind === 'purpose.added' || change.kind === 'purpose.removed') return categoriesOf(added ? change.after : change.before).includes(id);
  const before = Array.isArray(change.before) ? change.before : [];
  const after = Array.isArray(change.after) ? change.after : [];
  return added ? after.includes(id) && !before.includes(id) : before.includes(id) && !after.includes(id);
}

/** Both in the new file, or both about something that is gone. */
function sameSide(a: Change, b: Change): boolean {
  return place(a).startsWith('old:') === place(b).startsWith('old:');
}

/** "We reworded the note." as an aside under a change: "We also reworded the note." */
function alsoSaid(summary: string): string {
  return say().wording.also(summary);
}

/** Every rule in order; what comes out has one line per real change and one verdict per place. */
export function mergeChanges(changes: readonly Draft[]): Change[] {
  let out = [...changes];
  for (const rule of MERGE_RULES) out = rule.apply(out);
  return out.map(({ cause: _cause, ...change }) => change);
}
