import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/render/wrap.js';

/**
 * Greedy filling as the documentation of `wrap` states it, word by word, for text of one column a
 * UTF-16 unit: blanks collapse, a newline breaks, a word longer than the line is cut unless it is
 * an address.
 */
function reference(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const add = (piece: string, spaced: boolean): void => {
      if (line === '') line = piece;
      else if (line.length + (spaced ? 1 : 0) + piece.length > width) {
        lines.push(line);
        line = piece;
      } else line += (spaced ? ' ' : '') + piece;
    };
    for (const word of paragraph.split(/[ \t\r]+/).filter((w) => w !== '')) {
      if (word.length <= width || /:\/\/|@|^\(?www\./i.test(word)) add(word, true);
      else for (let at = 0; at < word.length; at += Math.max(1, width)) add(word.slice(at, at + Math.max(1, width)), at === 0);
    }
    lines.push(line);
  }
  return lines;
}

describe('wrap, on text of narrow characters', () => {
  it('fills lines greedily, breaking only at blanks', () => {
    expect(wrap('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrap('aaa bbb ccc ddd', 8)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrap('aaa bbb ccc ddd', 11)).toEqual(['aaa bbb ccc', 'ddd']);
    expect(wrap('  aaa \t bbb  ', 20)).toEqual(['aaa bbb']);
    expect(wrap('', 10)).toEqual(['']);
    expect(wrap('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });

  it('cuts a word longer than a line, but never an address', () => {
    expect(wrap('see abcdefghij now', 4)).toEqual(['see', 'abcd', 'efgh', 'ij', 'now']);
    expect(wrap('see https://example.com/a/long/path now', 10)).toEqual(['see', 'https://example.com/a/long/path', 'now']);
    expect(wrap('mail privacy@example.com', 8)).toEqual(['mail', 'privacy@example.com']);
  });

  it('counts wide and zero-width characters by their columns', () => {
    expect(wrap('漢字漢字 ab', 4)).toEqual(['漢字', '漢字', 'ab']);
    expect(wrap('cafe\u0301 cafe\u0301', 9)).toEqual(['cafe\u0301 cafe\u0301']);
    expect(wrap('“quoted” — text', 8)).toEqual(['“quoted”', '— text']);
  });

  it('gives what filling word by word gives, for any text and width', () => {
    const units = ['a', 'bb', 'cccc', 'dddddddddd', '“é”', '—', '€', 'ÿ', ' ', ' ', ' ', '  ', '\t', '\r', '\n', 'x://y', '@', 'www.z'];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 20 }), (t, width) => {
        expect(wrap(t, width)).toEqual(reference(t, width));
      }),
      { numRuns: 3000 },
    );
  });
});
