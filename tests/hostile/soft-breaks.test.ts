/** Plain text of a long run of blanks: linear time, and the same result as the old expression. */
import fc from 'fast-check';
import type { Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/render/inline-text.js';

const text = (raw: string): string => inlineText([{ type: 'text', raw, text: raw } as Token], { urls: false });

describe('soft line breaks in plain text', () => {
  it('join lines with one space, dropping the blanks around each break', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n', 'a', 'b') }), (raw) => {
        expect(text(raw)).toBe(raw.replace(/[ \t]*\r?\n[ \t]*/g, ' '));
      }),
      { numRuns: 500 },
    );
  });

  it('take linear time on 100,000 tabs', () => {
    const started = performance.now();
    expect(text(`a${'\t'.repeat(100_000)}b\nc`)).toBe(`a${'\t'.repeat(100_000)}b c`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
