/**
 * The subset parser (src/load/fast) is an optimisation only, and this is the proof that it is
 * safe: whenever it accepts a file, the `yaml` library (the general path) must accept it too,
 * without a single diagnostic, and produce the same value (numbers compared with Object.is, keys
 * in the same order) and the same answers from `locate` and `sourceAt` for every path in the value,
 * for paths that run past it, on keys and on values; and its count of yaml's lexemes must be an
 * upper bound of the true count. Checked on every YAML file in the repository, on generated
 * documents in every style the subset has (and many it has not), and on damaged copies of both.
 * FUZZ_RUNS scales the number of generated documents.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexer } from 'yaml';
import type { Path } from '../../src/diagnostics.js';
import { KNOWN_SERVICES } from '../../src/init/catalog.js';
import { starterYaml } from '../../src/init/starter.js';
import { decodeSource } from '../../src/load/decode.js';
import { parseSubset } from '../../src/load/fast/subset-parser.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../../src/load/index.js';
import { loadWithYamlLibrary } from '../../src/load/yaml-library.js';
import { root } from '../hostile/cli.js';
import { RUNS, TIMEOUT } from './runs.js';

/** How many lexemes yaml's Lexer makes of a text: what `maxTokens` limits. */
function lexemes(text: string): number {
  let count = 0;
  for (const _ of new Lexer().lex(text)) count++;
  return count;
}

/** Every path to a node of a value, the root included. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

/** Deep equality with Object.is for primitives, the same prototypes, and keys in the same order. */
function sameTree(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length || aKeys.some((key, i) => key !== bKeys[i])) return false;
  return aKeys.every((key) => sameTree((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Runs both parsers on `text`; when the subset parser accepts it, asserts that it agrees with the
 * library in everything. Returns whether it accepted.
 */
function agrees(text: string, limits: LoadLimits = DEFAULT_LIMITS): boolean {
  const subset = parseSubset(text, limits);
  if (!subset) return false;
  const library = loadWithYamlLibrary(text, 'privacy.yaml', limits);
  const context = `for the text ${JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}…` : text)}`;
  expect(library.diagnostics, context).toEqual([]);
  // toEqual shows a readable difference; sameTree is the strict check (toStrictEqual trips over `constructor` keys).
  expect(subset.value, context).toEqual(library.value);
  expect(sameTree(subset.value, library.value), `${context}: numbers, prototypes or key order differ`).toBe(true);
  expect(subset.tokens, `${context}: the token bound`).toBeGreaterThanOrEqual(lexemes(text));
  const sourceMap = library.sourceMap;
  if (!sourceMap) throw new Error('the library gave no source map');
  for (const path of paths(library.value)) {
    for (const beyond of [[], ['missing'], [7], [0, 'deeper']]) {
      const at = [...path, ...beyond];
      for (const onKey of [false, true])
        expect(subset.sourceMap.locate(at, { onKey }), `${context}: locate ${JSON.stringify(at)} onKey ${onKey}`).toEqual(sourceMap.locate(at, { onKey }));
      expect(subset.sourceMap.sourceAt(at), `${context}: sourceAt ${JSON.stringify(at)}`).toBe(sourceMap.sourceAt(at));
    }
  }
  return true;
}

/** Every .yaml file under a folder of the repository. */
function yamlFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, folder, name))
    .filter((file) => /\.ya?ml$/.test(file) && statSync(file).isFile());
}

/** The file as text, as loadYaml decodes it; undefined for files that are not UTF-8. */
function textOf(file: string): string | undefined {
  const decoded = decodeSource(readFileSync(file));
  return 'text' in decoded ? decoded.text : undefined;
}

const EXAMPLES = readdirSync(join(root, 'examples')).map((name) => join(root, 'examples', name, 'privacy.yaml'));
const FILES = [...yamlFiles('examples'), ...yamlFiles('tests')].filter((file) => textOf(file) !== undefined);

describe('the subset parser on the repository', () => {
  it.each(FILES.map((file) => [relative(root, file), file]))('agrees with the yaml library on %s', (_, file) => {
    agrees(textOf(file) as string);
  });

  it.each([...EXAMPLES, ...yamlFiles('tests/fixtures/good')].map((file) => [relative(root, file), file]))(
    'accepts %s (otherwise it would optimise nothing)',
    (_, file) => {
      expect(agrees(textOf(file) as string)).toBe(true);
    },
  );

  it.each([
    ['no law, no services', [], []],
    ['the GDPR and every catalogued service', ['gdpr', 'uk_gdpr', 'ccpa'], KNOWN_SERVICES.map((s) => s.key)],
  ] as const)('accepts the starter `policyc init` writes, with %s', (_, jurisdictions, services) => {
    const text = starterYaml({
      company: "Acme 'Quoted' Ltd: #1",
      email: 'privacy@acme.test',
      country: 'IE',
      jurisdictions,
      services,
      effectiveDate: '2026-01-01',
    });
    expect(agrees(text)).toBe(true);
  });

  it('counts exactly the lexemes of the examples, so the bound refuses nothing the library would read', () => {
    for (const file of EXAMPLES) {
      const text = textOf(file) as string;
      expect(parseSubset(text, DEFAULT_LIMITS)?.tokens).toBe(lexemes(text));
    }
  });

  it('declines exactly when the library would refuse for tokens or depth, or earlier', () => {
    const text = textOf(join(root, 'examples/sessionlinked/privacy.yaml')) as string;
    const count = lexemes(text);
    expect(parseSubset(text, { ...DEFAULT_LIMITS, maxTokens: count - 1 })).toBeUndefined();
    expect(loadWithYamlLibrary(text, 'privacy.yaml', { ...DEFAULT_LIMITS, maxTokens: count - 1 }).diagnostics[0]?.code).toBe('yaml/too-many-tokens');
    expect(agrees(text, { ...DEFAULT_LIMITS, maxTokens: count })).toBe(true);
    for (let maxDepth = 0; maxDepth <= 6; maxDepth++) agrees(text, { ...DEFAULT_LIMITS, maxDepth });
  });

  it('reads a policy with a hundred times the entries, in time linear in its size', () => {
    const text = textOf(join(root, 'examples/sessionlinked/privacy.yaml')) as string;
    const lists = text.split(/\n(?=[a-z_]+:)/);
    const grown = lists
      .map((section) =>
        /^(data_categories|purposes|subprocessors|retention):/.test(section)
          ? section.replace(/^([a-z_]+:\n)([\s\S]*)$/, (_, head: string, body: string) => head + renamedCopies(body, 100))
          : section,
      )
      .join('\n');
    expect(grown.length).toBeGreaterThan(100 * 5000);
    const subset = parseSubset(grown, DEFAULT_LIMITS);
    expect(subset).toBeDefined();
    expect(subset?.tokens).toBe(lexemes(grown));
  });
});

/** The entries of a list, `times` times over, ids renamed so no key repeats in one mapping. */
function renamedCopies(body: string, times: number): string {
  return Array.from({ length: times }, (_, n) => body.replace(/(\bid: [a-z_]+)/g, `$1_${n}`)).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Generated documents

/** Plain scalars and keys: every type of the core schema and its near misses. */
const PLAIN = [
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'NO', 'on', 'off', 'y'],
  ...['0', '-0', '+0', '007', '12', '-12', '+12', '0o17', '0o8', '0x1F', '0x', '0xg', '0X1F', '1e3', '1E-3', '-1.5e+3', '.5', '5.', '1.0', '1.50', '-.5e2'],
  ...['-.inf', '+.INF', '.Inf', '.inf', '.nan', '.NaN', '.NAN', 'NaN', 'Infinity', '12345678901234567890', '1_000', '2026-04-07', '12:30', '1:2:3'],
  ...['a', 'word', 'two words', 'a:b', 'a :b', 'http://example.com/a?b=c#d', 'a#b', 'x,y', 'x]', 'x}', "it's", 'say "hi"', '-x', '--x', '-1', '.', '..'],
  ...['Ünïcödé', '日本語', '😀', 'a\u00a0b', 'a\u2028b', 'a\u0085b', 'constructor', 'toString', 'hasOwnProperty', 'a\\b'],
];
/** Text that is not a plain scalar, or not one the subset takes. */
const NOT_PLAIN = [
  'a: b',
  'a #b',
  '[x]',
  '{x',
  '---',
  '--- x',
  '-',
  '- x',
  '-[x]',
  '...',
  '... x',
  '?x',
  '? x',
  ':x',
  '@x',
  '`x',
  '%x',
  '!x',
  '!!str x',
  '&x',
  '*x',
  '|x',
  '>x',
  '<<',
  '__proto__',
  'tab\there',
];
/** Usually `usual`, now and then `unusual`: most documents stay in the subset, and all are different. */
const mostly = <T>(usual: readonly T[], unusual: readonly T[]): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 40 }, { arbitrary: fc.constantFrom(...unusual), weight: 1 });

const atom = mostly(PLAIN, NOT_PLAIN);

/** Pieces of double-quoted text: characters, every escape, and (rarely) escapes the library refuses. */
const DOUBLE_PIECES = [
  ...['a', 'b c', ' ', '  ', '#', ': ', "'", 'é', '😀'],
  ...['\\n', '\\t', '\\\\', '\\"', '\\/', '\\ ', '\\0', '\\a', '\\b', '\\e', '\\f', '\\r', '\\v', '\\N', '\\_', '\\L', '\\P'],
  ...['\\x41', '\\u00e9', '\\U0001F600', '\\uD800'],
];
const BAD_DOUBLE_PIECES = ['\\x4', '\\xZZ', '\\U00110000', '\\q', '\\'];
const doublePiece = mostly(DOUBLE_PIECES, BAD_DOUBLE_PIECES);

interface Lines {
  /** The lines of a scalar's text. */
  lines: string[];
  /** Per line after the first: its indentation relative to the least a continuation needs (-1 is too little). */
  shifts: number[];
  /** Per line after the first: empty lines before it, and whether they hold spaces. */
  gaps: number[];
}

const lines = (piece: fc.Arbitrary<string>): fc.Arbitrary<Lines> =>
  fc.record({
    lines: fc.array(piece, { minLength: 1, maxLength: 3 }),
    shifts: fc.array(mostly([0, 0, 0, 1, 2], [-1]), { minLength: 4, maxLength: 4 }),
    gaps: fc.array(fc.constantFrom(0, 0, 0, 0, 1, 2, 3), { minLength: 4, maxLength: 4 }),
  });

type Scalar =
  | { style: 'plain'; text: Lines }
  | { style: 'single'; text: Lines }
  | { style: 'double'; text: Lines }
  | { style: 'block'; header: string; text: Lines; leading: number; trailing: number; base: number }
  | { style: 'flow'; text: string }
  | { style: 'empty' };

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  {
    arbitrary: fc.record({ style: fc.constant('plain' as const), text: lines(fc.array(atom, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '))) }),
    weight: 5,
  },
  { arbitrary: fc.record({ style: fc.constant('single' as const), text: lines(atom.map((a) => a.replaceAll("'", "''"))) }), weight: 2 },
  { arbitrary: fc.record({ style: fc.constant('double' as const), text: lines(fc.array(doublePiece, { maxLength: 4 }).map((p) => p.join(''))) }), weight: 2 },
  {
    arbitrary: fc.record({
      style: fc.constant('block' as const),
      header: mostly(['|', '>', '|-', '>-', '|+', '>+', '| # note', '>-  #note'], ['|2', '>-1', '|-+', '|#x', '|x']),
      text: lines(mostly(['text', 'more words here', 'a: b', '# not a comment', '- item', 'x  ', '"quoted"'], [' indented', '  deeper'])),
      leading: fc.constantFrom(0, 0, 1, 2),
      trailing: fc.constantFrom(0, 0, 1, 2),
      base: fc.constantFrom(0, 1, 2),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      style: fc.constant('flow' as const),
      text: fc.oneof(
        mostly(['[]', '[ ]', '{}', '{ }', '[ a , b ]', '[a,b]'], ['[a, ]', '[a,,b]', '[a: b]', '{a: b}', '[[a]]', '[a] x', '[a]#x', '[a', '{']),
        fc
          .array(
            fc.oneof(
              atom,
              atom.map((a) => JSON.stringify(a)),
              atom.map((a) => `'${a.replaceAll("'", "''")}'`),
            ),
            { minLength: 1, maxLength: 4 },
          )
          .map((items) => `[${items.join(', ')}]`),
      ),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ style: 'empty' as const }), weight: 1 },
);

const key = fc.oneof(
  { arbitrary: atom, weight: 4 },
  { arbitrary: atom.map((a) => JSON.stringify(a)), weight: 1 },
  { arbitrary: atom.map((a) => `'${a.replaceAll("'", "''")}'`), weight: 1 },
);

/** What may come between two entries: nothing, empty lines, comment lines. */
const noise = fc.constantFrom('', '', '', '', '', '\n', '  \n', '# comment\n', '    # indented comment\n', '#\n');

/** A comment (or not) after a value. */
const trail = mostly(['', '', '', '', ' # note', '   #note', ' '], ['#no space']);

type Node =
  | { kind: 'scalar'; scalar: Scalar; trail: string }
  | { kind: 'map'; entries: Array<[string, Node, string]>; step: number }
  | { kind: 'seq'; items: Array<[Node, string]>; step: number };

const { node: nodeArbitrary } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthSize: 'small' }, fc.record({ kind: fc.constant('scalar' as const), scalar, trail }), tie('map'), tie('seq')),
  map: fc.record({
    kind: fc.constant('map' as const),
    entries: fc.array(fc.tuple(key, tie('node'), noise), { minLength: 1, maxLength: 3 }),
    step: mostly([1, 2, 2, 3, 4], [0]),
  }),
  seq: fc.record({
    kind: fc.constant('seq' as const),
    items: fc.array(fc.tuple(tie('node'), noise), { minLength: 1, maxLength: 3 }),
    step: fc.constantFrom(0, 0, 1, 2, 2, 3),
  }),
}));

const document = fc.record({
  head: mostly(['', '', '', '---\n', '--- # start\n', '# a comment\n\n', '\n---\n'], ['%YAML 1.2\n---\n', '--- x\n', '...\n']),
  entries: fc.array(fc.tuple(key, nodeArbitrary, noise), { minLength: 1, maxLength: 4 }),
  end: mostly(['', '', '\n', '# end\n'], ['...\n', '---\nb: 1\n']),
});

const pad = (n: number): string => ' '.repeat(Math.max(0, n));

/** A scalar's text from its first character on; `min` is the indentation its continuation lines need. */
function renderScalar(s: Scalar, min: number): string {
  if (s.style === 'empty') return '';
  if (s.style === 'flow') return s.text;
  const joined = (text: Lines, first: string, indentOf: (i: number) => number): string =>
    text.lines
      .map((line, i) => {
        if (i === 0) return first + line;
        const gap = text.gaps[i - 1] ?? 0;
        const empties = Array.from({ length: gap }, (_, g) => (gap === 3 && g === 0 ? `${pad(min + 1)}\n` : '\n')).join('');
        return `\n${empties}${pad(indentOf(i))}${line}`;
      })
      .join('');
  const continuation = (text: Lines) => (i: number) => min + (text.shifts[i - 1] ?? 0);
  if (s.style === 'plain') return joined(s.text, '', continuation(s.text));
  if (s.style === 'single') return `'${joined(s.text, '', continuation(s.text))}'`;
  if (s.style === 'double') return `"${joined(s.text, '', continuation(s.text))}"`;
  const indent = min + s.base;
  const body = s.text.lines
    .map((line, i) => `${'\n'.repeat(i > 0 ? (s.text.gaps[i - 1] ?? 0) : 0)}${pad(indent + Math.max(0, s.text.shifts[i] ?? 0))}${line}\n`)
    .join('');
  return `${s.header}\n${'\n'.repeat(s.leading)}${body}${'\n'.repeat(s.trailing)}`.replace(/\n$/, '');
}

/** A node as the value of a key, after `key:` (so beginning with a space or a line break). */
function renderValue(node: Node, column: number): string {
  if (node.kind === 'scalar') return node.scalar.style === 'empty' ? node.trail.trimEnd() : ` ${renderScalar(node.scalar, column + 1)}${node.trail}`;
  if (node.kind === 'map') return `\n${renderMap(node, column + node.step)}`;
  return `\n${renderSeq(node, column + node.step)}`;
}

function renderMap(node: Extract<Node, { kind: 'map' }>, column: number): string {
  return node.entries
    .map(([k, value, between]) => `${pad(column)}${k}:${renderValue(value, column)}\n${between}`)
    .join('')
    .replace(/\n$/, '');
}

function renderSeq(node: Extract<Node, { kind: 'seq' }>, column: number): string {
  return node.items
    .map(([item, between]) => {
      let text: string;
      if (item.kind === 'scalar') text = `${pad(column)}- ${renderScalar(item.scalar, column + 1)}${item.trail}`;
      else if (item.kind === 'map' && item.step !== 0) text = `${pad(column)}- ${renderMap(item, column + 2).slice(column + 2)}`;
      else if (item.kind === 'map') text = `${pad(column)}-\n${renderMap(item, column + 2)}`;
      else
        text = `${pad(column)}-${item.step === 0 ? ' ' : '\n'}${item.step === 0 ? renderSeq(item, column + 2).slice(column + 2) : renderSeq(item, column + item.step + 1)}`;
      return `${text}\n${between}`;
    })
    .join('')
    .replace(/\n$/, '');
}

const generatedText = document.map(({ head, entries, end }) => `${head}${renderMap({ kind: 'map', entries, step: 0 }, 0)}\n${end}`);

/** Damage: characters that matter to YAML, inserted or deleted anywhere. */
const damage = fc.array(
  fc.tuple(
    fc.nat(),
    fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\n',
        ':',
        ': ',
        '- ',
        '-',
        '#',
        ' #',
        '"',
        "'",
        '\\',
        '|',
        '>',
        '[',
        ']',
        ',',
        '{',
        '}',
        '&a ',
        '*a',
        '!',
        '?',
        '%',
        '---',
        '\t',
        '\r',
        'x',
        '0',
      ),
      fc.constant(''),
    ),
  ),
  { minLength: 1, maxLength: 3 },
);

function damaged(text: string, edits: ReadonlyArray<readonly [number, string]>): string {
  let out = text;
  for (const [at, insert] of edits) {
    const offset = at % (out.length + 1);
    out = insert ? out.slice(0, offset) + insert + out.slice(offset) : out.slice(0, offset) + out.slice(offset + 1);
  }
  return out;
}

describe('the subset parser on generated documents', () => {
  const runs = RUNS * 50;

  it(
    'agrees with the yaml library whenever it accepts, and accepts the plain ones',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(generatedText, (text) => {
          if (agrees(text)) accepted++;
        }),
        { numRuns: runs },
      );
      // The generator writes many irregular documents, but a good share must be in the subset.
      expect(accepted).toBeGreaterThan(runs / 10);
    },
    TIMEOUT,
  );

  it(
    'agrees with the yaml library on damaged documents',
    () => {
      fc.assert(
        fc.property(generatedText, damage, (text, edits) => {
          agrees(damaged(text, edits));
        }),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );

  it(
    'agrees with the yaml library on damaged examples',
    () => {
      const texts = EXAMPLES.map((file) => textOf(file) as string);
      fc.assert(
        fc.property(fc.nat({ max: texts.length - 1 }), damage, (which, edits) => {
          agrees(damaged(texts[which] as string, edits));
        }),
        // Each run compares every path of a whole example: a few suffice to cover the damage pool.
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );

  it(
    'agrees under small limits: it declines whatever the library would refuse for tokens or depth',
    () => {
      fc.assert(
        fc.property(generatedText, fc.nat({ max: 8 }), fc.nat({ max: 400 }), (text, maxDepth, maxTokens) => {
          agrees(text, { ...DEFAULT_LIMITS, maxDepth, maxTokens });
        }),
        { numRuns: runs / 5 },
      );
    },
    TIMEOUT,
  );
});
