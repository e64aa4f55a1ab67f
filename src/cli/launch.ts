/**
 * What bin/policyc.js runs: the CLI bundle, or for a plain validate command line the validate
 * bundle (the part of the CLI validate runs), compiled through a V8 code cache.
 *
 * Most of a cold run of policyc used to go to V8 parsing and compiling the code it loads (commander,
 * the schema validator, marked), anew in every process. Node 22 keeps a compile cache for that
 * (module.enableCompileCache); policyc supports Node 20, which has none, so this file does the same
 * for the files the CLI is: the bundle, and the parts it loads on first use (each language's compiled
 * clauses, which only rendering runs). Each is compiled as a vm.Script with the bytecode a previous
 * run left behind, and the first successful run of each command (or one whose cache V8 refused)
 * leaves the bytecode of everything it compiled, at exit, for the next. The output never depends on
 * the cache.
 *
 * This file is bundled alone into dist/launch.cjs (CommonJS: the cheapest module for Node to load);
 * CLI_BUNDLE and VALIDATE_BUNDLE are defined at bundle time as the bundles' paths relative to it.
 *
 * V8 checks a cache only against the length of its source and the V8 version and flags, and trusts
 * the rest: bytecode for other source runs as if it were this, and damaged bytes can crash it or,
 * worse, change what it prints. So a cache is named for the bundle's content hash, size and times
 * of change (an edit in place starts a new one), stored twice over and used only when both copies
 * agree, written whole and synced before it takes its name, and read only from a folder and file
 * that are this user's alone. Anything that goes wrong with a cache costs a run its speed, never
 * its result.
 */
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { validateLine, type ValidateLine } from './commands/validate-line.js';
import { makeFolders } from './make-folders.js';

declare const CLI_BUNDLE: string;
declare const VALIDATE_BUNDLE: string;

/** The commands that get a cache of their own, since each compiles different code (see the test). */
export const CACHED_COMMANDS = ['validate', 'build', 'diff', 'export', 'init', 'schema'] as const;

/** The full CLI bundle's export (src/cli/main.ts) and the validate bundle's (src/cli/validate-main.ts). */
interface Bundles {
  cli: { main: (argv: readonly string[]) => Promise<number> };
  validate: { validate: (line: ValidateLine) => Promise<number> };
}

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
 * Which cache a run uses: its command's, as each compiles different code, or one for the rest (help
 * included, which compiles little of any command).
 */
export function cacheKey(argv: readonly string[]): string {
  const command = argv[2] ?? '';
  if (argv.includes('--help') || argv.includes('-h')) return 'other';
  return (CACHED_COMMANDS as readonly string[]).includes(command) ? command : 'other';
}

/**
 * The bundle as a cache must match it: its name (with the content hash), size and times of change.
 * The ctime too, since a copy that keeps the mtime (`cp -p`, `touch -r`) still changes it.
 */
export interface BundleIdentity {
  name: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * The cache of one key for one bundle, V8, processor and set of Node options. V8 refuses a cache
 * made under other flags, so runs with other options (NODE_OPTIONS, `node --flag policyc`) get their
 * own file, or each would throw away and rewrite the other's.
 */
export function cacheFileName(bundle: BundleIdentity, key: string, options: string): string {
  const fingerprint = fnv1a(`${bundle.size} ${bundle.mtimeMs} ${bundle.ctimeMs}\0${options}`);
  return `${bundle.name}.${key}.v8-${process.versions.v8}-${process.arch}-${fingerprint}.cache`;
}

/** A short fingerprint of a string (32-bit FNV-1a), for a file name. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const ownedHere = (stat: Stats): boolean => process.platform === 'win32' || !process.getuid || stat.uid === process.getuid();
/** Owned by this user and writable by no one else (where there are users and modes to check). */
const ours = (stat: Stats): boolean => ownedHere(stat) && (process.platform === 'win32' || (stat.mode & 0o022) === 0);

/**
 * A cache folder is used only if it is this user's own, a real folder (not a link someone could
 * point elsewhere) that no one else can write to: the bytecode in it runs as policyc.
 */
function trusted(folder: string): boolean {
  try {
    const stat = lstatSync(folder);
    return stat.isDirectory() && ours(stat);
  } catch {
    return false;
  }
}

/**
 * A cache file: this header, then the bytecode twice. V8 trusts a cache's bytes, and a damaged one
 * can change what policyc prints, so the copies must agree byte for byte before it is used. Not a
 * checksum: the cheap ones are in node:zlib and node:crypto, whose stream modules cost a cold run
 * about 1.5 ms to load, where comparing two copies is a native pass over memory (readCache). The
 * header is 32 bytes, so that the first copy starts where V8 reads it in place (it copies unaligned data).
 */
const HEADER = Buffer.from(`${'policyc compile cache, twice'.padEnd(31)}\n`);

/**
 * The bytes a run reads, in one buffer used again and again: the bundle's source (until it is a
 * string), then its cache (until V8 has read it), then a part's. On this VM every page a process
 * touches for the first time costs about as much as reading it (BENCHMARKS.md, eighth session), so
 * memory already touched is the cheapest to read into.
 */
let scratch = Buffer.alloc(0);
function scratchOf(size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(size);
  return scratch;
}

/** The second copy of a cache is compared a piece at a time, through this much memory. */
const PIECE = 64 * 1024;

/** Reads exactly `length` bytes at `position` into `into` at `offset`, or throws. */
function readFully(fd: number, into: Buffer, offset: number, length: number, position: number): void {
  for (let done = 0; done < length;) {
    const n = readSync(fd, into, offset + done, length - done, position + done);
    if (n === 0) throw new Error('short read');
    done += n;
  }
}

/**
 * A cache open for reading, if there is one this user wrote and it could be whole. The file itself
 * is checked once open, not only its folder, whose parent is shared and could be swapped between a
 * check and a read; it is opened without following a link and without waiting, so a pipe in its
 * place cannot hang the run.
 */
function openCache(folder: string, file: string): { fd: number; half: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(folder, file), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    const half = (stat.size - HEADER.length) / 2;
    if (stat.isFile() && ours(stat) && Number.isInteger(half) && half > 0) return { fd, half };
  } catch {
    // No cache, or not one to trust: the run compiles.
  }
  if (fd !== undefined) closeSync(fd);
  return undefined;
}

/**
 * The cache's bytecode, read into the scratch buffer, if its header is ours and its two copies
 * agree byte for byte; the second copy is read a piece at a time and compared with the first, so a
 * run touches the memory of one copy only.
 */
function readCache({ fd, half }: { fd: number; half: number }): Buffer | undefined {
  try {
    const bytes = scratchOf(HEADER.length + half);
    readFully(fd, bytes, 0, HEADER.length + half, 0);
    if (!bytes.subarray(0, HEADER.length).equals(HEADER)) return undefined;
    const piece = Buffer.allocUnsafeSlow(Math.min(PIECE, half));
    for (let at = 0; at < half; at += piece.length) {
      const length = Math.min(piece.length, half - at);
      readFully(fd, piece, 0, length, HEADER.length + half + at);
      if (piece.compare(bytes, HEADER.length + at, HEADER.length + at + length, 0, length) !== 0) return undefined;
    }
    return bytes.subarray(HEADER.length, HEADER.length + half);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Written to a temporary name, synced and renamed: a reader never finds half a cache, and a power
 * cut never leaves a named file with the bytes of another. Leftovers go at the same time (prune).
 */
function writeCache(folder: string, file: string, data: Buffer): void {
  const temp = join(folder, `.${file}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    makeFolder(folder);
    if (!trusted(folder)) return;
    fd = openSync(temp, 'wx', 0o600);
    for (const part of [HEADER, data, data]) for (let offset = 0; offset < part.length;) offset += writeSync(fd, part, offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, join(folder, file));
    prune(folder, file);
  } catch {
    // A cache is only ever a saving: a full disk or a read-only folder costs the next run its speed.
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made; there is nothing to remove.
    }
  }
}

/**
 * Whether a cache could be written at all, asked before V8 is asked to serialise one (a few ms): a
 * folder to be made or a real one of this user's, and nothing but a file, or nothing, at the
 * cache's name.
 */
function writable(folder: string, file: string): boolean {
  try {
    const stat = lstatSync(folder, { throwIfNoEntry: false });
    if (stat === undefined) return canMakeIn(dirname(folder));
    if (!stat.isDirectory() || !ownedHere(stat)) return false;
    accessSync(folder, constants.W_OK);
    return lstatSync(join(folder, file), { throwIfNoEntry: false })?.isFile() ?? true;
  } catch {
    return false;
  }
}

/** Whether folders can be made at `path`: the nearest folder that exists there is writable. */
function canMakeIn(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return dirname(path) !== path && canMakeIn(dirname(path));
  if (!stat.isDirectory()) return false;
  accessSync(path, constants.W_OK);
  return true;
}

/** The cache folder, made if missing, only this user's; if it is theirs but open to others, closed. */
function makeFolder(folder: string): void {
  makeFolders(folder, 0o700);
  const stat = lstatSync(folder);
  if (stat.isDirectory() && ownedHere(stat) && !ours(stat)) chmodSync(folder, 0o700);
}

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/**
 * Caches kept at most (0.2–3 MB each, the bytecode twice over, so under 100 MB): enough for every
 * command under a few installs or sets of options used in turn, while a machine that rebuilds or
 * reinstalls policyc often (its developers, a CI runner that keeps its temporary folder) does not
 * pile up a month of them.
 */
export const MAX_CACHES = 32;

/**
 * Removes what no run will use: temporary files of killed writers, caches not written for a month
 * (of other builds, other options, or one in daily use, which the next run then makes anew), and
 * beyond MAX_CACHES the least recently written. Anything odd in the folder is left alone.
 */
function prune(folder: string, current: string): void {
  const now = Date.now();
  const kept: Array<{ path: string; written: number }> = [];
  for (const name of readdirSync(folder)) {
    if (name === current) continue;
    try {
      const path = join(folder, name);
      const stat = lstatSync(path);
      const limit = name.endsWith('.tmp') ? HOUR_MS : name.endsWith('.cache') ? MONTH_MS : undefined;
      if (!stat.isFile() || limit === undefined) continue;
      if (now - stat.mtimeMs > limit) rmSync(path);
      else if (limit === MONTH_MS) kept.push({ path, written: stat.mtimeMs });
    } catch {
      // Gone meanwhile, or not ours to remove: the next entry is another matter.
    }
  }
  // The current cache is the newest and counts as one of those kept.
  for (const { path } of kept.sort((a, b) => b.written - a.written).slice(MAX_CACHES - 1)) {
    try {
      rmSync(path);
    } catch {
      // Removed meanwhile by another run's prune.
    }
  }
}

/**
 * A file of the CLI compiled through its cache: the bundle, or a part the bundle loads on first use
 * (each language's compiled clauses, which only rendering runs). Each file has a cache of its own
 * per command, named for that file, and written at exit when there was none or V8 refused it.
 */
function compile(path: string, folder: string | undefined, key: string, options: string): Script {
  const { source, file } = readSource(path, key, options);
  const cache = folder !== undefined && trusted(folder) ? openCache(folder, file) : undefined;
  const cachedData = cache === undefined ? undefined : readCache(cache);
  const script = new Script(source, { filename: path, cachedData });
  if (folder !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit, so that the cache holds everything this run compiled, not only the start-up; and
    // only after a run that succeeded, which went all the way through its command: one that
    // stopped at a usage error or at an invalid file compiled a part of it, and its cache would
    // leave every later run compiling the rest.
    process.once('exit', (code) => {
      if (code === 0 && writable(folder, file)) writeCache(folder, file, script.createCachedData());
    });
  }
  return script;
}

/** A file of the CLI as text, read through the scratch buffer, and the name of its cache. */
function readSource(path: string, key: string, options: string): { source: string; file: string } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    const bytes = scratchOf(stat.size);
    readFully(fd, bytes, 0, stat.size, 0);
    return {
      // Latin-1 is the file's text exactly, since the build keeps it ASCII, and decodes at the speed of a copy.
      source: bytes.toString('latin1', 0, stat.size),
      file: cacheFileName({ name: basename(path, '.cjs'), size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs }, key, options),
    };
  } finally {
    closeSync(fd);
  }
}

/** What the bundle is given to load a part: the part's file name in its folder, and the modules it imports. */
export type LoadPart = (name: string, modules: Readonly<Record<string, unknown>>) => unknown;

/**
 * Runs the CLI with process.argv and sets the exit code it resolves to. A plain validate command
 * line runs in the validate bundle, which holds only what validate runs (about half the full CLI,
 * without commander); any other in the full CLI. The choice is made from argv before either is read.
 */
export function launch(): void {
  const folder = cacheFolder(process.env, process.getuid?.());
  const key = cacheKey(process.argv);
  const options = `${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`;
  /** The bundle's exports: each is one function expression of CommonJS's parameters and loadPart (see scripts/build.mjs). */
  const run = <Name extends keyof Bundles>(file: string): Bundles[Name] => {
    const bundle = join(__dirname, file);
    // A part is a function of (exports, require, module) too; its `require` gives it only the
    // modules of the bundle it shares (the clause runtime and helpers), the same instances.
    const loadPart: LoadPart = (name, modules) => {
      const part = { exports: {} };
      const give = (id: string): unknown => {
        if (!Object.hasOwn(modules, id)) throw new Error(`${name} requires ${id}, which the CLI bundle does not give it.`);
        return modules[id];
      };
      compile(join(dirname(bundle), name), folder, key, options).runInThisContext()(part.exports, give, part);
      return part.exports;
    };
    const module = { exports: {} as Bundles[Name] };
    compile(bundle, folder, key, options).runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), loadPart);
    return module.exports;
  };
  const line = validateLine(process.argv);
  const done = line ? run<'validate'>(VALIDATE_BUNDLE).validate(line) : run<'cli'>(CLI_BUNDLE).main(process.argv);
  void done.then((code) => {
    process.exitCode = code;
  });
}
