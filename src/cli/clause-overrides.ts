import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceMap } from '../load/index.js';
import type { ClauseError } from '../render/clause-error.js';

/** Far above any clause: the built-in ones are a few kilobytes. */
export const MAX_CLAUSE_BYTES = 1024 * 1024;
/** Clauses sit at the top or in `partials/`; a few more levels for a company's own order. */
export const MAX_CLAUSE_DEPTH = 8;
/** Entries of any kind looked at in the folder: a clause folder holds a few dozen. */
export const MAX_CLAUSE_ENTRIES = 2000;
/** All clause files together: a cap on memory whatever their number. */
export const MAX_CLAUSE_TOTAL_BYTES = 8 * 1024 * 1024;

/** A clause folder that cannot be read as one: what is wrong, and how to fix it. */
export class ClauseFolderError extends Error {
  override readonly name = 'ClauseFolderError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/**
 * Read a policy's clause overrides (`policy.clauses`, a folder relative to the policy file) into
 * name → template source, the shape the pure renderer takes.
 *
 * The folder comes from whoever wrote the policy, and git stores symbolic links, so it is walked
 * by hand rather than with `readdir({ recursive })`, which follows links to folders (two links to
 * `.` never end; a link to `/` walks into /proc): a link to a folder is not followed, a link to a
 * clause file must stay inside the folder, and the depth, the number of entries and the bytes read are
 * bounded. Only regular files are read, so a FIFO or a device cannot block the read.
 */
export function readClauseOverrides(policyFile: string, folder: string): Record<string, string> {
  const base = realpathSync(dirname(resolve(policyFile)));
  const requested = resolve(base, folder);
  if (isAbsolute(folder) || !inside(base, requested)) {
    throw new ClauseFolderError(
      `policy.clauses '${folder}' points outside the folder of the policy file.`,
      'Name a folder beside or below privacy.yaml, e.g. policy-clauses.',
    );
  }
  let root: string;
  try {
    root = realpathSync(requested);
    if (!lstatSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw new ClauseFolderError(
      `Cannot read the clause folder '${folder}': ${reason(error)}.`,
      'Name a folder beside or below privacy.yaml that holds the .hbs clause files.',
    );
  }
  if (!inside(base, root)) {
    throw new ClauseFolderError(
      `policy.clauses '${folder}' leads outside the folder of the policy file through a symbolic link.`,
      'Name the folder itself, not a link to it.',
    );
  }

  const overrides: Record<string, string> = {};
  let entries = 0;
  let total = 0;
  const walk = (dir: string, names: readonly string[]): void => {
    if (names.length > MAX_CLAUSE_DEPTH) {
      throw new ClauseFolderError(
        `The clause folder '${folder}' nests folders more than ${MAX_CLAUSE_DEPTH} deep (${shown(folder, names)}).`,
        'Keep clauses at the top of the folder and partials in partials/.',
      );
    }
    let listing: string[];
    try {
      listing = readdirSync(dir).sort();
    } catch (error) {
      throw new ClauseFolderError(`Cannot read ${shown(folder, names)}: ${reason(error)}.`);
    }
    for (const name of listing) {
      entries++;
      if (entries > MAX_CLAUSE_ENTRIES) {
        throw new ClauseFolderError(
          `The clause folder '${folder}' holds more than ${MAX_CLAUSE_ENTRIES} files and folders.`,
          'Keep only the .hbs clause files there.',
        );
      }
      const path = join(dir, name);
      const at = shown(folder, [...names, name]);
      const stat = lstatOrThrow(path, at);
      if (stat.isDirectory()) {
        walk(path, [...names, name]);
        continue;
      }
      if (!name.endsWith('.hbs')) continue;
      if (stat.isSymbolicLink()) {
        // A link to a clause beside it is fine; one to anything outside the folder, or to a folder, is not.
        let target: string;
        try {
          target = realpathSync(path);
        } catch (error) {
          throw new ClauseFolderError(`The clause file ${at} is a symbolic link that cannot be followed: ${reason(error)}.`);
        }
        if (!inside(root, target))
          throw new ClauseFolderError(
            `The clause file ${at} leads outside the clause folder through a symbolic link.`,
            'Copy the clause into the folder instead of linking to it.',
          );
      }
      const source = readClause(path, at, folder, MAX_CLAUSE_TOTAL_BYTES - total);
      total += source.bytes;
      overrides[[...names, name.slice(0, -'.hbs'.length)].join('/')] = source.text;
    }
  };
  walk(root, []);
  return overrides;
}

/**
 * The clause overrides a checked policy names, or the diagnostic that says why they cannot be
 * read, placed at the `policy.clauses` key: the one way build, validate and diff read them.
 */
export function clauseOverridesOf(
  file: string,
  folder: string | undefined,
  sourceMap: SourceMap | undefined,
): { overrides: Record<string, string>; diagnostic?: Diagnostic } {
  if (folder === undefined) return { overrides: {} };
  try {
    return { overrides: readClauseOverrides(file, folder) };
  } catch (error) {
    if (!(error instanceof ClauseFolderError)) throw error;
    const at = sourceMap?.locate(['policy', 'clauses']) ?? { line: 0, column: 0 };
    return {
      overrides: {},
      diagnostic: {
        code: 'clauses/folder',
        severity: 'error',
        message: error.message,
        file,
        ...at,
        path: ['policy', 'clauses'],
        ...(error.hint === undefined ? {} : { hint: error.hint }),
      },
    };
  }
}

/** A clause that does not parse or fails to render, as a diagnostic at `policy.clauses`. */
export function clauseDiagnostic(error: ClauseError, file: string, sourceMap: SourceMap | undefined): Diagnostic {
  const at = sourceMap?.locate(['policy', 'clauses']) ?? { line: 0, column: 0 };
  return {
    code: 'build/clause',
    severity: 'error',
    message: `${error.message}.`,
    file,
    ...at,
    path: ['policy', 'clauses'],
    hint: `Fix the clause file ${error.clause}.hbs in the folder named by policy.clauses.`,
  };
}

function lstatOrThrow(path: string, at: string): Stats {
  try {
    return lstatSync(path);
  } catch (error) {
    throw new ClauseFolderError(`Cannot read ${at}: ${reason(error)}.`);
  }
}

/**
 * One clause file, opened without blocking (a FIFO would otherwise wait for a writer) and read
 * only if it is a regular file, at most `budget` bytes and MAX_CLAUSE_BYTES.
 */
function readClause(path: string, at: string, folder: string, budget: number): { text: string; bytes: number } {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ClauseFolderError(`The clause file ${at} is not a regular file.`, 'A clause is a .hbs text file.');
    if (stat.size > MAX_CLAUSE_BYTES) {
      throw new ClauseFolderError(`The clause file ${at} is ${stat.size} bytes; a clause may be at most ${MAX_CLAUSE_BYTES}.`);
    }
    if (stat.size > budget) {
      throw new ClauseFolderError(`The clause files in '${folder}' are more than ${MAX_CLAUSE_TOTAL_BYTES} bytes together.`);
    }
    // One byte more than allowed tells a file that grew since the fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_CLAUSE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_CLAUSE_BYTES || length > budget)
      throw new ClauseFolderError(`The clause file ${at} grew while it was read; a clause may be at most ${MAX_CLAUSE_BYTES} bytes.`);
    return { text: buffer.toString('utf8', 0, length), bytes: length };
  } catch (error) {
    if (error instanceof ClauseFolderError) throw error;
    throw new ClauseFolderError(`Cannot read the clause file ${at}: ${reason(error)}.`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'it is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EISDIR: 'it is a folder',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && Object.hasOwn(REASONS, code) ? (REASONS[code] as string) : String(code ?? (error instanceof Error ? error.message : error));
}

/** `ours/partials/x.hbs`, as the user named the folder. */
function shown(folder: string, names: readonly string[]): string {
  return [folder.replace(/[\\/]+$/, ''), ...names].join('/');
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
