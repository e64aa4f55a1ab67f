import { describe, expect, it } from 'vitest';
import { scoreReplay, summarize } from './score.js';

/**
 * The replay of seven consecutive versions of the Firefox Privacy Notice (August 2020 to November
 * 2021, mozilla/legal-docs), written into privacy.yaml by hand under tests/fixtures/replay/firefox/,
 * against the changes and levels a reader would expect, written down before the diff was run on
 * them (expected.yaml). Unlike GitHub's statement, this history is mostly service providers coming
 * and going, products gaining or losing a data flow, and a new feature with its own data,
 * recipients and a promise it ends. The score is kept here: it may only go up.
 */
const SCORE = { expected: 10, met: 10, noise: 6 };

describe('replay: mozilla/legal-docs, Firefox Privacy Notice 2020-08-24 to 2021-11-17', () => {
  const scores = scoreReplay('firefox');

  it(`meets ${SCORE.met} of ${SCORE.expected} expected changes at their level, with ${SCORE.noise} lines without a change behind them`, () => {
    const total = summarize(scores);
    const report = scores.flatMap((s) => [
      ...s.missed.map((m) => `${s.from} → ${s.to}: missed (${m.level}, found ${m.found.join(', ') || 'nothing'}): ${m.what}`),
      ...s.noise.map((n) => `${s.from} → ${s.to}: no change behind: ${n.kind} ${n.path}`),
    ]);
    expect({ expected: total.expected, met: total.met, noise: total.noise }, report.join('\n')).toEqual(SCORE);
  });
});
