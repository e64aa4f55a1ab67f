/**
 * The CLI runs through a V8 code cache of its own (src/cli/launch.ts): the first run of a command
 * leaves the bytecode it compiled, later runs start from it. What it must never do is change what
 * policyc says, trust a folder someone else can write to, or fail a run because of the cache.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/cli/commands/index.js';
import { CACHED_COMMANDS, cacheFileName, cacheFolder } from '../../src/cli/launch.js';
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
const caches = (): string[] => readdirSync(folder).filter((name) => name.endsWith('.cache')).sort();

describe('the compile cache', () => {
  it('is written by the first run of a command, in a folder only this user can use, and read by the next', () => {
    const first = run(['validate', EXAMPLE]);
    expect(first.code).toBe(0);
    const [file, ...others] = caches();
    expect(others).toEqual([]);
    expect(file).toMatch(/^cli-[A-Z0-9]+\.validate\.v8-.+\.cache$/);
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

  it('is neither read nor written in a folder that others can write to', () => {
    mkdirSync(folder, { mode: 0o700 });
    chmodSync(folder, 0o777);
    expect(run(['--version']).code).toBe(0);
    expect(caches()).toEqual([]);
  });

  it('is not read from a file that others can write to, and is replaced by one they cannot', () => {
    run(['--version']);
    const path = join(folder, caches()[0]!);
    chmodSync(path, 0o666);
    expect(run(['--version']).code).toBe(0);
    // Refused, so written again: a new file, this user's alone.
    expect(statSync(path).mode & 0o777).toBe(0o600);
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
    const name = (argv: string[], options = '') => cacheFileName('/d/cli-ABC.cjs', ['node', 'policyc', ...argv], options).split('.');
    expect(name(['build', 'x.yaml'])[1]).toBe('build');
    expect(name(['--help'])[1]).toBe('other');
    expect(name(['bulid'])[1]).toBe('other');
    expect(name(['build'], '--inspect')).not.toEqual(name(['build']));
  });
});
