import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_LIMITS } from '../load/index.js';
import { suggest } from '../validate/suggest.js';
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
  return new UsageError(`cannot read ${file}: ${reason}`, code === 'ENOENT' ? missingFileHint(file) : undefined);
}

/** A file of a close name beside the missing one (privacy.yml, privcy.yaml), else how to make one. */
function missingFileHint(file: string): string {
  if (file === '-') return 'policyc does not read standard input; name the file to read.';
  const folder = dirname(file);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/i.test(name));
  } catch {
    return `There is no folder ${folder}.`;
  }
  // Names are compared without the extension, so `.yaml` does not make any two look alike.
  const stem = (name: string): string => name.replace(/\.ya?ml$/i, '');
  const byStem = new Map(names.map((name) => [stem(name), name]));
  const wanted = basename(file);
  const [meant] = suggest(stem(wanted), byStem.keys(), 1);
  const near = meant === undefined ? undefined : byStem.get(meant);
  if (near !== undefined && near !== wanted) return `Did you mean ${folder === '.' ? near : join(folder, near)}?`;
  return 'Run `policyc init` to create a privacy.yaml, or name the file to read.';
}
