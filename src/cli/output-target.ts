import { lstatSync, statSync, type Stats } from 'node:fs';
import { UsageError } from './errors.js';

/** The files a run reads, by identity (device and inode), which no output may replace. */
export class Inputs {
  private readonly ids = new Map<string, string>();

  constructor(files: readonly string[] = []) {
    for (const file of files) {
      const stat = statSync(file, { throwIfNoEntry: false });
      // A missing input is reported by whoever reads it; there is nothing to protect.
      if (stat !== undefined) this.ids.set(identity(stat), file);
    }
  }

  /** The input a file is, through any link or path spelling, if it is one. */
  find(stat: Stats): string | undefined {
    return this.ids.get(identity(stat));
  }
}

/**
 * Refuses an output path that would replace something other than a document: an input (by
 * identity, so `here/q.yaml` with `here -> .`, a hard link or `./q.yaml` are all found), a
 * symbolic link (renaming over it would replace the link, not what it points at, and a link in
 * a pull request may point anywhere), a folder, a FIFO, a device or a socket. A path with nothing
 * there yet is fine. Exit 2, as for any file that cannot be written.
 */
export function checkOutputTarget(path: string, inputs: Inputs, inputHint = 'Nothing was written; write to another file.'): void {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    // A part of the path that is not a folder, or one that cannot be searched: the write says so.
    return;
  }
  if (stat === undefined) return;
  const what = stat.isSymbolicLink()
    ? 'it is a symbolic link'
    : stat.isDirectory()
      ? 'a folder has that name'
      : stat.isFIFO()
        ? 'it is a named pipe (FIFO)'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'it is a device'
          : stat.isSocket()
            ? 'it is a socket'
            : undefined;
  if (what !== undefined) {
    throw new UsageError(`Cannot write ${path}: ${what}, and policyc replaces only regular files.`, 'Nothing was written; remove it, or write somewhere else.');
  }
  const input = inputs.find(stat);
  if (input !== undefined) {
    throw new UsageError(`Cannot write ${path}: it is the input ${input}, and policyc never replaces an input.`, inputHint);
  }
}

function identity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}
