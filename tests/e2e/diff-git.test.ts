import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { policyc } from '../support/cli.js';
const fixtures = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));

/** `policyc diff <file> --base <git-rev>` in a throwaway repository, and outside one. */
let repo: string;
let outside: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
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
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'policyc-git-'));
  outside = mkdtempSync(join(tmpdir(), 'policyc-nogit-'));
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'legal'));
  copyFileSync(join(fixtures, 'v1.yaml'), join(repo, 'legal', 'privacy.yaml'));
  git('add', '.');
  git('commit', '-q', '-m', 'v1');
  git('tag', 'v1');
  copyFileSync(join(fixtures, 'v2.yaml'), join(repo, 'legal', 'privacy.yaml'));
  copyFileSync(join(fixtures, 'v1.yaml'), join(outside, 'privacy.yaml'));
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const golden = (name: string): string => readFileSync(new URL(`../golden/diff/${name}`, import.meta.url), 'utf8');

describe('--base', () => {
  it('compares the working file with HEAD, from any folder, like two files', () => {
    for (const [cwd, file] of [
      [repo, 'legal/privacy.yaml'],
      [join(repo, 'legal'), 'privacy.yaml'],
      [tmpdir(), join(repo, 'legal', 'privacy.yaml')],
    ] as const) {
      const run = policyc(['diff', file, '--base', 'HEAD', '--notice-date=2026-03-25'], { cwd });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(golden('notice.md'));
    }
  });

  it('takes a tag, a branch or a commit, and says "No changes" once the change is committed', () => {
    git('commit', '-q', '-am', 'v2');
    expect(policyc(['diff', 'legal/privacy.yaml', '--base', 'v1', '--fail-on=material', '--notice-date=2026-03-25'], { cwd: repo }).code).toBe(1);
    expect(policyc(['diff', 'legal/privacy.yaml', '--base', 'HEAD~1', '--notice-date=2026-03-25'], { cwd: repo }).stdout).toBe(golden('notice.md'));
    expect(policyc(['diff', 'legal/privacy.yaml', '--base', 'main'], { cwd: repo })).toEqual({ code: 0, stdout: 'No changes\n', stderr: '' });
  });

  it('reports an invalid old version with its revision in the file name', () => {
    writeFileSync(join(repo, 'legal', 'privacy.yaml'), 'controller: [not, a, mapping]\n');
    git('commit', '-q', '-am', 'broken');
    copyFileSync(join(fixtures, 'v2.yaml'), join(repo, 'legal', 'privacy.yaml'));
    const run = policyc(['diff', 'legal/privacy.yaml', '--base', 'HEAD'], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HEAD:legal/privacy.yaml');
  });

  it.each([
    [
      'an unknown revision',
      () => ['diff', 'legal/privacy.yaml', '--base', 'no-such-branch'],
      () => repo,
      /^policyc: Unknown git revision 'no-such-branch'\.\n/,
    ],
    ['a revision that looks like an option', () => ['diff', 'legal/privacy.yaml', '--base=--output=x'], () => repo, /is not a git revision/],
    ['a file absent at that revision', () => ['diff', 'new.yaml', '--base', 'v1'], () => repo, /^policyc: new\.yaml does not exist at revision 'v1'\.\n/],
    [
      'a file outside any repository',
      () => ['diff', 'privacy.yaml', '--base', 'HEAD'],
      () => outside,
      /^policyc: privacy\.yaml is not inside a git repository/,
    ],
  ])('%s is a one-line error, exit 2', (_name, args, cwd, message) => {
    copyFileSync(join(fixtures, 'v1.yaml'), join(repo, 'new.yaml'));
    const run = policyc(args(), { cwd: cwd(), env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
