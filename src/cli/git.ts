import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface FileAtRevision {
  /** The file's bytes at that revision. */
  source: Uint8Array;
  /** How diagnostics name it: `HEAD~1:policy/privacy.yaml`. */
  label: string;
}

/**
 * Reads `file` as it was at git revision `revision`, asking git itself (no shell, run from the
 * file's folder, so the file may live in any repository). Every failure a user can cause is a
 * one-line UsageError.
 */
export async function readAtRevision(file: string, revision: string): Promise<FileAtRevision> {
  if (revision === '' || revision.startsWith('-'))
    throw new UsageError(`'${revision}' is not a git revision.`, 'Give a commit, branch or tag, e.g. --base main or --base HEAD~1.');
  const absolute = resolve(file);
  const cwd = dirname(absolute);
  const top = await git(cwd, ['rev-parse', '--show-toplevel']).catch((error: unknown) => {
    if (isMissingGit(error)) throw new UsageError('--base needs git, and git was not found on the PATH.');
    throw new UsageError(
      `${file} is not inside a git repository, so --base cannot read an older version of it.`,
      'Compare two files instead: policyc diff <old> <new>.',
    );
  });
  const path = relative(realpathSync(top.toString('utf8').trim()), realpath(absolute))
    .split(sep)
    .join('/');
  await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).catch(() => {
    throw new UsageError(`Unknown git revision '${revision}'.`, 'Check the branch, tag or commit name (git log --oneline shows recent commits).');
  });
  const source = await git(cwd, ['show', `${revision}:${path}`]).catch(() => {
    throw new UsageError(
      `${path} does not exist at revision '${revision}'.`,
      'Pick a revision where the file exists, or compare two files: policyc diff <old> <new>.',
    );
  });
  return { source, label: `${revision}:${path}` };
}

/** At most this many versions are read from a file's history: the work and memory of a run stay bounded. */
export const MAX_HISTORY = 500;
/** And at most this many bytes of them, the newest versions first. */
export const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

/**
 * The committed versions of `file`, oldest first, as `diff --base` reads one of them: from git
 * itself, run from the file's folder. The newest MAX_HISTORY commits that changed the file at its
 * present path (a rename is not followed), as many as fit in MAX_HISTORY_BYTES. Undefined when the file is not in a git repository or
 * git is missing, so a caller can do without history; an empty list when it was never committed.
 */
export async function readHistory(file: string): Promise<FileAtRevision[] | undefined> {
  const absolute = resolve(file);
  const cwd = dirname(absolute);
  let top: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  } catch {
    return undefined;
  }
  const path = relative(realpathSync(top), realpath(absolute)).split(sep).join('/');
  let log: string;
  try {
    log = (await git(cwd, ['log', `--max-count=${MAX_HISTORY}`, '--format=%H', '--end-of-options', 'HEAD', '--', `:(top,literal)${path}`])).toString('utf8');
  } catch {
    // A repository without commits yet: no history.
    return [];
  }
  const commits = log.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  const versions: FileAtRevision[] = [];
  let read = 0;
  // Newest first, until the byte budget is spent: a history of huge versions cannot exhaust memory.
  for (const commit of commits) {
    const source = await git(cwd, ['show', `${commit}:${path}`]).catch(() => undefined);
    if (source === undefined) continue;
    read += source.length;
    if (read > MAX_HISTORY_BYTES) break;
    versions.push({ source, label: `${commit.slice(0, 7)}:${path}` });
  }
  return versions.reverse();
}

/** The real path of the file, or of its folder when the file itself is gone from disk. */
function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
  }
}

function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((done, fail) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      if (error) fail(error);
      else done(stdout);
    });
  });
}

function isMissingGit(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
