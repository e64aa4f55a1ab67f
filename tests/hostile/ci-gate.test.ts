/**
 * The CI gate holds against the change it gates: a pull request that adds a subprocessor and, in
 * the same file, re-levels `subprocessor.added` to editorial still fails `--fail-on minor`, both
 * for two files and for `--base <rev>`; the levels applied are the base version's.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc, root, scratch } from './cli.js';

const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
const v1 = minimal.replace('effective_date: 2026-04-03', 'effective_date: 2026-04-03\nchanges:\n  notice_period: P30D');
// The attack: a new processor, and the file itself demoting what would stop it.
const v2 = `${v1.replace('effective_date: 2026-04-03', 'effective_date: 2026-06-01').replace('  notice_period: P30D', '  notice_period: P30D\n  levels:\n    subprocessor.added: editorial\n    changes.levels_changed: editorial\n    controller.changed: editorial')}subprocessors:\n  - name: Spy Analytics\n    purpose: Analytics\n    location: IE\n`;

let dir: string;
beforeAll(() => {
  dir = scratch('ci-gate');
  writeFileSync(join(dir, 'old.yaml'), v1);
  writeFileSync(join(dir, 'privacy.yaml'), v2);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds = (stdout: string): Array<[string, string]> =>
  (JSON.parse(stdout) as { changes: Array<{ kind: string; level: string }> }).changes.map((c) => [c.kind, c.level]);

describe('changes.levels comes from the base version', () => {
  it('diff old new: the new file cannot demote its own changes', async () => {
    const run = await policyc(['diff', join(dir, 'old.yaml'), join(dir, 'privacy.yaml'), '--format', 'json', '--fail-on', 'minor']);
    expect(run.code, run.stderr).toBe(1);
    expect(kinds(run.stdout)).toEqual(
      expect.arrayContaining([
        ['subprocessor.added', 'material'],
        ['changes.levels_changed', 'material'],
      ]),
    );
  });

  it("diff --base: the revision's levels, not the working file's", async () => {
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t.example',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t.example',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
        },
      });
    writeFileSync(join(dir, 'privacy.yaml'), v1);
    git('init', '-q', '-b', 'main');
    git('add', 'privacy.yaml');
    git('commit', '-q', '-m', 'v1');
    writeFileSync(join(dir, 'privacy.yaml'), v2);
    const run = await policyc(['diff', 'privacy.yaml', '--base', 'HEAD', '--fail-on', 'minor', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(kinds(run.stdout)).toContainEqual(['subprocessor.added', 'material']);
    expect(run.stderr).toMatch(/--fail-on minor fails/);
  });
});
