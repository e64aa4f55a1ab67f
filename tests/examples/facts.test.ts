import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, type ExampleFacts, type Fact, type Pattern } from './facts.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const repoDir = new URL('../../', import.meta.url);

/**
 * Compare text, not layout: the plain text is wrapped (possibly after a hyphen) and the Markdown
 * escapes punctuation, neither of which changes what the policy says.
 */
function flatten(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/(\w-)\s+(?=\w)/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Strings match whatever the case: the clauses capitalize list items and sentence starts. */
function matches(text: string, pattern: Pattern): boolean {
  return typeof pattern === 'string' ? text.toLowerCase().includes(flatten(pattern).toLowerCase()) : pattern.test(text);
}

const output = (fact: Fact): Pattern => (typeof fact === 'object' && 'out' in fact ? fact.out : fact);
const inSeed = (fact: Fact): Pattern => (typeof fact === 'object' && 'seed' in fact ? fact.seed : fact);
const show = (p: Pattern): string => (typeof p === 'string' ? JSON.stringify(p) : String(p));

/**
 * The original's text. A Markdown original (a real policy as Open Terms Archive records it) loses
 * its emphasis markers, so a fact the company put partly in bold ("**Six** months") still reads
 * as it says it.
 */
function readOriginal(original: ExampleFacts['original']): string {
  if ('file' in original) return flatten(readFileSync(new URL(original.file, repoDir), 'utf8').replace(/\*\*|__/g, ''));
  const file = readdirSync(seedsDir).find((f) => f.startsWith(`${original.seed}_`));
  if (!file) throw new Error(`no seed ${original.seed}_*.txt in ${seedsDir.pathname}`);
  return flatten(readFileSync(new URL(file, seedsDir), 'utf8'));
}

describe.each(EXAMPLES.map((e) => [e.name, e] as const))('examples/%s', (name, { original, facts }) => {
  it('has 25 to 60 facts', () => {
    expect(facts.length).toBeGreaterThanOrEqual(25);
    expect(facts.length).toBeLessThanOrEqual(60);
  });

  it.each(['privacy.txt', 'privacy.md'])('%s states every fact from the original', (file) => {
    const url = new URL(`${name}/${file}`, examplesDir);
    expect(existsSync(url), `examples/${name}/${file} is missing: run policyc build examples/${name}/privacy.yaml -o examples/${name}`).toBe(true);
    const text = flatten(readFileSync(url, 'utf8'));
    const missing = facts
      .map(output)
      .filter((p) => !matches(text, p))
      .map(show);
    expect(missing, `facts missing from examples/${name}/${file}`).toEqual([]);
  });

  // The seeds live beside the repository, not in it; a clone without them has nothing to compare.
  it.skipIf('seed' in original && !existsSync(seedsDir))('takes every fact from its original policy', () => {
    const text = readOriginal(original);
    const invented = facts
      .map(inSeed)
      .filter((p) => !matches(text, p))
      .map(show);
    expect(invented, `facts not found in the original (${JSON.stringify(original)})`).toEqual([]);
  });
});
