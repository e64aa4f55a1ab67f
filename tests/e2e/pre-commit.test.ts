/**
 * The hooks in .pre-commit-hooks.yaml, run by pre-commit itself (Debian's `pre-commit`) in a sample
 * git repository, as the README's recipe sets them up: policyc-check with `-o public/legal`. The
 * hooks are taken from the file as they are, but as a `local` repository with `language: system`
 * and `policyc` on PATH: pre-commit would otherwise install policyc from the network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc, root } from '../support/cli.js';

const PRE_COMMIT = '/usr/bin/pre-commit';
const available = existsSync(PRE_COMMIT);
if (!available) console.warn(`SKIPPED pre-commit hook tests: ${PRE_COMMIT} is not installed (apt-get install -y pre-commit).`);

interface Hook {
  id: string;
  entry: string;
  files: string;
  language: string;
}

describe.skipIf(!available)('the pre-commit hooks, run by pre-commit', () => {
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
  const preCommit = () => spawnSync(PRE_COMMIT, ['run', '--all-files'], { cwd: repo, encoding: 'utf8', env });

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'policyc-pre-commit-'));
    const bin = join(repo, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'policyc'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/policyc.js')}" "$@"\n`);
    chmodSync(join(bin, 'policyc'), 0o755);
    env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      PRE_COMMIT_HOME: join(repo, '.cache'),
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@policyc.test',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@policyc.test',
    };
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    expect(hooks.map((h) => h.id)).toEqual(['policyc-validate', 'policyc-check']);
    const local = hooks.map((h) => ({ ...h, language: 'system', ...(h.id === 'policyc-check' ? { args: ['-o', 'public/legal'] } : {}) }));
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: 'local', hooks: local }] }));
    writeFileSync(join(repo, '.gitignore'), '.bin/\n.cache/\n');
    git('init', '-q');
    expect(
      policyc(
        [
          'init',
          '--yes',
          '--company',
          'Hook Ltd',
          '--email',
          'privacy@hook.test',
          '--country',
          'GB',
          '--jurisdictions',
          'uk_gdpr',
          '--effective-date',
          '2026-01-01',
        ],
        { cwd: repo },
      ).code,
    ).toBe(0);
    expect(policyc(['build', 'privacy.yaml', '-o', 'public/legal'], { cwd: repo }).code).toBe(0);
    git('add', '-A');
  }, 60_000);

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('passes when the policy built into public/legal is current', () => {
    const run = preCommit();
    expect(run.stdout).toMatch(/policyc validate\.+Passed/);
    expect(run.stdout).toMatch(/policyc build --check\.+Passed/);
    expect(run.status).toBe(0);
  }, 60_000);

  it('fails on a change not rebuilt, names the stale files in public/legal, and its suggested command fixes it', () => {
    const file = join(repo, 'privacy.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('min_age: 16', 'min_age: 18'));
    git('add', '-A');
    const run = preCommit();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/policyc build --check\.+Failed/);
    expect(run.stdout).toContain('policyc: stale: public/legal/privacy.md');
    const suggested = /to update, run: (.+)$/m.exec(run.stdout)?.[1];
    expect(suggested).toBe('npx policyc build privacy.yaml -o public/legal');
    // Run as the user would (npx finds the policyc on PATH here); it writes where the check looks.
    const [, , ...args] = (suggested ?? '').split(' ');
    expect(policyc(args, { cwd: repo }).code).toBe(0);
    expect(existsSync(join(repo, 'privacy.md'))).toBe(false);
    git('add', '-A');
    expect(preCommit().status).toBe(0);
  }, 60_000);
});
