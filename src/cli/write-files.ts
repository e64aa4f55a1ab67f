import { closeSync, constants, copyFileSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import { makeFolders } from './make-folders.js';
import { checkOutputTarget, Inputs } from './output-target.js';

export { Inputs };

export interface OutputFile {
  path: string;
  content: string;
}

/**
 * Write a set of files so that no reader ever sees half of one, and either all of them are
 * replaced or none (see Staging). `inputs` are files the run read: none of them may be replaced.
 */
export function writeFilesAtomically(files: readonly OutputFile[], inputs: Inputs = new Inputs()): void {
  const staging = new Staging(inputs);
  for (const file of files) staging.stage(file);
  staging.publish();
}

/** A file written beside its target, and the earlier target kept until every rename is done. */
interface Staged {
  temp: string;
  path: string;
  /** A hard link to (or copy of) what was at `path`, to put back if a later rename fails. */
  backup?: string;
  /** Renamed into place: what to undo. */
  published?: boolean;
}

/**
 * Files written one by one as hidden temporary files beside their targets (so each rename stays on
 * one file system), each flushed to the disk (fsync) before it is renamed, then published together:
 * if any rename fails, those done are rolled back, so the documents of a run are all new or all
 * as they were. A caller that produces many documents stages each as soon as it exists, so memory
 * holds one document at a time rather than all of them; `discard` (or a failed write) removes
 * what was staged.
 *
 * A run killed outright (SIGKILL, a power cut) cannot clean up: its staging files carry its
 * process id (`.privacy.md.<pid>.<random>.tmp`), and the next run writing into that folder removes
 * those whose process is gone.
 */
export class Staging {
  private readonly staged: Staged[] = [];
  private readonly folders = new Set<string>();
  /** Folders this staging made, outermost first: a run that writes nothing leaves none of them. */
  private readonly made: string[] = [];

  constructor(private readonly inputs: Inputs = new Inputs()) {}

  stage(file: OutputFile): void {
    try {
      const folder = dirname(file.path);
      if (!this.folders.has(folder)) {
        makeFolders(folder, 0o777, this.made);
        this.folders.add(folder);
        removeAbandoned(folder);
      }
      checkOutputTarget(file.path, this.inputs);
      const temp = join(folder, stagingName(basename(file.path), 'tmp'));
      this.staged.push({ temp, path: file.path });
      writeDurably(temp, file.content);
    } catch (error) {
      this.discard();
      if (error instanceof UsageError) throw error;
      throw writeError(file.path, error, 'Nothing was written.');
    }
  }

  /** Rename every staged file into place, or, if one cannot be, none. */
  publish(): void {
    const staged = this.staged.splice(0);
    let current = '';
    try {
      // Checked again, just before the renames: something may have been put in the way meanwhile.
      for (const entry of staged) {
        current = entry.path;
        checkOutputTarget(entry.path, this.inputs);
        entry.backup = keepPrevious(entry.path);
      }
    } catch (error) {
      removeAll(staged);
      this.removeMadeFolders();
      if (error instanceof UsageError) throw error;
      throw writeError(current, error, 'Nothing was written.');
    }
    for (const entry of staged) {
      try {
        renameSync(entry.temp, entry.path);
        entry.published = true;
      } catch (error) {
        const lost = rollBack(staged);
        // An earlier document that could not be put back keeps its hidden copy, named in the message.
        removeAll(staged.map((s) => (lost.includes(s) ? { temp: s.temp } : s)));
        this.removeMadeFolders();
        throw writeError(
          entry.path,
          error,
          lost.length === 0
            ? 'Nothing was written.'
            : `${lost.map((s) => (s.backup === undefined ? `The new ${s.path} could not be removed` : `The earlier ${s.path} is kept as ${s.backup}`)).join('; ')}.`,
        );
      }
    }
    removeAll(staged.map((s) => ({ temp: s.backup })));
    for (const folder of this.folders) syncFolder(folder);
    this.made.length = 0;
  }

  /** Remove every staged file, and the folders made for them; nothing is replaced. */
  discard(): void {
    removeAll(this.staged.splice(0));
    this.removeMadeFolders();
  }

  private removeMadeFolders(): void {
    for (const folder of this.made.splice(0).reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // Something else was put there meanwhile: it stays, with its folder.
      }
    }
  }
}

/** Written, then flushed to the disk: a rename after a crash must never expose an empty file. */
function writeDurably(path: string, content: string): void {
  const fd = openSync(path, 'wx');
  try {
    const bytes = Buffer.from(content, 'utf8');
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A hard link to the file at `path` (a copy where links are not supported), or undefined if there is none. */
function keepPrevious(path: string): string | undefined {
  if (lstatSync(path, { throwIfNoEntry: false }) === undefined) return undefined;
  const backup = join(dirname(path), stagingName(basename(path), 'old'));
  try {
    linkSync(path, backup);
  } catch {
    copyFileSync(path, backup, constants.COPYFILE_EXCL);
  }
  return backup;
}

/** Undoes the renames done: each earlier file back, or a new one removed. Returns those that could not be undone. */
function rollBack(staged: readonly Staged[]): Staged[] {
  const lost: Staged[] = [];
  for (const entry of staged) {
    if (!entry.published) continue;
    try {
      if (entry.backup === undefined) rmSync(entry.path, { force: true });
      else {
        renameSync(entry.backup, entry.path);
        entry.backup = undefined;
      }
    } catch {
      lost.push(entry);
    }
  }
  return lost;
}

/** The renames themselves reach the disk (where a folder cannot be opened for that, they still happen). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems refuse an fsync on a folder; the files themselves were flushed.
  }
}

/** `.privacy.md.<pid>.<random>.tmp`: hidden, with the process that owns it (see removeAbandoned). */
function stagingName(name: string, kind: 'tmp' | 'old'): string {
  return `.${name}.${process.pid}.${uniqueSuffix()}.${kind}`;
}

const STAGING_NAME = /^\..+\.(\d+)\.[0-9a-z]+\.(?:tmp|old)$/;

/**
 * Removes the staging files of runs that died without cleaning up (SIGKILL, a crash, a power cut):
 * those whose process no longer runs, or that carry this process's own id (ids are reused, in
 * containers especially, and this run has made none yet). Files of a run still going are left.
 */
function removeAbandoned(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = STAGING_NAME.exec(name)?.[1];
    if (pid === undefined || (Number(pid) !== process.pid && running(Number(pid)))) continue;
    try {
      if (lstatSync(join(folder, name)).isFile()) rmSync(join(folder, name), { force: true });
    } catch {
      // Gone already, or not ours to remove: either way it is no document.
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes staged files; one that cannot be removed does not keep the others. */
function removeAll(staged: ReadonlyArray<{ temp?: string | undefined; backup?: string | undefined }>): void {
  for (const temp of staged.flatMap((s) => [s.temp, s.backup])) {
    if (temp === undefined) continue;
    try {
      rmSync(temp, { force: true });
    } catch {
      // Never written (its name too long, its folder gone): there is nothing to remove.
    }
  }
}

/** What an error code means for a file being written, in the user's words. */
const WHY: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a file is in the way of the folder',
  EEXIST: 'a file is in the way of the folder',
  EISDIR: 'a folder has that name',
  ENOSPC: 'the disk is full',
  ENOENT: 'no such folder, and it cannot be made',
  ENAMETOOLONG: 'the name is too long',
};

function writeError(path: string, error: unknown, hint: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code !== undefined && Object.hasOwn(WHY, code) ? WHY[code] : String(code ?? (error instanceof Error ? error.message : error));
  return new UsageError(`Cannot write ${path}: ${why}.`, hint);
}

/**
 * Part of a staging file's name that a crashed run with the same process id (ids repeat, in
 * containers especially) cannot have left behind. Math.random, not crypto: the names need only
 * differ (`wx` refuses a clash anyway), and loading crypto costs a cold build about 2 ms.
 */
function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}
