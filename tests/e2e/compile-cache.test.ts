/**
 * The CLI runs through a V8 code cache of its own (src/cli/launch.ts): the first run of a command
 * leaves the bytecode it compiled, later runs start from it. What it must never do is change what
 * policyc says, trust a folder someone else can write to, or fail a run because of the cache.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/cli/commands/index.js';
import { CACHED_COMMANDS, cacheFileName, cacheFolder, cacheKey, MAX_CACHES } from '../../src/cli/launch.js';
import { policyc, root } from '../support/cli.js';

const EXAMPLE = join(root, 'examples/sessionlinked/privacy.yaml');
let base: string;
let folder: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'policyc-cache-'));
  folder = join(base, 'policyc');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) => policyc(args, { env: { NODE_COMPILE_CACHE: base, ...env } });
const caches = (): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.cache'))
    .sort();

describe('the compile cache', () => {
  it('is written by the first run of a command, in a folder only this user can use, and read by the next', () => {
    const first = run(['validate', EXAMPLE]);
    expect(first.code).toBe(0);
    const [file, ...others] = caches();
    expect(others).toEqual([]);
    expect(file).toMatch(/^validate-[A-Z0-9]+\.validate\.v8-.+\.cache$/);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, file!)).mode & 0o777).toBe(0o600);
    const written = statSync(join(folder, file!)).mtimeMs;

    const second = run(['validate', EXAMPLE]);
    expect(second).toEqual(first);
    // Accepted, so not written again.
    expect(statSync(join(folder, file!)).mtimeMs).toBe(written);
  });

  it('keeps one file for each command, and for each set of Node options', () => {
    run(['--version']);
    run(['schema']);
    run(['schema'], { NODE_OPTIONS: '--max-old-space-size=300' });
    expect(caches().map((name) => name.split('.')[1])).toEqual(['other', 'schema', 'schema']);
  });

  it('replaces a damaged cache and says the same as without one', () => {
    const uncached = run(['build', EXAMPLE, '--stdout', '--formats', 'txt'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(uncached.code).toBe(0);
    run(['build', EXAMPLE, '--stdout', '--formats', 'txt']);
    const [file] = caches();
    const path = join(folder, file!);
    const good = readFileSync(path);
    for (const damaged of [Buffer.from('not bytecode at all'), good.subarray(0, good.length >> 1), Buffer.alloc(good.length, 0xff)]) {
      writeFileSync(path, damaged);
      expect(run(['build', EXAMPLE, '--stdout', '--formats', 'txt'])).toEqual(uncached);
      expect(readFileSync(path).equals(damaged)).toBe(false);
    }
  });

  it("keeps a cache of the clauses a build renders beside the bundle's, which validate never loads", () => {
    // The first run has no cache: it writes both, the bundle's and the English clauses'.
    const first = run(['build', EXAMPLE, '--stdout', '--formats', 'txt']);
    expect(first.code).toBe(0);
    run(['validate', EXAMPLE]);
    // The compiled clauses are a file of their own (scripts/build.mjs), loaded when a build renders.
    const kinds = caches().map((name) => name.replace(/-[A-Z0-9]+\.(\w+)\..*$/, '.$1'));
    expect(kinds).toEqual(['clauses-en.build', 'cli.build', 'validate.validate']);
    const path = join(folder, caches()[0]!);
    const damaged = readFileSync(path);
    damaged[damaged.length - 1]! ^= 0x5a;
    writeFileSync(path, damaged);
    expect(run(['build', EXAMPLE, '--stdout', '--formats', 'txt'])).toEqual(first);
    expect(readFileSync(path).equals(damaged)).toBe(false);
  });

  it('runs a plain validate line in the validate bundle and any other in the full CLI, which say the same', () => {
    const plain = run(['validate', '--format', 'json', EXAMPLE]);
    expect(caches().map((name) => name.split('.')[0]!.replace(/-.*/, ''))).toEqual(['validate']);
    // A form the launcher leaves to commander (src/cli/commands/validate-line.ts).
    const clustered = run(['validate', '-fjson', EXAMPLE]);
    expect(clustered).toEqual(plain);
    expect(caches().map((name) => name.split('.')[0]!.replace(/-.*/, ''))).toEqual(['cli', 'validate']);
  });

  it("closes a folder of this user's that others could write to, and reads no file of theirs in it", () => {
    mkdirSync(folder, { mode: 0o700 });
    chmodSync(folder, 0o777);
    expect(run(['--version']).code).toBe(0);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    if (process.getuid?.() !== 0) return;
    // Root can play another user: a cache planted by them is refused and replaced by this user's.
    const path = join(folder, caches()[0]!);
    chownSync(path, 65534, 65534);
    expect(run(['--version']).code).toBe(0);
    expect(statSync(path).uid).toBe(0);
  });

  it('is not read from a file that others can write to, and is replaced by one they cannot', () => {
    run(['--version']);
    const path = join(folder, caches()[0]!);
    chmodSync(path, 0o666);
    expect(run(['--version']).code).toBe(0);
    // Refused, so written again: a new file, this user's alone.
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('never uses damaged bytes: one flipped anywhere, and the cache is made anew', () => {
    const reference = run(['validate', EXAMPLE], { NODE_DISABLE_COMPILE_CACHE: '1' });
    run(['validate', EXAMPLE]);
    const path = join(folder, caches()[0]!);
    const good = readFileSync(path);
    // Bytes V8 does not check: in the header, in the first copy, in the second. Some of these,
    // given to V8, crash it; others only change what it prints.
    for (const at of [3, 100, 300_301, Math.floor(good.length / 2) + 7, good.length - 1]) {
      const damaged = Buffer.from(good);
      damaged[at]! ^= 0x5a;
      writeFileSync(path, damaged);
      expect(run(['validate', EXAMPLE])).toEqual(reference);
      expect(readFileSync(path).equals(damaged)).toBe(false);
    }
  });

  it('leaves old caches and leftovers out, and anything odd in its folder alone', () => {
    run(['--version']);
    const old = Date.now() / 1000 - 40 * 24 * 3600;
    const put = (name: string, content = 'x') => {
      writeFileSync(join(folder, name), content, { mode: 0o600 });
      utimesSync(join(folder, name), old, old);
    };
    put('cli-OTHER.validate.v8-1-x64-00000000.cache');
    put('.cli-OTHER.validate.cache.123.tmp');
    put('notes.txt');
    mkdirSync(join(folder, 'a-folder.tmp'));
    mkdirSync(join(folder, `${caches()[0]}.d.cache`));
    expect(run(['schema']).code).toBe(0);
    const left = readdirSync(folder).sort();
    expect(left).not.toContain('cli-OTHER.validate.v8-1-x64-00000000.cache');
    expect(left).not.toContain('.cli-OTHER.validate.cache.123.tmp');
    expect(left).toEqual(expect.arrayContaining(['notes.txt', 'a-folder.tmp']));
    expect(run(['--version']).code).toBe(0);
  });

  it(`keeps at most ${MAX_CACHES} caches, the most recently written`, () => {
    run(['--version']);
    const now = Date.now() / 1000;
    // Caches of other builds, all from the last few days, the first the most recent.
    const others = Array.from({ length: MAX_CACHES + 8 }, (_, i) => `cli-OTHER${String(i).padStart(2, '0')}.build.v8-1-x64-00000000.cache`);
    others.forEach((name, i) => {
      writeFileSync(join(folder, name), 'x', { mode: 0o600 });
      utimesSync(join(folder, name), now - (i + 1) * 3600, now - (i + 1) * 3600);
    });
    expect(run(['schema']).code).toBe(0);
    const left = caches();
    expect(left).toHaveLength(MAX_CACHES);
    // The two runs' own caches are the newest.
    expect(left.filter((name) => /\.(other|schema)\./.test(name))).toHaveLength(2);
    expect(left.filter((name) => name.startsWith('cli-OTHER'))).toEqual(others.slice(0, MAX_CACHES - 2));
  });

  it('starts anew when the bundle is edited in place, even to the same length', () => {
    const copy = join(base, 'copy');
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
    const version = () =>
      spawnSync(process.execPath, [join(copy, 'bin/policyc.js'), '--version'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_COMPILE_CACHE: base },
      }).stdout.trim();
    const before = version();
    expect(version()).toBe(before);
    const launcher = readFileSync(join(copy, 'dist/launch.cjs'), 'utf8');
    const bundle = join(copy, 'dist', /chunks\/cli-[A-Z0-9]+\.cjs/.exec(launcher)![0]);
    const { atime, mtime } = statSync(bundle);
    writeFileSync(bundle, readFileSync(bundle, 'latin1').replace(`"${before}"`, '"9.9.9"'), 'latin1');
    // Even with its old modification time put back, as `cp -p` or `touch -r` would.
    utimesSync(bundle, atime, mtime);
    expect(version()).toBe('9.9.9');
  });

  it('does not wait on a pipe in the place of a cache, nor follow a linked folder', () => {
    run(['--version']);
    const [file] = caches();
    rmSync(join(folder, file!));
    expect(spawnSync('mkfifo', ['-m', '600', join(folder, file!)]).status).toBe(0);
    const started = Date.now();
    expect(run(['--version']).code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);

    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    const linked = join(base, 'linked');
    mkdirSync(linked);
    symlinkSync(elsewhere, join(linked, 'policyc'));
    expect(policyc(['--version'], { env: { NODE_COMPILE_CACHE: linked } }).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('finishes without a cache where no folder can be made (under /proc), and makes a missing one', () => {
    // Under /proc through the temporary folder: Node 22 and later make a folder for their own
    // compile cache where NODE_COMPILE_CACHE says, and hang in that mkdir under /proc before
    // policyc starts.
    const { NODE_COMPILE_CACHE: _, ...inherited } = process.env;
    for (const env of [
      { ...inherited, TMPDIR: '/proc/self/fd' },
      { ...process.env, NODE_COMPILE_CACHE: join(base, 'missing', 'deeper') },
    ]) {
      const result = spawnSync(process.execPath, [join(root, 'bin/policyc.js'), '--version'], { encoding: 'utf8', timeout: 15_000, env });
      expect(result.status).toBe(0);
    }
    // As Node makes the folder NODE_COMPILE_CACHE names; the cache's own folder is this user's alone.
    expect(statSync(join(base, 'missing', 'deeper', 'policyc')).mode & 0o777).toBe(0o700);
  });

  it('is written only by a run that succeeds, which went all the way through its command', () => {
    expect(run(['validate', '--no-such-flag']).code).toBe(2);
    expect(run(['validate', join(root, 'tests/fixtures/bad/unclosed-quote.yaml')]).code).toBe(1);
    expect(existsSync(folder) ? caches() : []).toEqual([]);
    expect(run(['validate', EXAMPLE]).code).toBe(0);
    expect(caches()).toHaveLength(1);
  });

  it('is not used when NODE_DISABLE_COMPILE_CACHE is set', () => {
    expect(run(['--version'], { NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(readdirSync(base)).toEqual([]);
  });

  it('costs a run nothing but its speed when it cannot be written', () => {
    const file = join(base, 'a-file');
    writeFileSync(file, '');
    const result = policyc(['validate', EXAMPLE], { env: { NODE_COMPILE_CACHE: file } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('cacheFolder and cacheFileName', () => {
  it("follow Node's NODE_COMPILE_CACHE, else take a folder for each user in the temporary folder", () => {
    expect(cacheFolder({ NODE_COMPILE_CACHE: '/x' }, 1000)).toBe(join('/x', 'policyc'));
    expect(cacheFolder({}, 1000)).toBe(join(tmpdir(), 'policyc-compile-cache-1000'));
    expect(cacheFolder({}, undefined)).toBe(join(tmpdir(), 'policyc-compile-cache'));
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, 1000)).toBeUndefined();
  });

  it('name one file per command the CLI has, and one for everything else', () => {
    const program = new Command();
    registerCommands(program);
    expect([...CACHED_COMMANDS].sort()).toEqual(program.commands.map((c) => c.name()).sort());
    const key = (...argv: string[]) => cacheKey(['node', 'policyc', ...argv]);
    expect(key('build', 'x.yaml')).toBe('build');
    expect(key('build', '--help')).toBe('other');
    expect(key('--version')).toBe('other');
    expect(key('bulid')).toBe('other');
  });

  it('name a cache for the bundle as it is on disk and for the Node options', () => {
    const bundle = { name: 'cli-ABC', size: 1000, mtimeMs: 5, ctimeMs: 5 };
    const name = cacheFileName(bundle, 'build', '');
    expect(name).toMatch(/^cli-ABC\.build\.v8-/);
    expect(cacheFileName({ ...bundle, mtimeMs: 6 }, 'build', '')).not.toBe(name);
    expect(cacheFileName({ ...bundle, ctimeMs: 6 }, 'build', '')).not.toBe(name);
    expect(cacheFileName({ ...bundle, size: 1001 }, 'build', '')).not.toBe(name);
    expect(cacheFileName(bundle, 'build', '--inspect')).not.toBe(name);
  });
});
