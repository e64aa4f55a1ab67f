import { describe, expect, it } from 'vitest';
import { loadYaml, locate, sourceAt, spanOf } from '../../../src/load/index.js';

const SOURCE = [
  'controller:', //                      1
  '  name: Example Ltd', //              2
  '  email:', //                         3
  'purposes:', //                        4
  '  - id: service', //                  5
  '    data_categories: [account, usage]', // 6
  '  - id: ads', //                      7
  '    lawful_basis: consent', //        8
  'alias: &a {x: 1}', //                 9
  'copy: *a', //                         10
  'version: 1.0', //                     11
  'long: |', //                          12
  '  first line', //                     13
  '  second line', //                    14
  '',
].join('\n');

const { document, lineCounter } = loadYaml(SOURCE, 'privacy.yaml');
if (!document || !lineCounter) throw new Error('fixture did not parse');
const at = (path: Array<string | number>, onKey?: boolean) => locate(document, lineCounter, path, { onKey });

describe('locate', () => {
  it('points at a value, with its end on the same line', () => {
    expect(at(['controller', 'name'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 20 });
  });

  it('points at the key instead when asked (unknown keys)', () => {
    expect(at(['controller', 'name'], true)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 7 });
  });

  it('points at the key of an empty value, which has no extent of its own', () => {
    expect(at(['controller', 'email'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 8 });
  });

  it('finds items of nested lists, block and flow', () => {
    expect(at(['purposes', 1, 'lawful_basis'])).toEqual({ line: 8, column: 19, endLine: 8, endColumn: 26 });
    expect(at(['purposes', 0, 'data_categories', 1])).toEqual({ line: 6, column: 32, endLine: 6, endColumn: 37 });
  });

  it('points at a list item mapping by its first key, without an end for a collection', () => {
    expect(at(['purposes', 1])).toEqual({ line: 7, column: 5 });
  });

  it('falls back to the nearest existing ancestor for a missing key or index', () => {
    expect(at(['purposes', 1, 'data_categories'])).toEqual({ line: 7, column: 5 });
    expect(at(['purposes', 9, 'id'])).toEqual({ line: 5, column: 3 });
    expect(at(['nowhere', 'deeper'])).toEqual({ line: 1, column: 1 });
  });

  it('stops at an alias: the place the user wrote it', () => {
    expect(at(['copy', 'x'])).toEqual({ line: 10, column: 7, endLine: 10, endColumn: 9 });
  });

  it('gives no end for a value that spans lines', () => {
    expect(at(['long'])).toEqual({ line: 12, column: 7 });
  });

  it('points at the root for an empty path', () => {
    expect(at([])).toEqual({ line: 1, column: 1 });
  });
});

describe('sourceAt', () => {
  it('returns a scalar as written, so 1.0 is not shown as 1', () => {
    expect(sourceAt(document, ['version'])).toBe('1.0');
    expect(sourceAt(document, ['controller', 'name'])).toBe('Example Ltd');
  });

  it('returns nothing for collections or missing paths', () => {
    expect(sourceAt(document, ['controller'])).toBeUndefined();
    expect(sourceAt(document, ['missing'])).toBeUndefined();
  });
});

describe('spanOf', () => {
  it('keeps the end only when it is on the start line', () => {
    expect(spanOf(lineCounter, 0, 10)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 11 });
    expect(spanOf(lineCounter, 0, 20)).toEqual({ line: 1, column: 1 });
    expect(spanOf(lineCounter, 5)).toEqual({ line: 1, column: 6 });
  });
});
