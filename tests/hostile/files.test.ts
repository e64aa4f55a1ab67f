/**
 * The file-system and execution side of a hostile pull request, on the real binary: clause folders
 * full of links, clause overrides that recurse or print, output paths that lead to an input, a
 * link, a FIFO or a device, staging files a killed run left, and `init` answers that would not
 * validate. Each must end with one clear message (exit 1 for an invalid input, 2 for a path that
 * cannot be written) and nothing written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, policyc, root, scratch, snapshot } from './cli.js';

const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A folder with privacy.yaml naming the clause folder `ours`, and the clause files given. */
function withClauses(prefix: string, clauses: Record<string, string> = {}): string {
  const dir = scratch(prefix);
  folders.push(dir);
  writeFileSync(join(dir, 'privacy.yaml'), minimal.replace('effective_date:', 'policy:\n  clauses: ours\neffective_date:'));
  mkdirSync(join(dir, 'ours', 'partials'), { recursive: true });
  for (const [name, source] of Object.entries(clauses)) writeFileSync(join(dir, 'ours', name), source);
  return dir;
}

/** Only the policy and its clause folder: nothing was written. */
function expectNothingWritten(dir: string): void {
  expect([...snapshot(dir).keys()].filter((name) => !name.startsWith('ours'))).toEqual(['privacy.yaml']);
}

describe.concurrent('clause folders with links in them', () => {
  it('two links to `.` and one to `/` are not followed: the build ends at once, with the clause beside them', async () => {
    const dir = withClauses('hostile-links', { 'contact.hbs': '## Write to us\n\nOur own words.\n' });
    symlinkSync('.', join(dir, 'ours', 'a'));
    symlinkSync('.', join(dir, 'ours', 'b'));
    symlinkSync('/', join(dir, 'ours', 'root'));
    const run = await policyc(['build', '--formats', 'md'], { cwd: dir });
    expect(run.stderr).toBe('policyc: wrote privacy.md\n');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'privacy.md'), 'utf8')).toContain('Our own words.');
  });

  it('a clause linked to a file outside the folder: validate and build both say so, at policy.clauses', async () => {
    const dir = withClauses('hostile-link-out');
    symlinkSync('/etc/hostname', join(dir, 'ours', 'contact.hbs'));
    const message = /privacy\.yaml:7:12 error The clause file ours\/contact\.hbs leads outside the clause folder through a symbolic link\. \(clauses\/folder\)/;
    const validate = await policyc(['validate'], { cwd: dir });
    expectCleanFailure(validate, 1);
    expect(validate.stdout).toMatch(message);
    const build = await policyc(['build'], { cwd: dir });
    expectCleanFailure(build, 1);
    expect(build.stderr).toMatch(message);
    expectNothingWritten(dir);
  });

  it('validate reports a clause that does not parse, as build would', async () => {
    const dir = withClauses('hostile-clause-syntax', { 'contact.hbs': '## Contact\n\n{{#if controller}}never closed\n' });
    const run = await policyc(['validate'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stdout).toMatch(/privacy\.yaml:7:12 error clause 'contact': .* \(build\/clause\)/);
  });

  it('folders nested 20 deep: exit 1, the depth named', async () => {
    const dir = withClauses('hostile-clause-depth');
    mkdirSync(join(dir, 'ours', ...Array.from({ length: 20 }, (_, i) => `d${i}`)), { recursive: true });
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/The clause folder 'ours' nests folders more than 8 deep/);
    expectNothingWritten(dir);
  });

  it('2,500 files in the folder: exit 1, the count named', async () => {
    const dir = withClauses('hostile-clause-count');
    for (let i = 0; i < 2500; i++) writeFileSync(join(dir, 'ours', `f${i}.txt`), '');
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/The clause folder 'ours' holds more than 2000 files and folders/);
    expectNothingWritten(dir);
  });
});

describe.concurrent('clause overrides that expand without end or print', () => {
  it('partials that call each other five times over: exit 1 at once, the depth named', async () => {
    const five = (name: string): string => `{{> ${name}}}`.repeat(5);
    const dir = withClauses('hostile-partials', {
      'contact.hbs': '## Contact\n\n{{> data-category}}\n',
      'partials/data-category.hbs': five('disclosure'),
      'partials/disclosure.hbs': five('data-category'),
    });
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/error clause 'partials\/\w[\w-]*': partials call each other more than 32 levels deep .* \(build\/clause\)/);
    expectNothingWritten(dir);
  });

  it('loops nested in loops (29 keys, six deep): exit 1, the step budget named', async () => {
    const dir = withClauses('hostile-loops', { 'contact.hbs': `## Contact\n\n${'{{#each @root}}'.repeat(6)}x${'{{/each}}'.repeat(6)}\n` });
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/error clause 'contact': the clause overrides take more than 500,000 steps/);
    expectNothingWritten(dir);
  });

  it('a long text printed in a loop: exit 1, the size budget named', async () => {
    const dir = withClauses('hostile-loop-text', { 'contact.hbs': `## Contact\n\n{{#each @root}}{{#each @root}}${'y'.repeat(20_000)}{{/each}}{{/each}}\n` });
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/error clause 'contact': the clause overrides produce more than 8 MB of text/);
  });

  it('{{log}} cannot write into build --stdout or diff --format json', async () => {
    const dir = withClauses('hostile-log', { 'contact.hbs': '## Contact\n\n{{log "INJECTED"}}\n' });
    const build = await policyc(['build', '--stdout'], { cwd: dir });
    expectCleanFailure(build, 1);
    expect(build.stdout).toBe('');
    expect(build.stderr).toMatch(/\{\{log\}\} is not available in clauses/);
    writeFileSync(join(dir, 'new.yaml'), readFileSync(join(dir, 'privacy.yaml'), 'utf8').replace('Minimal Ltd', 'Minimal Limited'));
    const diff = await policyc(['diff', 'privacy.yaml', 'new.yaml', '--format', 'json', '--redline'], { cwd: dir });
    expect(diff.stdout).not.toContain('INJECTED');
    expect(diff.stderr).not.toContain('INJECTED');
  });
});

describe.concurrent('output paths that lead to an input, a link, a FIFO, a device or a folder', () => {
  const pair = (prefix: string): string => {
    const dir = scratch(prefix);
    folders.push(dir);
    writeFileSync(join(dir, 'p.yaml'), minimal);
    writeFileSync(join(dir, 'q.yaml'), minimal.replace('Minimal Ltd', 'Minimal Limited'));
    return dir;
  };

  it('diff p.yaml q.yaml -o q.yaml: exit 2, q.yaml as it was', async () => {
    const dir = pair('hostile-out-input');
    const before = snapshot(dir);
    const run = await policyc(['diff', 'p.yaml', 'q.yaml', '-o', 'q.yaml'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/^policyc: Cannot write q\.yaml: it is the input q\.yaml, and policyc never replaces an input\.\n/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('diff -o here/q.yaml with here -> . (the input by another path): exit 2', async () => {
    const dir = pair('hostile-out-link-folder');
    symlinkSync('.', join(dir, 'here'));
    const before = readFileSync(join(dir, 'q.yaml'), 'utf8');
    const run = await policyc(['diff', 'p.yaml', 'q.yaml', '-o', 'here/q.yaml'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/it is the input q\.yaml/);
    expect(readFileSync(join(dir, 'q.yaml'), 'utf8')).toBe(before);
  });

  it('diff -o here with here -> . , and -o a link to a file: exit 2, the links as they were', async () => {
    const dir = pair('hostile-out-link');
    symlinkSync('.', join(dir, 'here'));
    symlinkSync('p.yaml', join(dir, 'notice.md'));
    for (const out of ['here', 'notice.md']) {
      const run = await policyc(['diff', 'p.yaml', 'q.yaml', '-o', out], { cwd: dir });
      expectCleanFailure(run, 2);
      expect(run.stderr).toMatch(/it is a symbolic link, and policyc replaces only regular files/);
    }
    expect(readlinkSync(join(dir, 'here'))).toBe('.');
    expect(readlinkSync(join(dir, 'notice.md'))).toBe('p.yaml');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(minimal);
  });

  it('diff privacy.yaml --base HEAD -o privacy.yaml, with no changes: exit 2, the policy kept', async () => {
    const dir = scratch('hostile-out-base');
    folders.push(dir);
    writeFileSync(join(dir, 'privacy.yaml'), minimal);
    const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', 'privacy.yaml');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.example', 'commit', '-qm', 'policy');
    const run = await policyc(['diff', 'privacy.yaml', '--base', 'HEAD', '-o', 'privacy.yaml'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(readFileSync(join(dir, 'privacy.yaml'), 'utf8')).toBe(minimal);
  });

  it('a FIFO, a device or a folder as the notice: exit 2 at once, never a blocked write', async () => {
    const dir = pair('hostile-out-fifo');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    mkdirSync(join(dir, 'folder'));
    for (const [out, what] of [
      ['pipe', 'it is a named pipe \\(FIFO\\)'],
      ['/dev/null', 'it is a device'],
      ['folder', 'a folder has that name'],
    ] as const) {
      const run = await policyc(['diff', 'p.yaml', 'q.yaml', '-o', out], { cwd: dir });
      expectCleanFailure(run, 2);
      expect(run.stderr).toMatch(new RegExp(`Cannot write ${out}: ${what}`));
    }
  });

  it('build -o with an input among the documents through a linked folder: exit 2, nothing written', async () => {
    const dir = scratch('hostile-build-link');
    folders.push(dir);
    writeFileSync(join(dir, 'privacy.txt'), minimal);
    symlinkSync('.', join(dir, 'here'));
    const run = await policyc(['build', 'privacy.txt', '-o', 'here'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/Cannot write here\/privacy\.txt: it is the input privacy\.txt/);
    expect(readdirSync(dir).sort()).toEqual(['here', 'privacy.txt']);
  });

  it('init --force --out a link: exit 2, the link and its target as they were', async () => {
    const dir = pair('hostile-init-link');
    symlinkSync('p.yaml', join(dir, 'privacy.yaml'));
    const run = await policyc(['init', '--yes', '--force', '--out', 'privacy.yaml'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(readlinkSync(join(dir, 'privacy.yaml'))).toBe('p.yaml');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(minimal);
  });
});

describe.concurrent('staging files a killed run left', () => {
  it('are removed by the next build into that folder; those of a run still going stay', async () => {
    const dir = scratch('hostile-stale');
    folders.push(dir);
    writeFileSync(join(dir, 'privacy.yaml'), minimal);
    // pid 2^22 + 1 is above Linux's largest, so no process has it; the test runner is alive.
    const dead = '.privacy.md.4194305.k3j2h1g0.tmp';
    const alive = `.privacy.md.${process.pid}.a1b2c3d4.tmp`;
    const oldCopy = '.privacy.html.4194305.z9y8x7w6.old';
    for (const name of [dead, alive, oldCopy]) writeFileSync(join(dir, name), 'half a document');
    const run = await policyc(['build'], { cwd: dir });
    expect(run.code).toBe(0);
    expect([...snapshot(dir).keys()]).toEqual([alive, 'privacy.html', 'privacy.md', 'privacy.txt', 'privacy.yaml']);
  });
});

describe.concurrent('init answers that would not validate', () => {
  it.each([
    [['--effective-date', '2026-02-30'], /--effective-date '2026-02-30' is not a date of the calendar/],
    [['--email', 'x<script>@y.z'], /--email|email address/],
    [['--country', 'ZZ'], /'ZZ' is not an ISO 3166-1 alpha-2 country code/],
  ])('init --yes %j: exit 2, what is valid said, nothing written', async (flags, message) => {
    const dir = scratch('hostile-init');
    folders.push(dir);
    const run = await policyc(['init', '--yes', ...flags], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(message);
    expect(snapshot(dir).size).toBe(0);
  });
});
