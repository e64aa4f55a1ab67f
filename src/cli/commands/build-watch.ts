import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { loadYaml } from '../../load/index.js';
import { UsageError } from '../errors.js';
import { stderr } from '../output.js';
import type { BuildCliOptions } from './build.js';
import { runBuild } from './build-run.js';

/** Editors save in bursts (write, rename, chmod): wait for the burst to end before rebuilding. */
const SETTLE_MS = 80;

/** The folder of clause overrides a policy names, if it exists; read once, when the watch starts. */
function clauseFolder(file: string): string[] {
  try {
    const { value } = loadYaml(readFileSync(file), file);
    const folder = (value as { policy?: { clauses?: unknown } } | undefined)?.policy?.clauses;
    if (typeof folder !== 'string') return [];
    const path = resolve(dirname(file), folder);
    return statSync(path).isDirectory() ? [path] : [];
  } catch {
    return [];
  }
}

/**
 * `policyc build --watch`: one build, then a rebuild whenever anything changes in the folder of an
 * input or in the clause folder it names.
 * Folders are watched rather than files because editors replace files by renaming, which ends a
 * file watch. Runs until interrupted; an invalid save is reported and the watch goes on.
 */
export async function watchBuild(files: readonly string[], options: BuildCliOptions): Promise<number> {
  if (options.check || options.stdout)
    throw new UsageError('--watch cannot be combined with --check or --stdout.', 'Watch writes files; run --check once, in CI.');
  const run = async (): Promise<void> => {
    try {
      await runBuild(files, { ...options, watch: true });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      stderr.write(`policyc: ${error.message}\n`);
    }
  };
  await run();

  const outputs = new Set(files.map((f) => basename(f).replace(/\.[^.]+$/, '')));
  const folders = [...new Set(files.flatMap((f) => [resolve(dirname(f)), ...clauseFolder(f)]))];
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> = Promise.resolve();
  const schedule = (name: string | null): void => {
    // Our own writes (privacy.md, temp files) must not trigger another build.
    if (name !== null && (name.startsWith('.') || [...outputs].some((o) => /\.(md|html|txt)$/.test(name) && name.startsWith(`${o}.`)))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      building = building.then(run);
    }, SETTLE_MS);
  };
  const watchers: FSWatcher[] = folders.map((folder) => watch(folder, { recursive: false }, (_event, name) => schedule(name)));
  stderr.write(`policyc: watching ${files.join(', ')} (Ctrl-C to stop)\n`);

  return new Promise((done) => {
    // Stays listening: a second Ctrl-C while a rebuild finishes must not kill it half-staged.
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
      void building.then(() => done(0));
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  });
}
