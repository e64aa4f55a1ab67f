import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { diffPolicies, type Change, type Level } from '../../src/diff/index.js';
import type { Policy } from '../../src/model/policy.generated.js';

/**
 * Scoring a replay: the expected changes of tests/fixtures/replay/<name>/expected.yaml, written
 * before the diff was run, against what the diff reports for each pair of consecutive versions.
 */

export interface Expected {
  what: string;
  paths: string[];
  kind?: string;
  level: Level;
}

export interface PairScore {
  from: string;
  to: string;
  /** Expected changes reported at their level. */
  met: Expected[];
  /** Expected changes not reported, or reported at another level (with the levels found). */
  missed: Array<Expected & { found: Level[] }>;
  /** Reported lines with no expected change of their own behind them. */
  noise: Change[];
  changes: Change[];
}

/** A notice does not list the new date as a change: it opens with it. */
const UNLISTED = new Set(['effective_date.changed']);

function matches(change: Change, expected: Expected): boolean {
  if (expected.kind !== undefined && change.kind !== expected.kind) return false;
  return expected.paths.some((p) => change.path === p || change.path.startsWith(`${p}.`) || change.path.startsWith(`${p}[`));
}

export function scoreReplay(name: string): PairScore[] {
  const dir = new URL(`../fixtures/replay/${name}/`, import.meta.url);
  const read = (file: string): unknown => parse(readFileSync(new URL(file, dir), 'utf8'));
  const { pairs } = read('expected.yaml') as { pairs: Array<{ from: string; to: string; changes: Expected[] }> };
  return pairs.map(({ from, to, changes: expected }) => {
    const { changes } = diffPolicies(read(`${from}.yaml`) as Policy, read(`${to}.yaml`) as Policy);
    const listed = changes.filter((c) => !UNLISTED.has(c.kind));
    const used = new Set<Change>();
    const met: Expected[] = [];
    const missed: PairScore['missed'] = [];
    for (const e of expected) {
      const found = listed.filter((c) => matches(c, e));
      const hit = found.find((c) => c.level === e.level && !used.has(c));
      if (hit) {
        used.add(hit);
        met.push(e);
      } else missed.push({ ...e, found: found.map((c) => c.level) });
    }
    // A line that matches an expectation met by another line repeats it; one that matches none stands alone.
    const noise = listed.filter((c) => !used.has(c) && !missed.some((m) => matches(c, m) && m.found.length > 0 && c === listed.find((x) => matches(x, m))));
    return { from, to, met, missed, noise, changes };
  });
}

/** "13 of 14 expected changes at their level, 2 lines without a change of their own". */
export function summarize(scores: readonly PairScore[]): { expected: number; met: number; noise: number; lines: number } {
  const sum = (f: (s: PairScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  return {
    expected: sum((s) => s.met.length + s.missed.length),
    met: sum((s) => s.met.length),
    noise: sum((s) => s.noise.length),
    lines: sum((s) => s.changes.filter((c) => !UNLISTED.has(c.kind)).length),
  };
}

/** What the score leaves out, one line each: the expected changes missed and the lines with no change behind them. */
export function shortfalls(scores: readonly PairScore[]): string {
  return scores
    .flatMap((s) => [
      ...s.missed.map((m) => `${s.from} → ${s.to}: missed (${m.level}, found ${m.found.join(', ') || 'nothing'}): ${m.what}`),
      ...s.noise.map((n) => `${s.from} → ${s.to}: no change behind: ${n.kind} ${n.path}`),
    ])
    .join('\n');
}
