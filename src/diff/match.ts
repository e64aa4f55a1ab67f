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

/** Items of a list of plain values gained and lost, ignoring order; each in its file's order. */
export function setDiff<T extends string | number>(before: readonly T[] | undefined, after: readonly T[] | undefined): { added: T[]; removed: T[] } {
  const old = new Set(before ?? []);
  const now = new Set(after ?? []);
  return { added: [...now].filter((v) => !old.has(v)), removed: [...old].filter((v) => !now.has(v)) };
}

/** JSON with sorted keys: equal values give equal strings whatever the key order in the YAML. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}

export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Equal as collections: a list of plain values compared without regard to order. */
export function sameSet(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const sorted = (list: readonly unknown[] | undefined): string[] => (list ?? []).map(canonical).sort();
  return same(sorted(a), sorted(b));
}
