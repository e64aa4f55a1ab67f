/**
 * What bin/policyc.js runs: the CLI bundle, compiled through a V8 code cache.
 *
 * Most of a cold run of policyc used to go to V8 parsing and compiling the code it loads (commander,
 * the schema validator, marked), anew in every process. Node 22 keeps a compile cache for that
 * (module.enableCompileCache); policyc supports Node 20, which has none, so this file does the same
 * for the one file the CLI is: the bundle is compiled as a vm.Script with the bytecode a previous run
 * left behind, and the first run of each command (or a run whose cache V8 refused) leaves the
 * bytecode of everything it compiled, at exit, for the next. The output never depends on the cache.
 *
 * This file is bundled alone into dist/launch.cjs (CommonJS: the cheapest module for Node to load);
 * CLI_BUNDLE is defined at bundle time as the bundle's path relative to it, which contains the hash
 * of its content. V8 checks a cache against the length of the source, not its text, so the content
 * hash in the name is what keeps the bytecode of one build from ever running with another.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

declare const CLI_BUNDLE: string;

/** The commands that get a cache of their own, since each compiles different code (see the test). */
export const CACHED_COMMANDS = ['validate', 'build', 'diff', 'init', 'schema'] as const;

type Main = (argv: readonly string[]) => Promise<number>;

/**
 * Where the cache lives: `policyc` in the folder NODE_COMPILE_CACHE names for Node 22's compile
 * cache, else a folder of this user's in the temporary folder (the user id in its name, so that
 * users who share the temporary folder do not lock each other out). None when
 * NODE_DISABLE_COMPILE_CACHE is set, as for Node's own cache.
 */
export function cacheFolder(env: NodeJS.ProcessEnv, uid: number | undefined): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (env.NODE_COMPILE_CACHE) return join(env.NODE_COMPILE_CACHE, 'policyc');
  return join(tmpdir(), uid === undefined ? 'policyc-compile-cache' : `policyc-compile-cache-${uid}`);
}

/**
 * The cache of one command for one bundle, V8, processor and set of Node options. Runs of other
 * commands compile other code, so each has its own file. V8 refuses a cache made under other flags,
 * so runs with other options (NODE_OPTIONS, `node --flag policyc`) get their own file too, or each
 * would throw away and rewrite the other's.
 */
export function cacheFileName(bundle: string, argv: readonly string[], options: string): string {
  const command = (CACHED_COMMANDS as readonly string[]).includes(argv[2] ?? '') ? argv[2] : 'other';
  return `${basename(bundle, '.cjs')}.${command}.v8-${process.versions.v8}-${process.arch}-${fnv1a(options)}.cache`;
}

/** A short fingerprint of a string (32-bit FNV-1a), for a file name. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A cache folder is used only if it is this user's own and no one else can write to it: the bytecode
 * in it runs as policyc, so a folder another user could plant files in must not be trusted.
 */
function trusted(folder: string): boolean {
  const stat = statSync(folder, { throwIfNoEntry: false });
  return stat?.isDirectory() === true && ours(stat);
}

/** Owned by this user and writable by no one else (where there are users and modes to check). */
function ours(stat: Stats): boolean {
  if (process.platform === 'win32' || !process.getuid) return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/**
 * The cache, if there is one that this user wrote. The file itself is checked once open, not only
 * its folder: the folder's parent is shared, and could be swapped between a check and a read.
 */
function readCache(folder: string, file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (!trusted(folder)) return undefined;
    fd = openSync(join(folder, file), 'r');
    const stat = fstatSync(fd);
    return stat.isFile() && ours(stat) ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written whole or not at all (a rename), so a run that starts meanwhile never reads half a cache. */
function writeCache(folder: string, file: string, data: Buffer): void {
  const temp = join(folder, `.${file}.${process.pid}.tmp`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!trusted(folder)) return;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, join(folder, file));
  } catch {
    // A cache is only ever a saving: a full disk or a read-only folder costs the next run its speed.
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made; there is nothing to remove.
    }
  }
}

/** Runs the CLI bundle with process.argv and sets the exit code it resolves to. */
export function launch(): void {
  const bundle = join(__dirname, CLI_BUNDLE);
  const folder = cacheFolder(process.env, process.getuid?.());
  const file = cacheFileName(bundle, process.argv, `${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`);
  const cachedData = folder === undefined ? undefined : readCache(folder, file);
  // Latin-1 is the bundle's text exactly, since the build keeps it ASCII, and reads twice as fast.
  // The bundle is already a function of CommonJS's parameters (see scripts/build.mjs).
  const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
  const module = { exports: {} as { main: Main } };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (folder !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit, so that the cache holds everything this run compiled, not only the start-up.
    process.once('exit', () => writeCache(folder, file, script.createCachedData()));
  }
  void module.exports.main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
