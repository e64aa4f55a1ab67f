/**
 * Output amplification: a small valid file whose values are printed many times. An anchored list
 * of 1,000 category ids aliased into every purpose printed each name once per purpose (a 1 MB file
 * crashed a 256 MB heap, or wrote 1.2 GB); one long section body aliased into hundreds of sections
 * does the same. The render is bounded by a budget on printed characters, charged while rendering:
 * the build stops at the entry it was printing, says so at its line, exits 1 and writes nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/build.js';
import { MAX_PRINTED_CHARACTERS, RenderTooLargeError } from '../../src/render/budget.js';
import { checkSource } from '../../src/validate/index.js';
import { expectCleanFailure, policyc, root, scratch, snapshot } from './cli.js';

const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');

/** 1,000 categories with 200-character names, every one used by each of `purposes` purposes. */
function anchoredCategories(purposes: number): string {
  const ids = Array.from({ length: 1000 }, (_, i) => `c${i}`);
  const categories = ids.map((id) => `  - id: ${id}\n    name: ${id} ${'n'.repeat(200)}\n    examples: [x]\n    source: provided\n`).join('');
  const uses = Array.from(
    { length: purposes },
    (_, p) => `  - id: p${p}\n    name: Purpose ${p}\n    lawful_basis: contract\n    data_categories: ${p === 0 ? `&all [${ids.join(', ')}]` : '*all'}\n`,
  ).join('');
  return `controller:\n  name: Minimal Ltd\n  email: privacy@minimal.example\neffective_date: 2026-04-03\ndata_categories:\n${categories}purposes:\n${uses}retention:\n  - data_categories: *all\n    period: account_lifetime\n`;
}

/** One 20,000-character body aliased into 400 sections. */
function aliasedSections(): string {
  const body = `${'word '.repeat(3999)}end`;
  const sections = Array.from({ length: 400 }, (_, i) => `  - id: s${i}\n    title: Section ${i}\n    body: ${i === 0 ? `&body "${body}"` : '*body'}\n`).join(
    '',
  );
  return `${minimal}sections:\n${sections}`;
}

let dir: string;
beforeAll(() => {
  dir = scratch('hostile-amplification');
  writeFileSync(join(dir, 'categories.yaml'), anchoredCategories(30));
  writeFileSync(join(dir, 'sections.yaml'), aliasedSections());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('a policy that would print too much', () => {
  it.each([
    [
      'categories.yaml',
      /categories\.yaml:\d+:5 error The policy would print more than 4,000,000 characters of its values \(in the section 'use', at purposes\[\d+\]\)/,
    ],
    [
      'sections.yaml',
      /sections\.yaml:\d+:5 error The policy would print more than 4,000,000 characters of its values \(in the section 'sections', at sections\[\d+\]\)/,
    ],
  ])('%s: exit 1 at the entry being printed, nothing written, within a 256 MB heap', async (name, message) => {
    const out = join(dir, `out-${name}`);
    const run = await policyc(['build', join(dir, name), '-o', out]);
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(message);
    expect(snapshot(out).size).toBe(0);
  });
});

describe('the budget', () => {
  it('stops while rendering, at the entry being printed', () => {
    const { policy, sourceMap } = checkSource(anchoredCategories(3), 'p.yaml');
    const error = (() => {
      try {
        buildPolicy(policy!, { maxPrintedCharacters: 400_000 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RenderTooLargeError);
    const { path } = error as RenderTooLargeError;
    expect(path[0]).toBe('purposes');
    expect(sourceMap?.locate(path).line).toBeGreaterThan(4000);
  });

  it('leaves every example a hundredfold margin', () => {
    for (const name of ['sessionly', 'sessionsai', 'sessionlinked', 'opensession', 'sessionpix']) {
      const { policy } = checkSource(readFileSync(join(root, 'examples', name, 'privacy.yaml')), name);
      expect(() => buildPolicy(policy!, { maxPrintedCharacters: MAX_PRINTED_CHARACTERS / 100 })).not.toThrow();
    }
  });
});
