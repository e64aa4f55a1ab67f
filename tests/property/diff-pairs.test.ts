/**
 * (c) Pairs of versions generated from the schema: a policy, and a second version that takes each
 * value (at every depth) from it or from another generated policy, with references to data
 * categories kept valid. Whatever changed, the diff gives each place one verdict, merges without
 * losing a change or lowering its level, and writes every line as one clean sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectChanges, diffPolicies } from '../../src/diff/diff.js';
import { changeKinds, LEVELS, type Change } from '../../src/diff/index.js';
import { levelRank } from '../../src/diff/levels.js';
import { withRenamedIds } from '../../src/diff/renamed-ids.js';
import { normalize } from '../../src/model/normalize.js';
import type { Policy } from '../../src/model/policy.generated.js';
import { occurrencesOf } from '../../src/rules/support/schema-refs.js';
import { RUNS, TIMEOUT } from './runs.js';
import { policyArbitrary } from './schema-arbitrary.js';

type Tree = unknown;

const isObject = (v: Tree): v is Record<string, Tree> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Each value from `a` or `b`, by the next bit; objects and lists mixed key by key, item by item. */
function mix(a: Tree, b: Tree, bits: () => boolean): Tree {
  if (isObject(a) && isObject(b)) {
    const out: Record<string, Tree> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const value = key in a && key in b ? mix(a[key], b[key], bits) : bits() ? a[key] : b[key];
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: Tree[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const value = i < a.length && i < b.length ? mix(a[i], b[i], bits) : bits() ? a[i] : b[i];
      if (value !== undefined) out.push(value);
    }
    return out;
  }
  return bits() ? a : b;
}

/** The second version: mixed from both, its category ids unique and every reference to one of them. */
function secondVersion(first: Record<string, unknown>, other: Record<string, unknown>, seed: readonly boolean[]): Policy {
  let n = 0;
  const bits = (): boolean => seed[n++ % seed.length] as boolean;
  const policy = structuredClone(mix(first, other, bits)) as Policy;
  const ids: string[] = [];
  policy.data_categories.forEach((c, i) => {
    c.id = ids.includes(c.id) ? `${c.id}_${i}` : c.id;
    ids.push(c.id);
  });
  for (const { path, value } of occurrencesOf(policy, 'id_list')) {
    if (!Array.isArray(value)) continue;
    const parent = path.slice(0, -1).reduce<Tree>((node, key) => (node as Record<string | number, Tree>)[key], policy) as Record<string | number, Tree>;
    // A version that collects nothing (`data_categories: []`) has no id to refer to.
    parent[path[path.length - 1] as string | number] =
      ids.length === 0 ? [] : [...new Set(value.map((id: unknown) => (ids.includes(id as string) ? id : ids[String(id).length % ids.length])))];
  }
  return policy;
}

/** Two generated policies per run, each diffed twice: slower than one build, so half the runs. */
const PAIR_RUNS = Math.ceil(RUNS / 2);

const pairs = fc.tuple(policyArbitrary(), policyArbitrary(), fc.array(fc.boolean(), { minLength: 1, maxLength: 64 })).map(([a, b, seed]) => ({
  before: a as unknown as Policy,
  after: secondVersion(a, b, seed),
}));

/** The new file, or the old one for something gone: the same path in both is two places. */
const place = (c: Change): string => `${c.after === null && c.before !== null ? 'old' : 'new'}:${c.path}`;

describe('pairs of generated versions', () => {
  it(
    'give each place one verdict, lose no change in merging, and write each line as one clean sentence',
    () => {
      fc.assert(
        fc.property(pairs, ({ before, after }) => {
          const { changes } = diffPolicies(before, after);
          // One verdict per place.
          const places = changes.map(place);
          expect(places.filter((p, i) => places.indexOf(p) !== i)).toEqual([]);
          for (const c of changes) {
            expect(changeKinds.has(c.kind)).toBe(true);
            expect(LEVELS).toContain(c.level);
            expect(c.summary.trim()).not.toBe('');
            for (const line of [c.summary, ...(c.details ?? [])]) expect(line).not.toMatch(/\bundefined\b|\[object Object\]|[^.]\.\.$/);
            expect(new Set(c.details).size).toBe(c.details?.length ?? 0);
            expect(c.details ?? []).not.toContain(c.summary);
          }
          // Merging keeps every change somewhere, at its level or above.
          const renamed = withRenamedIds(before, after) ?? before;
          const found = detectChanges(normalize(renamed), normalize(after), (kind) => changeKinds.get(kind)?.level ?? 'material');
          for (const f of found) {
            const carrier = changes.find((c) => (c.paths ?? [c.path]).includes(f.path) && (c.paths !== undefined || place(c) === place(f)));
            expect(carrier, `${f.kind} at ${f.path} was lost`).toBeDefined();
            expect(levelRank(carrier?.level ?? 'editorial')).toBeLessThanOrEqual(levelRank(f.level));
          }
          // A version compared with itself has nothing to say.
          expect(diffPolicies(after, structuredClone(after)).changes).toEqual([]);
        }),
        { numRuns: PAIR_RUNS },
      );
    },
    Math.max(TIMEOUT, PAIR_RUNS * 2_000),
  );
});
