import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { policyc, root } from '../support/cli.js';

/** `policyc build` end to end: the real binary, real files in a throwaway folder. */
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/render/${name}`, import.meta.url));
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder holding the named fixtures, each copied under the given name. */
function workspace(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'policyc-build-'));
  for (const [target, source] of Object.entries(files)) {
    mkdirSync(join(dir, target, '..'), { recursive: true });
    copyFileSync(fixture(source), join(dir, target));
  }
  return dir;
}

/** Every file under a folder, relative, sorted: what a run left behind. */
function tree(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(root, f)).isFile()).sort();
}

describe('policyc build', () => {
  it('writes the three documents beside the input, shows warnings and leaves no temporary file', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    const run = policyc(['build'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning');
    expect(run.stderr).not.toContain('built'); // no summary when stderr is not a terminal
    expect(tree(cwd)).toEqual(['privacy.html', 'privacy.md', 'privacy.txt', 'privacy.yaml']);
    expect(readFileSync(join(cwd, 'privacy.md'), 'utf8')).toMatch(/^# Privacy Policy\n/);
    expect(readFileSync(join(cwd, 'privacy.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(cwd, 'privacy.txt'), 'utf8')).toMatch(/^Privacy Policy\n=+\n/);
    expect(run.stdout).toBe('');
  });

  it('names the outputs after the input and writes them into --out, creating it', () => {
    const cwd = workspace({ 'legal/company.yaml': 'minimal.yaml' });
    const run = policyc(['build', 'legal/company.yaml', '-o', 'public/docs', '--formats', 'html,md'], { cwd });
    expect(run.code).toBe(0);
    expect(tree(cwd)).toEqual(['legal/company.yaml', 'public/docs/company.html', 'public/docs/company.md']);
    // Each file written, one line each, after any warnings: the run ends saying what it did.
    expect(run.stderr.trimEnd().split('\n').slice(-2)).toEqual(['policyc: wrote public/docs/company.md', 'policyc: wrote public/docs/company.html']);
  });

  it('--quiet prints no warnings and no list of files, only errors', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    expect(policyc(['build'], { cwd }).stderr).toContain('warning');
    const quiet = policyc(['build', '--quiet'], { cwd });
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: '' });
  });

  it('refuses an unknown format with exit 2 and writes nothing', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    for (const formats of ['md,pdf', '', ',']) {
      const run = policyc(['build', '--formats', formats], { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--formats/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(tree(cwd)).toEqual(['privacy.yaml']);
  });

  it('prints one document with --stdout, the same bytes it would write', () => {
    const cwd = workspace({ 'privacy.yaml': 'full.yaml' });
    const md = policyc(['build', '--stdout'], { cwd });
    const html = policyc(['build', '--stdout', '--formats', 'html'], { cwd });
    expect(md.code).toBe(0);
    expect(tree(cwd)).toEqual(['privacy.yaml']);
    expect(policyc(['build'], { cwd }).code).toBe(0);
    expect(md.stdout).toBe(readFileSync(join(cwd, 'privacy.md'), 'utf8'));
    expect(html.stdout).toBe(readFileSync(join(cwd, 'privacy.html'), 'utf8'));
  });

  it('refuses --stdout with several formats, several files, --check or --out', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml', 'other.yaml': 'minimal.yaml' });
    for (const args of [['--formats', 'md,txt'], ['privacy.yaml', 'other.yaml'], ['--check'], ['-o', 'x']]) {
      const run = policyc(['build', '--stdout', ...args], { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect(tree(cwd)).toEqual(['other.yaml', 'privacy.yaml']);
  });

  it('--check passes when the documents are current and names the stale ones otherwise, writing nothing', () => {
    const cwd = workspace({ 'privacy.yaml': 'full.yaml' });
    expect(policyc(['build'], { cwd }).code).toBe(0);
    const fresh = policyc(['build', '--check'], { cwd });
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).toContain('3 files are up to date');

    writeFileSync(join(cwd, 'privacy.md'), 'edited by hand\n');
    rmSync(join(cwd, 'privacy.txt'));
    const stale = policyc(['build', '--check'], { cwd });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('stale: privacy.md');
    expect(stale.stderr).toContain('stale: privacy.txt');
    expect(stale.stderr).not.toContain('stale: privacy.html');
    expect(stale.stderr).toContain('not what build would write; to update, run: npx policyc build privacy.yaml\n');
    expect(readFileSync(join(cwd, 'privacy.md'), 'utf8')).toBe('edited by hand\n');
    expect(existsSync(join(cwd, 'privacy.txt'))).toBe(false);
  });

  it('builds several inputs in one run, each beside itself', () => {
    const cwd = workspace({ 'a/privacy.yaml': 'minimal.yaml', 'b/privacy.yaml': 'us-only.yaml' });
    const run = policyc(['build', 'a/privacy.yaml', 'b/privacy.yaml', '--formats', 'md'], { cwd });
    expect(run.code).toBe(0);
    expect(tree(cwd)).toEqual(['a/privacy.md', 'a/privacy.yaml', 'b/privacy.md', 'b/privacy.yaml']);
    expect(readFileSync(join(cwd, 'b/privacy.md'), 'utf8')).toContain('Single LLC');
  });

  it('refuses two inputs that would write the same file', () => {
    const cwd = workspace({ 'a/privacy.yaml': 'minimal.yaml', 'b/privacy.yaml': 'us-only.yaml' });
    const run = policyc(['build', 'a/privacy.yaml', 'b/privacy.yaml', '-o', 'out'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would both write out/privacy.md');
    expect(tree(cwd)).toEqual(['a/privacy.yaml', 'b/privacy.yaml']);
  });

  it('writes nothing at all when any input is invalid', () => {
    const cwd = workspace({ 'good/privacy.yaml': 'minimal.yaml', 'bad/privacy.yaml': 'minimal.yaml' });
    writeFileSync(
      join(cwd, 'bad/privacy.yaml'),
      readFileSync(join(cwd, 'bad/privacy.yaml'), 'utf8').replace('effective_date: 2026-01-05', 'effective_date: soon'),
    );
    const run = policyc(['build', 'good/privacy.yaml', 'bad/privacy.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad/privacy.yaml:2:');
    expect(run.stderr).toContain('nothing written: bad/privacy.yaml is invalid');
    expect(tree(cwd)).toEqual(['bad/privacy.yaml', 'good/privacy.yaml']);
  });

  it('exits 2 for a missing input, before writing anything', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    const run = policyc(['build', 'privacy.yaml', 'missing.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read missing.yaml: no such file');
    expect(tree(cwd)).toEqual(['privacy.yaml']);
  });

  it('gives identical bytes in any timezone and locale', () => {
    const cwd = workspace({ 'privacy.yaml': 'full.yaml' });
    const outputs = [
      { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
      { TZ: 'America/Los_Angeles', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
    ].map((env) => {
      expect(policyc(['build', '-o', env.TZ], { cwd, env }).code).toBe(0);
      return ['md', 'html', 'txt'].map((f) => readFileSync(join(cwd, env.TZ, `privacy.${f}`)));
    });
    for (const other of outputs.slice(1)) other.forEach((bytes, i) => expect(bytes.equals(outputs[0]![i]!)).toBe(true));
    expect(readFileSync(join(cwd, 'UTC', 'privacy.md'), 'utf8')).toContain('Effective 3 April 2026');
  });
});

describe('clause overrides from policy.clauses', () => {
  const withClauses = (cwd: string, folder: string): void => {
    const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
    writeFileSync(join(cwd, 'privacy.yaml'), yaml.replace('effective_date:', `policy:\n  clauses: ${folder}\neffective_date:`));
  };

  it('replace built-in clauses, partials included', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    withClauses(cwd, 'our-clauses');
    mkdirSync(join(cwd, 'our-clauses/partials'), { recursive: true });
    writeFileSync(join(cwd, 'our-clauses/contact.hbs'), '## Write to us\n\n{{policy.controller.name}} reads every letter.\n');
    writeFileSync(join(cwd, 'our-clauses/partials/data-category.hbs'), '{{name}} (ours)\n');
    const run = policyc(['build', '--stdout'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Write to us\n\nMinimal Co reads every letter.\n');
    expect(run.stdout).toContain('- Account information (ours)\n');
    expect(run.stdout).not.toContain('## Contact us');
  });

  it('reject a file that overrides nothing, with a suggestion, and write nothing', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    withClauses(cwd, 'our-clauses');
    mkdirSync(join(cwd, 'our-clauses'));
    writeFileSync(join(cwd, 'our-clauses/contcat.hbs'), 'x');
    const run = policyc(['build'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/privacy\.yaml:\d+:\d+ error clause 'contcat': there is no built-in clause of that name to override\. Did you mean 'contact'\?/);
    expect(tree(cwd)).toEqual(['our-clauses/contcat.hbs', 'privacy.yaml']);
  });

  it('leave nothing behind when a later input fails to render, after earlier ones were staged', () => {
    const cwd = workspace({ 'a/privacy.yaml': 'minimal.yaml', 'b/privacy.yaml': 'minimal.yaml' });
    const yaml = join(cwd, 'b/privacy.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('effective_date:', 'policy:\n  clauses: our-clauses\neffective_date:'));
    mkdirSync(join(cwd, 'b/our-clauses'));
    writeFileSync(join(cwd, 'b/our-clauses/contact.hbs'), '## Write to us\n\n{{#if policy.controller.name}}never closed\n');
    const run = policyc(['build', 'a/privacy.yaml', 'b/privacy.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing written: b/privacy.yaml is invalid');
    // No documents and no hidden staging files: a's were written to disk before b failed.
    expect(tree(cwd)).toEqual(['a/privacy.yaml', 'b/our-clauses/contact.hbs', 'b/privacy.yaml']);
  });

  it('cannot leave the policy folder through a symbolic link', () => {
    const cwd = workspace({ 'site/privacy.yaml': 'minimal.yaml' });
    mkdirSync(join(cwd, 'elsewhere'));
    writeFileSync(join(cwd, 'elsewhere/contact.hbs'), 'stolen');
    symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'site/linked'));
    const yaml = join(cwd, 'site/privacy.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('effective_date:', 'policy:\n  clauses: linked\neffective_date:'));
    const run = policyc(['build', 'site/privacy.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /site\/privacy\.yaml:\d+:12 error policy\.clauses 'linked' leads outside the folder of the policy file through a symbolic link\. \(clauses\/folder\)/,
    );
    expect(tree(join(cwd, 'site'))).toEqual(['linked/contact.hbs', 'privacy.yaml']);
  });

  it('must name an existing folder', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    withClauses(cwd, 'nowhere');
    const run = policyc(['build'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/privacy\.yaml:\d+:12 error Cannot read the clause folder 'nowhere': no such file or folder\. \(clauses\/folder\)/);
  });
});

describe('policyc build at a terminal', () => {
  // `script` gives the child a pseudo-terminal, as a person running policyc in a shell has.
  const inTerminal = (args: string, cwd: string) =>
    spawnSync('script', ['-qec', `node ${join(root, 'bin/policyc.js')} ${args}`, '/dev/null'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('ends with a one-line summary of what was built and how long it took', () => {
    const cwd = workspace({ 'a/privacy.yaml': 'minimal.yaml', 'b/privacy.yaml': 'minimal.yaml' });
    const run = inTerminal('build a/privacy.yaml b/privacy.yaml', cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/policyc: built 2 policies \(6 files\) in \d+\.\d+ s/);
  });

  it('says nothing but problems with --quiet', () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    const run = inTerminal('build --quiet', cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('built');
    expect(existsSync(join(cwd, 'privacy.html'))).toBe(true);
  });
});

describe('policyc build --watch', () => {
  it('rebuilds when the policy changes, reports an invalid save and keeps watching', async () => {
    const cwd = workspace({ 'privacy.yaml': 'minimal.yaml' });
    const child = spawn(process.execPath, [join(root, 'bin/policyc.js'), 'build', '--watch'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const until = async (predicate: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!predicate()) throw new Error(`timed out waiting for ${what}; stderr so far:\n${stderr}`);
    };
    try {
      await until(() => stderr.includes('watching'), 'the first build');
      const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
      const before = readFileSync(join(cwd, 'privacy.md'), 'utf8');

      writeFileSync(join(cwd, 'privacy.yaml'), yaml.replace(/^controller:\n  name: .*$/m, 'controller:\n  name: Renamed Widgets Ltd'));
      await until(() => readFileSync(join(cwd, 'privacy.md'), 'utf8') !== before, 'the rebuild');
      expect(readFileSync(join(cwd, 'privacy.md'), 'utf8')).toContain('Renamed Widgets Ltd');

      writeFileSync(join(cwd, 'privacy.yaml'), 'controller: [');
      await until(() => stderr.includes('nothing written'), 'the invalid save to be reported');
      expect(readFileSync(join(cwd, 'privacy.md'), 'utf8')).toContain('Renamed Widgets Ltd');
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
    expect(child.exitCode).toBe(0);
  });
});
