import { describe, expect, it } from 'vitest';
import { blockScalarValue, doubleQuotedValue, resolvePlain, singleQuotedValue, unfoldLines } from '../../../src/load/fast/scalar-values.js';
import { parseSubset } from '../../../src/load/fast/subset-parser.js';
import { DEFAULT_LIMITS, loadYaml } from '../../../src/load/index.js';
import { loadWithYamlLibrary } from '../../../src/load/yaml-library.js';

/** What the general path makes of a text. */
const library = (text: string) => loadWithYamlLibrary(text, 'privacy.yaml', DEFAULT_LIMITS);

describe('plain scalars typed by the core schema, as yaml types them', () => {
  it.each([
    ['~', null],
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['nULL', 'nULL'],
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['tRUE', 'tRUE'],
    ['False', false],
    ['yes', 'yes'],
    ['NO', 'NO'],
    ['0', 0],
    ['-0', -0],
    ['+0', 0],
    ['007', 7],
    ['+12', 12],
    ['0o17', 15],
    ['0o8', '0o8'],
    ['0x1F', 31],
    ['0X1F', '0X1F'],
    ['0x', '0x'],
    ['1e3', 1000],
    ['-1.5E+3', -1500],
    ['.5', 0.5],
    ['5.', 5],
    ['1.0', 1],
    ['.inf', Number.POSITIVE_INFINITY],
    ['+.INF', Number.POSITIVE_INFINITY],
    ['-.Inf', Number.NEGATIVE_INFINITY],
    ['.nan', Number.NaN],
    ['.NaN', Number.NaN],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['12345678901234567890', 12345678901234567000],
    ['1_000', '1_000'],
    ['2026-04-07', '2026-04-07'],
    ['12:30', '12:30'],
    ['P90D', 'P90D'],
  ])('%s', (text, expected) => {
    expect(Object.is(resolvePlain(text), expected)).toBe(true);
    const { value } = library(`v: ${text}\n`);
    expect(Object.is((value as { v: unknown }).v, expected)).toBe(true);
  });
});

describe('quoted and folded text', () => {
  it('reads every double-quoted escape', () => {
    expect(doubleQuotedValue('"a\\tb\\n\\\\\\"\\/\\ \\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P"')).toBe('a\tb\n\\"/ \0\x07\b\x1b\f\r\v\u0085\u00a0\u2028\u2029');
    expect(doubleQuotedValue('"\\x41\\u00e9\\U0001F600\\uD800"')).toBe('Aé😀\uD800');
  });

  it('refuses escapes the library reports as invalid', () => {
    for (const bad of ['"\\q"', '"\\x4"', '"\\xZZ"', '"\\U00110000"']) expect(doubleQuotedValue(bad)).toBeUndefined();
  });

  it('folds double-quoted lines: a break is a space, an empty line a line feed, an escaped break nothing', () => {
    expect(doubleQuotedValue('"a  \n   b\n\n  c\\\n   d"')).toBe('a b\nc' + 'd');
  });

  it("reads '' inside single quotes as one quote, and folds lines", () => {
    expect(singleQuotedValue("it''s")).toBe("it's");
    expect(singleQuotedValue('  a \n  b\n\n\n  c  ')).toBe('  a b\n\nc  ');
  });

  it('folds plain lines as YAML 1.2 does', () => {
    expect(unfoldLines('one\n  two\n\n  three')).toBe('one two\nthree');
    expect(unfoldLines('one')).toBe('one');
  });

  it('chomps block scalars: clip one line break, strip none, keep all', () => {
    expect(blockScalarValue(true, '', 0, ['a', '', 'b'], 2)).toBe('a\n\nb\n');
    expect(blockScalarValue(true, '-', 0, ['a'], 2)).toBe('a');
    expect(blockScalarValue(true, '+', 1, ['a'], 2)).toBe('\na\n\n\n');
  });

  it('folds block scalars, keeping the breaks around more-indented lines', () => {
    expect(blockScalarValue(false, '', 0, ['a', 'b', '', 'c', '  d', 'e'], 0)).toBe('a b\nc\n  d\ne\n');
  });
});

describe('the subset parser takes ordinary policy YAML', () => {
  it.each([
    ['comments, a document start and nested mappings', '# policy\n---  # start\ncontroller:\n  name: Example Ltd  # trailing\n  address:\n    country: GB\n'],
    ['a list in its key’s column and list entries that are mappings', 'purposes:\n- id: a\n  data_categories: [x, y]\n-   id: b\n    name: B\n'],
    ['nested lists, under a lone dash', 'a:\n  -\n    - x\n    - y\n  -\n    k: v\n'],
    ['plain text folded over lines', 'a: one\n  two\n\n  three # comment\nb: x\n'],
    ['quoted text over lines, and quoted keys', 'a: "one\n  two\\\n  three"\n\'b c\': \'it\'\'s\n\n  here\'\n"d": ""\n'],
    ['block scalars', 'a: |\n  line\n    more\n\n  last\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  kept\n\nd: x\n'],
    ['empty values and flow collections', 'a:\nb: []\nc: {}\nd: [ "q" , \'r\', 1, .inf ]\ne: ~\n'],
  ])('%s', (_, text) => {
    const subset = parseSubset(text, DEFAULT_LIMITS);
    expect(subset).toBeDefined();
    expect(subset?.value).toEqual(library(text).value);
    expect(library(text).diagnostics).toEqual([]);
  });
});

describe('the subset parser leaves everything else to the yaml library', () => {
  it.each([
    ['a tab', 'a:\n\tb: 1\n'],
    ['a tab inside text', 'a: x\ty\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a byte order mark inside', 'a: \uFEFFx\n'],
    ['a control character', 'a: x\u001by\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a complex key', '? a\n: b\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['keys that are equal as values', '1: a\n1.0: b\n'],
    ['a __proto__ key', '__proto__:\n  x: 1\n'],
    ['a merge key', 'a:\n  <<: {}\n'],
    ['a space before the colon', 'a : 1\n'],
    ['a key over 1000 characters', `${'k'.repeat(1001)}: 1\n`],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a flow collection over lines', 'a: [x,\n  y]\n'],
    ['a flow mapping with entries', 'a: {b: 1}\n'],
    ['nested flow collections', 'a: [[x]]\n'],
    ['a trailing comma', 'a: [x, ]\n'],
    ['a pair in a flow sequence', 'a: [x: y]\n'],
    ['an empty list entry', 'a:\n  -\n  - x\n'],
    ['a list in a list on one line', 'a:\n  - - x\n'],
    ['a root list', '- a\n- b\n'],
    ['a root scalar', 'just text\n'],
    ['an indented root', '  a: 1\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['an invalid escape', 'a: "\\q"\n'],
    ['an unclosed quote', 'a: "x\nb: 1\n'],
    ['quoted text continued too little indented', 'a:\n  b: "x\n  y"\n'],
    ['plain text continued too little indented', 'a:\n  b: x\n  y\n'],
    ['a key continued over lines', 'a\n  b: 1\n'],
    ['a block scalar without content', 'a: |\nb: 1\n'],
    ['a block scalar that ends the file without a line break', 'a: |\n  x'],
    ['a block scalar with a longer empty line', 'a: |\n  x\n     \n  y\n'],
    ['a value after a list entry mapping too far left', 'a:\n  - b: 1\n   c: 2\n'],
    ['text that starts with an indicator', 'a: @x\n'],
    ['a mapping on the line of its key', 'a: b: c\n'],
  ])('%s', (_, text) => {
    expect(parseSubset(text, DEFAULT_LIMITS)).toBeUndefined();
    // Whatever the library makes of it (a value, or diagnostics), loadYaml gives exactly that.
    const loaded = loadYaml(text, 'privacy.yaml');
    const general = library(text);
    expect(loaded.diagnostics).toEqual(general.diagnostics);
    expect(loaded.value).toEqual(general.value);
  });

  it('declines nesting within two levels of maxDepth, and more lexemes than maxTokens', () => {
    const nested = 'a:\n  b:\n    c:\n      d: 1\n';
    expect(parseSubset(nested, { ...DEFAULT_LIMITS, maxDepth: 5 })).toBeUndefined();
    expect(parseSubset(nested, { ...DEFAULT_LIMITS, maxDepth: 6 })).toBeDefined();
    const tokens = parseSubset(nested, DEFAULT_LIMITS)?.tokens as number;
    expect(parseSubset(nested, { ...DEFAULT_LIMITS, maxTokens: tokens - 1 })).toBeUndefined();
    expect(parseSubset(nested, { ...DEFAULT_LIMITS, maxTokens: tokens })).toBeDefined();
  });

  it('never throws, even deep inside a long document', () => {
    const deep = Array.from({ length: 4000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    expect(parseSubset(deep, DEFAULT_LIMITS)).toBeUndefined();
  });
});
