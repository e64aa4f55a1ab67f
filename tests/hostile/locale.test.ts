/**
 * A hostile environment: the first time zone of every day (UTC+14) and a locale whose case rules,
 * dates and numbers differ (Turkish), against UTC and the C locale.
 * Every example builds to its committed bytes and the diff notices match their golden files in
 * both; a validation report reads the same. (tests/e2e/build.test.ts checks one fixture's build
 * across three environments.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bad, policyc, root } from './cli.js';

const ENVIRONMENTS = {
  'Kiritimati, Turkish': { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  'UTC, C': { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
} as const;
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const diffFixture = (name: string): string => join(root, 'tests/fixtures/diff', name);
const golden = (name: string): string => readFileSync(join(root, 'tests/golden/diff', name), 'utf8');

describe.each(Object.entries(ENVIRONMENTS))('in %s', (_, env) => {
  it('really is that environment for Node', () => {
    const probe = execFileSync(process.execPath, ['-e', 'const o = Intl.DateTimeFormat().resolvedOptions(); console.log(o.timeZone, o.locale)'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(probe.trim()).toBe(env.TZ === 'UTC' ? 'UTC en-US' : 'Pacific/Kiritimati tr-TR');
  });

  it.each(examples)('examples/%s builds to its committed documents', async (name) => {
    const run = await policyc(['build', `examples/${name}/privacy.yaml`, '-o', `examples/${name}`, '--check'], { env });
    expect(run.code, run.stderr).toBe(0);
  });

  it.each(['md', 'txt', 'html', 'json'])('the diff notice (--format %s) is the golden one', async (format) => {
    const run = await policyc(['diff', diffFixture('v1.yaml'), diffFixture('v2.yaml'), `--format=${format}`, '--notice-date=2026-03-25'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(golden(`notice.${format}`));
  });
});

describe('the same bytes in both environments', () => {
  const both = async (args: string[]): Promise<string[]> =>
    Promise.all(
      Object.values(ENVIRONMENTS).map(async (env) => {
        const run = await policyc(args, { env });
        return `${run.code}\n${run.stdout}\n${run.stderr}`;
      }),
    );

  it('a diff with no notice date, for whatever day it is in either time zone', async () => {
    const [first, second] = await both(['diff', diffFixture('v1.yaml'), diffFixture('v2.yaml'), '--format=txt']);
    expect(second).toBe(first);
  });

  it.each(['number-for-date.yaml', 'impossible-date.yaml', 'duplicate-key.yaml', 'control-character.yaml'])('the report on %s', async (name) => {
    const [first, second] = await both(['validate', bad(name)]);
    expect(second).toBe(first);
  });
});
