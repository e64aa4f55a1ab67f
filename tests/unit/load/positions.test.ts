import { describe, expect, it } from 'vitest';
import { parseSubset } from '../../../src/load/fast/subset-parser.js';
import { DEFAULT_LIMITS, lineStartsOf, loadYaml, spanOf, type SourceMap } from '../../../src/load/index.js';
import { loadWithYamlLibrary } from '../../../src/load/yaml-library.js';

const SOURCE = [
  'controller:', //                      1
  '  name: Example Ltd', //              2
  '  email:', //                         3
  'purposes:', //                        4
  '  - id: service', //                  5
  '    data_categories: [account, usage]', // 6
  '  - id: ads', //                      7
  '    lawful_basis: consent', //        8
  'version: 1.0', //                     9
  'long: |', //                          10
  '  first line', //                     11
  '  second line', //                    12
  '',
].join('\n');

/** The two implementations of SourceMap, which must answer alike. */
function sourceMaps(source: string): Array<[string, SourceMap]> {
  const subset = parseSubset(source, DEFAULT_LIMITS);
  const library = loadWithYamlLibrary(source, 'privacy.yaml', DEFAULT_LIMITS).sourceMap;
  if (!subset || !library) throw new Error('fixture did not parse');
  return [
    ['subset parser', subset.sourceMap],
    ['yaml library', library],
  ];
}

describe.each(sourceMaps(SOURCE))('SourceMap of the %s', (_, sourceMap) => {
  const at = (path: Array<string | number>, onKey?: boolean) => sourceMap.locate(path, { onKey });

  it('points at a value, with its end on the same line', () => {
    expect(at(['controller', 'name'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 20 });
  });

  it('points at the key instead when asked (unknown keys)', () => {
    expect(at(['controller', 'name'], true)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 7 });
  });

  it('points at the key of an empty value, which has no extent of its own', () => {
    expect(at(['controller', 'email'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 8 });
    expect(at(['controller', 'email', 'deeper'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 8 });
  });

  it('finds items of nested lists, block and flow', () => {
    expect(at(['purposes', 1, 'lawful_basis'])).toEqual({ line: 8, column: 19, endLine: 8, endColumn: 26 });
    expect(at(['purposes', 0, 'data_categories', 1])).toEqual({ line: 6, column: 32, endLine: 6, endColumn: 37 });
  });

  it('points at a list item mapping by its first key, without an end for a collection', () => {
    expect(at(['purposes', 1])).toEqual({ line: 7, column: 5 });
    expect(at(['purposes', 0, 'data_categories'])).toEqual({ line: 6, column: 22 });
  });

  it('falls back to the nearest existing ancestor for a missing key or index', () => {
    expect(at(['purposes', 1, 'data_categories'])).toEqual({ line: 7, column: 5 });
    expect(at(['purposes', 9, 'id'])).toEqual({ line: 5, column: 3 });
    expect(at(['purposes', '0', 'id'])).toEqual({ line: 5, column: 3 });
    expect(at(['nowhere', 'deeper'])).toEqual({ line: 1, column: 1 });
  });

  it('gives no end for a value that spans lines', () => {
    expect(at(['long'])).toEqual({ line: 10, column: 7 });
  });

  it('points at the root for an empty path', () => {
    expect(at([])).toEqual({ line: 1, column: 1 });
  });

  it('returns a scalar as written, so 1.0 is not shown as 1', () => {
    expect(sourceMap.sourceAt(['version'])).toBe('1.0');
    expect(sourceMap.sourceAt(['controller', 'name'])).toBe('Example Ltd');
    expect(sourceMap.sourceAt(['controller', 'email'])).toBe('');
    expect(sourceMap.sourceAt(['long'])).toBe('first line\nsecond line\n');
  });

  it('returns nothing for collections or missing paths', () => {
    expect(sourceMap.sourceAt(['controller'])).toBeUndefined();
    expect(sourceMap.sourceAt(['missing'])).toBeUndefined();
    expect(sourceMap.sourceAt(['version', 'deeper'])).toBeUndefined();
  });
});

describe('SourceMap of a file with aliases (the yaml library)', () => {
  const { sourceMap } = loadYaml('alias: &a {x: 1}\ncopy: *a\n', 'privacy.yaml');

  it('stops at an alias: the place the user wrote it', () => {
    expect(sourceMap?.locate(['copy', 'x'])).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 9 });
  });
});

describe('spanOf', () => {
  const lineStarts = lineStartsOf(SOURCE);

  it('keeps the end only when it is on the start line', () => {
    expect(spanOf(lineStarts, 0, 10)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 11 });
    expect(spanOf(lineStarts, 0, 20)).toEqual({ line: 1, column: 1 });
    expect(spanOf(lineStarts, 5)).toEqual({ line: 1, column: 6 });
  });

  it('counts a line start as column 1 of its line', () => {
    expect(spanOf(lineStarts, 12)).toEqual({ line: 2, column: 1 });
    expect(spanOf(lineStarts, 11)).toEqual({ line: 1, column: 12 });
  });
});
