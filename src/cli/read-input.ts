import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../load/index.js';
import { UsageError } from './errors.js';

/**
 * The bytes of an input file. Reads at most one byte more than the loader accepts, so a 50 MB
 * file costs no more memory than a 10 MB one and still gets the loader's "too large" diagnostic.
 * A file that cannot be read is a usage error (exit 2) in one line, never a stack trace.
 */
export function readInput(file: string, maxBytes: number = DEFAULT_LIMITS.maxBytes): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const limit = maxBytes + 1;
    // The size is a first guess (0 for a pipe, stale if the file grows); the buffer grows as needed.
    let buffer = new Uint8Array(Math.min(limit, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) break;
        const grown = new Uint8Array(Math.min(limit, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw cannotRead(file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

function cannotRead(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
  const hint = code === 'ENOENT' ? 'Run `policyc init` to create a privacy.yaml, or name the file to read.' : undefined;
  return new UsageError(`cannot read ${file}: ${reason}`, hint);
}
