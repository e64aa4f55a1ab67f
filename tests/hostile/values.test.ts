/**
 * Values that pass for text or numbers but would act on a reader: an email address whose mailto
 * link carries a Bcc and a body, a web address with credentials, a notice period of 300,000 years
 * (which ended in "internal error: Invalid time value") or of 8,000, a date of 9999-12-31 (which
 * made any notice enough), a number beyond 2^53 (which printed wrong). Each is refused by the real
 * binary with the bound or the reason in words, at its line and column, and nothing is written.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, policyc, root, scratch, snapshot } from './cli.js';

const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
const replaced = (from: string, to: string): string => {
  if (!minimal.includes(from)) throw new Error(`minimal.yaml has no ${from}`);
  return minimal.replace(from, to);
};

const CASES: ReadonlyArray<[string, string, RegExp]> = [
  [
    'email-with-headers',
    replaced('privacy@minimal.example', "'x?bcc=spy%40evil.example&body=hi@minimal.example'"),
    /:4:10 error .*It has '\?', which would add mail headers/,
  ],
  [
    'url-with-credentials',
    replaced('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  website: https://user:pw@minimal.example/'),
    /:5:12 error .*user name or password before the host/,
  ],
  ['notice-300000-years', `${minimal}changes:\n  notice_period: P300000Y\n`, /:24:18 error 'P300000Y' is not an ISO 8601 duration.*at most 999 years/],
  ['notice-8000-years', `${minimal}changes:\n  notice_period: P8000Y\n`, /:24:18 error 'P8000Y' .*at most 999 years/],
  [
    'retention-300000-years',
    replaced('period: account_lifetime', 'period: P300000Y'),
    /:22:13 error .*Its numbers are too large: a duration has at most 999 years/,
  ],
  [
    'date-9999',
    replaced('effective_date: 2026-04-03', 'effective_date: 9999-12-31'),
    /:6:17 error '9999-12-31' is not a calendar date, YYYY-MM-DD, in the years 1900 to 2199/,
  ],
  [
    'integer-beyond-2-53',
    `${minimal}children:\n  min_age: 9007199254740993\n`,
    /:24:12 error children\.min_age is 9007199254740993, a whole number beyond 2\^53/,
  ],
];

let dir: string;
beforeAll(() => {
  dir = scratch('hostile-values');
  for (const [name, text] of CASES) writeFileSync(join(dir, `${name}.yaml`), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('values refused with their bound, nothing written', () => {
  it.each(CASES)('%s', async (name, _, message) => {
    const out = join(dir, `out-${name}`);
    const run = await policyc(['build', join(dir, `${name}.yaml`), '-o', out]);
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(message);
    expect(snapshot(out).size).toBe(0);
  });
});
