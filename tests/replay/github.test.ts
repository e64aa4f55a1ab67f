import { describe, expect, it } from 'vitest';
import { scoreReplay, shortfalls, summarize } from './score.js';

/**
 * The replay of six consecutive versions of GitHub's privacy statement (December 2019 to December
 * 2020), written into privacy.yaml by hand under tests/fixtures/replay/github/, against the changes
 * and levels a reader would expect, written down before the diff was run on them
 * (expected.yaml). The score is kept here: it may only go up.
 *
 * The promises that sat in free text (a liability promise in a note on transfers, the commitment to
 * cooperate with authorities in a custom section) are `commitments` now, and are diffed as such.
 * What the diff still cannot see is text: a purpose's description that grows to cover more
 * scanning is material to a reader and a clarified description (minor) to a tool.
 */
const SCORE = { expected: 15, met: 14, noise: 0 };

describe('replay: github/site-policy, privacy statement 2019-12-20 to 2020-12-19', () => {
  const scores = scoreReplay('github');

  it(`meets ${SCORE.met} of ${SCORE.expected} expected changes at their level, with ${SCORE.noise} lines without a change behind them`, () => {
    const total = summarize(scores);
    expect({ expected: total.expected, met: total.met, noise: total.noise }, shortfalls(scores)).toEqual(SCORE);
  });

  it('misses only what lives in free text', () => {
    expect(scores.flatMap((s) => s.missed.map((m) => m.paths[0]))).toEqual(['purposes[9]']);
  });

  it('says each version once: the notices list one line per expected change', () => {
    for (const s of scores) expect(s.changes.filter((c) => c.kind !== 'effective_date.changed')).toHaveLength(s.met.length + s.missed.length);
  });
});
