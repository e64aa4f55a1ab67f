/**
 * (b) Random damage to the five examples, structural (delete a key, change a type, swap values,
 * duplicate an item) and textual (insert characters, truncate at any byte): checkSource and
 * buildPolicy never throw, whatever they make of it. A few mutants also go through the real
 * binary, which must answer 0 or 1 (the file is readable), never 2 or a crash.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildPolicy } from '../../src/build.js';
import { checkSource } from '../../src/validate/index.js';
import { expectCleanFailure, policyc, root, scratch } from '../hostile/cli.js';
import { RUNS, TIMEOUT } from './runs.js';

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(join(root, 'examples', entry.name, 'privacy.yaml')));

type Tree = unknown;
type Key = string | number;

/** Every path to a value in a tree, the root excluded. */
function paths(tree: Tree, prefix: Key[] = []): Key[][] {
  if (tree === null || typeof tree !== 'object') return [];
  const entries: Array<[Key, Tree]> = Array.isArray(tree) ? tree.map((v, i) => [i, v]) : Object.entries(tree);
  return entries.flatMap(([key, value]) => [[...prefix, key], ...paths(value, [...prefix, key])]);
}

function parentOf(tree: Tree, path: readonly Key[]): Record<Key, Tree> {
  return path.slice(0, -1).reduce<Tree>((node, key) => (node as Record<Key, Tree>)[key], tree) as Record<Key, Tree>;
}

const ODD_VALUES: Tree[] = [null, 0, -1, 1e308, true, '', ' ', 'x'.repeat(6000), [], [[]], {}, { id: 'x' }, '<script>', '{{x}}', 'P-1D', '2026-02-30', 'ZZ'];

/** One structural mutation, chosen by index into the tree's paths. */
const structural = fc.record({
  kind: fc.constantFrom('delete', 'retype', 'swap', 'duplicate'),
  at: fc.nat(),
  other: fc.nat(),
  value: fc.constantFrom(...ODD_VALUES),
});

type Mutation = typeof structural extends fc.Arbitrary<infer T> ? T : never;

function mutate(tree: Tree, { kind, at, other, value }: Mutation): Tree {
  const all = paths(tree);
  if (all.length === 0) return tree;
  const path = all[at % all.length] as Key[];
  const parent = parentOf(tree, path);
  const key = path[path.length - 1] as Key;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (kind === 'retype') {
    parent[key] = value;
  } else if (kind === 'swap') {
    const second = all[other % all.length] as Key[];
    const otherParent = parentOf(tree, second);
    const otherKey = second[second.length - 1] as Key;
    // Swapping a value with one inside it would make a cycle; skip those.
    if (second.length > path.length && path.every((k, i) => second[i] === k)) return tree;
    if (path.length > second.length && second.every((k, i) => path[i] === k)) return tree;
    [parent[key], otherParent[otherKey]] = [otherParent[otherKey], parent[key]];
  } else if (Array.isArray(parent)) {
    parent.splice(key as number, 0, structuredClone(parent[key]));
  } else {
    parent[key] = [parent[key], structuredClone(parent[key])];
  }
  return tree;
}

/** Characters that break YAML, encodings and terminals, to insert anywhere. */
const INSERT = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u001b[2J',
    '\t',
    '\r',
    '\n',
    '  ',
    ':',
    '- ',
    '&a ',
    '*a',
    '!!js/function ',
    '"',
    "'",
    '{',
    '[',
    '#',
    '%YAML 1.1\n',
    '---\n',
    '\ufeff',
    '\u202e',
    '\ud800',
    '<<: *a\n',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
);

function checkAndBuild(source: string | Uint8Array): number {
  const result = checkSource(source, 'mutant.yaml');
  if (result.policy) buildPolicy(result.policy);
  return result.policy ? 0 : 1;
}

describe('mutated examples never make policyc throw', () => {
  it(
    'structural mutations',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: examples.length - 1 }), fc.array(structural, { minLength: 1, maxLength: 3 }), (which, mutations) => {
          let tree = parse((examples[which] as Buffer).toString('utf8')) as Tree;
          for (const mutation of mutations) tree = mutate(tree, mutation);
          expect(() => checkAndBuild(stringify(tree))).not.toThrow();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'characters inserted at random places',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: examples.length - 1 }), fc.array(fc.tuple(fc.nat(), INSERT), { minLength: 1, maxLength: 3 }), (which, inserts) => {
          let text = (examples[which] as Buffer).toString('utf8');
          for (const [at, insert] of inserts) {
            const offset = at % (text.length + 1);
            text = text.slice(0, offset) + insert + text.slice(offset);
          }
          expect(() => checkAndBuild(text)).not.toThrow();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'the file cut off at any byte, even inside a UTF-8 sequence',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: examples.length - 1 }), fc.nat(), (which, at) => {
          const bytes = examples[which] as Buffer;
          expect(() => checkAndBuild(new Uint8Array(bytes.subarray(0, at % (bytes.length + 1))))).not.toThrow();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('mutants through the real binary', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch('mutants');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exit 0 or 1, never 2, never a crash, for a handful of mutants', async () => {
    const mutants = fc.sample(fc.tuple(fc.nat({ max: examples.length - 1 }), fc.array(structural, { minLength: 1, maxLength: 3 }), fc.nat()), {
      numRuns: 6,
      seed: 8,
    });
    for (const [index, [which, mutations, cut]] of mutants.entries()) {
      let tree = parse((examples[which] as Buffer).toString('utf8')) as Tree;
      for (const mutation of mutations) tree = mutate(tree, mutation);
      const text = stringify(tree);
      // Every other mutant is also cut short.
      const file = join(dir, `mutant-${index}.yaml`);
      writeFileSync(file, index % 2 === 0 ? text : text.slice(0, cut % (text.length + 1)));
      const run = await policyc(['build', file, '-o', join(dir, `out-${index}`)]);
      if (run.code === 0) expect(run.signal).toBeNull();
      else expectCleanFailure(run, 1);
    }
  }, 120_000);
});
