import { distance } from 'fastest-levenshtein';
/**
 * Pairing the two versions of a list by identity, so that reordering is never a change: items
 * are matched by key (an id, a name), not by position.
 */
export interface Indexed<T> {
  item: T;
  index: number;
}

export interface Kept<T> {
  before: T;
  after: T;
  beforeIndex: number;
  afterIndex: number;
}

export interface Pairing<T> {
  /** In the new file's order. */
  added: Array<Indexed<T>>;
  /** In the old file's order. */
  removed: Array<Indexed<T>>;
  /** In the new file's order. */
  kept: Array<Kept<T>>;
}

export function pairBy<T>(before: readonly T[] | undefined, after: readonly T[] | undefined, key: (item: T) => string): Pairing<T> {
  const old = keyed(before ?? [], key);
  const now = keyed(after ?? [], key);
  const pairing: Pairing<T> = { added: [], removed: [], kept: [] };
  for (const [k, entry] of now) {
    const match = old.get(k);
    if (match) pairing.kept.push({ before: match.item, after: entry.item, beforeIndex: match.index, afterIndex: entry.index });
    else pairing.added.push(entry);
  }
  for (const [k, entry] of old) if (!now.has(k)) pairing.removed.push(entry);
  return pairing;
}

/** A repeated key gets its occurrence number, so two same-named entries still pair up in order. */
function keyed<T>(items: readonly T[], key: (item: T) => string): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    map.set(n === 1 ? k : `${k}#${n}`, { item, index });
  });
  return map;
}

/**
 * Of the items gone and the items added, those that are one item under a new name: everything but
 * the name (`content`) is the same. Only an unambiguous match counts: one item gone and one added
 * with that content.
 */
export function pairRenamed<T>(pairs: Pairing<T>, content: (item: T) => string): Pairing<T> {
  const out: Pairing<T> = { added: [...pairs.added], removed: [], kept: [...pairs.kept] };
  for (const gone of pairs.removed) {
    const twins = out.added.filter((a) => content(a.item) === content(gone.item));
    const twin = twins.length === 1 && pairs.removed.filter((r) => content(r.item) === content(gone.item)).length === 1 ? twins[0] : undefined;
    if (twin === undefined) {
      out.removed.push(gone);
      continue;
    }
    out.added.splice(out.added.indexOf(twin), 1);
    out.kept.push({ before: gone.item, after: twin.item, beforeIndex: gone.index, afterIndex: twin.index });
  }
  out.kept.sort((a, b) => a.afterIndex - b.afterIndex);
  return out;
}

/** Items of a list of plain values gained and lost, ignoring order; each in its file's order. */
export function setDiff<T extends string | number>(before: readonly T[] | undefined, after: readonly T[] | undefined): { added: T[]; removed: T[] } {
  const old = new Set(before ?? []);
  const now = new Set(after ?? []);
  return { added: [...now].filter((v) => !old.has(v)), removed: [...old].filter((v) => !now.has(v)) };
}

/** JSON with sorted keys: equal values give equal strings whatever the key order in the YAML. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Equal as collections: a list of plain values compared without regard to order. */
export function sameSet(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const sorted = (list: readonly unknown[] | undefined): string[] => (list ?? []).map(canonical).sort();
  return same(sorted(a), sorted(b));
}

/**
 * Of the items one list lost and another gained, those that are the same item retyped: the same
 * words in other capitals or spacing, or a slip of a letter or two (`biography`, `biograpy`).
 * They are a correction, not one thing dropped and another added. Each item pairs at most once.
 */
export function pairRetyped(removed: readonly string[], added: readonly string[]): { retyped: Array<[string, string]>; removed: string[]; added: string[] } {
  const left = [...added];
  const retyped: Array<[string, string]> = [];
  const gone: string[] = [];
  for (const old of removed) {
    const norm = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const index = left.findIndex((now) => norm(now) === norm(old) || (Math.min(old.length, now.length) >= 5 && distance(norm(old), norm(now)) <= 2));
    if (index === -1) gone.push(old);
    else retyped.push([old, left.splice(index, 1)[0] as string]);
  }
  return { retyped, removed: gone, added: left };
}
