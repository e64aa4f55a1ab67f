/**
 * The bounds on a company's own Markdown: every input marked handles in quadratic time or with
 * deep recursion is refused by checkSource (rule section-body-renderable) with the section's
 * position, and everything within the bounds renders fast, whatever it holds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/build.js';
import { MAX_EMPHASIS_MARKERS, MAX_NESTING, MAX_WORD, markdownLimitProblem } from '../../src/render/markdown-limits.js';
import { checkSource } from '../../src/validate/index.js';
import { RUNAWAY_MS } from '../support/guards.js';

const minimal = readFileSync(new URL('../fixtures/good/minimal.yaml', import.meta.url), 'utf8');
const withBody = (body: string): string => `${minimal}sections:\n  - id: custom\n    title: Custom\n    body: ${JSON.stringify(body)}\n`;
const BODY_LINE = minimal.split('\n').length + 3;

/** Inputs that took marked seconds at the schema's 20,000 characters, before the bounds. */
const QUADRATIC: ReadonlyArray<readonly [string, string]> = [
  ['unclosed emphasis', ')*h'.repeat(6666)],
  ['mixed markers', '*a_'.repeat(6666)],
  ['intraword underscores', '_a'.repeat(10000)],
  ['strikethrough markers', 'w]~'.repeat(6666)],
  ['an email-like run', `${'a.'.repeat(9990)}@`],
  ['deep quotes', `${'> '.repeat(150)}x`],
  ['deep lists', Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
];

describe('markdownLimitProblem', () => {
  it.each(QUADRATIC)('refuses %s', (_, markdown) => {
    expect(markdownLimitProblem(markdown)).toMatch(/policyc (does not render it|renders at most)/);
  });

  it('accepts what real sections hold: bold phrases, snake_case, long URLs, nested lists', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `We keep **item ${i}** and _note_ it in \`field_${i}\`.`).join(' ');
    const list = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const url = `https://example.com/${'a'.repeat(500)}?utm_source=x`;
    expect(markdownLimitProblem(`${prose}\n\n${list}\n\n[link](${url})`)).toBeUndefined();
  });

  it('counts markers per paragraph, and escaped markers not at all', () => {
    const paragraph = '*a* '.repeat(MAX_EMPHASIS_MARKERS / 2);
    expect(markdownLimitProblem(`${paragraph}\n\n${paragraph}`)).toBeUndefined();
    expect(markdownLimitProblem(`${paragraph}*a*`)).toMatch(`${MAX_EMPHASIS_MARKERS + 2} emphasis markers`);
    expect(markdownLimitProblem('\\* '.repeat(2500))).toBeUndefined();
  });

  it('names the limits it holds to', () => {
    expect(markdownLimitProblem('x'.repeat(MAX_WORD))).toBeUndefined();
    expect(markdownLimitProblem('x'.repeat(MAX_WORD + 1))).toBe(
      `The Markdown has a run of ${MAX_WORD + 1} characters without a space; policyc renders at most ${MAX_WORD}.`,
    );
    expect(markdownLimitProblem(`${'> '.repeat(MAX_NESTING + 1)}x`)).toMatch(`more than ${MAX_NESTING} levels deep`);
  });
});

describe('checkSource refuses a section body beyond the bounds', () => {
  it.each(QUADRATIC)('%s: an error at sections[0].body, fast', (_, body) => {
    const started = performance.now();
    const { policy, diagnostics } = checkSource(withBody(body), 'privacy.yaml');
    expect(policy).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'section-body-renderable', severity: 'error', line: BODY_LINE, column: 11, path: ['sections', 0, 'body'] }),
    ]);
    expect(performance.now() - started).toBeLessThan(RUNAWAY_MS);
  });

  it('and the worst bodies within the bounds build in well under a second', () => {
    const bodies = [
      `${')*h'.repeat(MAX_EMPHASIS_MARKERS)}${' b'.repeat(9000)}`,
      `${'*a_'.repeat(MAX_EMPHASIS_MARKERS / 2)}${' b'.repeat(9000)}`,
      `${'a.'.repeat(MAX_WORD / 2 - 1)}@ `.repeat(9),
      '=\n'.repeat(9000),
    ];
    for (const body of bodies) {
      const { policy, diagnostics } = checkSource(withBody(body), 'privacy.yaml');
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const started = performance.now();
      buildPolicy(policy!);
      // Measured at about 0.1 s on one core; the bound catches a return of the quadratic cases.
      expect(performance.now() - started).toBeLessThan(RUNAWAY_MS / 4);
    }
  });
});
