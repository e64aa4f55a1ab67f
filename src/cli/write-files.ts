import { lstatSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import { makeFolders } from './make-folders.js';

export interface OutputFile {
  path: string;
  content: string;
}

/**
 * Write a set of files so that no reader ever sees half of one: each is written to a temporary
 * file in its own folder (so the rename stays on one file system) and renamed into place only
 * after every temporary file has been written. If any write fails, the temporary files are
 * removed and nothing is replaced.
 */
export function writeFilesAtomically(files: readonly OutputFile[]): void {
  const staging = new Staging();
  for (const file of files) staging.stage(file);
  staging.publish();
}

/**
 * Files written one by one as hidden temporary files beside their targets, then published
 * together. A caller that produces many documents stages each as soon as it exists, so memory
 * holds one document at a time rather than all of them, and still nothing is replaced until
 * `publish`; `discard` (or a failed write) removes what was staged.
 */
export class Staging {
  private readonly staged: Array<{ temp: string; path: string }> = [];
  private readonly folders = new Set<string>();
  /** Folders this staging made, outermost first: a run that writes nothing leaves none of them. */
  private readonly made: string[] = [];

  stage(file: OutputFile): void {
    try {
      const folder = dirname(file.path);
      if (!this.folders.has(folder)) {
        makeFolders(folder, 0o777, this.made);
        this.folders.add(folder);
      }
      const temp = join(folder, `.${basename(file.path)}.${process.pid}.${uniqueSuffix()}.tmp`);
      this.staged.push({ temp, path: file.path });
      writeFileSync(temp, file.content, { flag: 'wx' });
    } catch (error) {
      this.discard();
      throw writeError(file.path, error, 'Nothing was written.');
    }
  }

  /** Rename every staged file into place, after making sure no folder stands where one goes. */
  publish(): void {
    const staged = this.staged.splice(0);
    let current = '';
    try {
      // A folder where a document goes would stop its rename after the ones before it had
      // landed; find it now, while nothing has been replaced.
      for (const { path } of staged) {
        current = path;
        if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      }
    } catch (error) {
      removeAll(staged);
      this.removeMadeFolders();
      throw writeError(current, error, 'Nothing was written.');
    }
    for (const [index, { temp, path }] of staged.entries()) {
      try {
        renameSync(temp, path);
      } catch (error) {
        removeAll(staged.slice(index));
        const done = staged.slice(0, index).map((s) => s.path);
        throw writeError(path, error, done.length === 0 ? 'Nothing was written.' : `Only ${done.join(', ')} ${done.length === 1 ? 'was' : 'were'} written.`);
      }
    }
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

/** Removes staged files; one that cannot be removed does not keep the others. */
function removeAll(staged: ReadonlyArray<{ temp: string }>): void {
  for (const { temp } of staged) {
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
