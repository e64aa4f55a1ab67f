import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { buildPolicy, FORMATS, type Format } from '../../build.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Policy } from '../../model/policy.generated.js';
import { ClauseError } from '../../render/handlebars.js';
import { MarkdownTooDeepError } from '../../render/marked-safe.js';
import { checkSource } from '../../validate/index.js';
import { readClauseOverrides } from '../clause-overrides.js';
import { colorEnabled } from '../color.js';
import { suggestedCommand } from '../command-line.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../errors.js';
import { stderr, stdout } from '../output.js';
import { readInput } from '../read-input.js';
import { loadReporter } from '../reporters/index.js';
import { Staging, type OutputFile } from '../write-files.js';
import type { BuildCliOptions } from './build.js';

/**
 * `policyc build`: read and check every input, render them all, and only then write (or compare,
 * or print). An invalid input anywhere means nothing is written, so a run never leaves a mix of
 * fresh and stale documents.
 */
export async function runBuild(requested: readonly string[], options: BuildCliOptions): Promise<number> {
  // process.hrtime, not performance.now(): the first use of `performance` loads perf_hooks.
  const started = process.hrtime.bigint();
  const files = [...new Set(requested)];
  const formats = parseFormats(options.formats, options.stdout === true);
  checkCombination(files, formats, options);
  // Every file is read before any is built, so a missing one fails fast (exit 2).
  const inputs = files.map((file) => ({ file, bytes: readInput(file) }));

  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const checked: Array<{ file: string; policy: Policy; overrides: Record<string, string>; clausePath: Pick<Diagnostic, 'line' | 'column'> }> = [];
  for (const { file, bytes } of inputs) {
    const result = checkSource(bytes, file);
    if (result.text !== undefined) sources.set(file, result.text);
    for (const d of result.diagnostics) diagnostics.push(d);
    if (result.policy === undefined) continue;
    const folder = result.policy.policy?.clauses;
    const at = result.sourceMap?.locate(['policy', 'clauses']) ?? { line: 0, column: 0 };
    checked.push({ file, policy: result.policy, overrides: folder === undefined ? {} : readClauseOverrides(file, folder), clausePath: at });
  }

  // Where each document goes is known before anything is built, so a clash stops the run early.
  const planned = checked.map(({ file }) => formats.map((format) => ({ format, path: outputPath(file, format, options.out) })));
  let failing = diagnostics.some((d) => d.severity === 'error');
  if (!failing) checkCollisions(planned.flatMap((outputs) => outputs.map(({ path }) => path)), files, options.stdout === true);

  // Each document leaves memory as soon as it is built: staged on disk (hidden until every one is
  // there), compared with the file on disk, or kept as the one to print. Once any input has
  // failed nothing will be written, but the rest are still built to report their problems too.
  const sink = outputSink(files, options);
  const settled = discardOnInterrupt(sink);
  let code: number;
  try {
    for (const [index, { file, policy, overrides, clausePath }] of checked.entries()) {
      try {
        const built = buildPolicy(policy, { overrides });
        if (!failing) for (const { format, path } of planned[index] ?? []) sink.take({ path, content: built[format] });
        await signalsHeard();
      } catch (error) {
        const diagnostic = buildFailure(error, file, clausePath);
        if (!diagnostic) throw error;
        sink.discard();
        diagnostics.push(diagnostic);
        failing = true;
      }
    }

    // --quiet keeps only what stops the build, as it does for validate.
    const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (shown.length > 0) {
      const report = await loadReporter('pretty');
      stderr.write(report(shown, { sources, files, color: colorEnabled(process.env, stderr) }));
    }
    const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    if (failed.size > 0) {
      sink.discard();
      stderr.write(`policyc: nothing written: ${failed.size === 1 ? `${[...failed][0]} is` : `${failed.size} files are`} invalid.\n`);
      return EXIT_INVALID;
    }
    code = sink.finish();
  } catch (error) {
    // Whatever went wrong (a bug, or stderr that cannot be written), nothing staged may stay behind.
    sink.discard();
    throw error;
  } finally {
    await settled();
  }
  // Each file written, one line each, so a run ends saying what it did (after any warnings);
  // the timing only for people at a terminal, since it differs from run to run.
  const wroteFiles = !options.stdout && !options.check;
  if (wroteFiles && !options.quiet) {
    for (const { path } of planned.flat()) stderr.write(`policyc: wrote ${path}\n`);
    if (options.watch || stderr.isTTY) {
      stderr.write(`policyc: ${summary(checked.length, checked.length * formats.length, Number(process.hrtime.bigint() - started) / 1e6)}\n`);
    }
  }
  return code;
}

/** A clause or Markdown failure while rendering, as a diagnostic at `policy.clauses`; undefined for anything else. */
function buildFailure(error: unknown, file: string, clausePath: Pick<Diagnostic, 'line' | 'column'>): Diagnostic | undefined {
  const at = { file, line: clausePath.line, column: clausePath.column, path: ['policy', 'clauses'], severity: 'error' as const };
  if (error instanceof MarkdownTooDeepError) {
    // Section bodies were held to the limits when checked (rule section-body-renderable), so
    // the Markdown that nests too deep came from the policy's own clause files.
    return { code: 'build/markdown-too-deep', message: error.message, ...at, hint: 'Fix the clause files in the folder named by policy.clauses.' };
  }
  if (error instanceof ClauseError) {
    return { code: 'build/clause', message: `${error.message}.`, ...at, hint: `Fix the clause file ${error.clause}.hbs in the folder named by policy.clauses.` };
  }
  return undefined;
}

/**
 * While documents are staged, an interrupt (Ctrl-C), a termination or a closed terminal first
 * removes them, then ends the run as the signal would have. Node runs a signal's listener only when
 * the event loop turns, and drops a signal that arrived once its last listener is gone, so the
 * render loop lets the loop turn after each input (`signalsHeard`), and the guard stands down only
 * after one last turn. Under `build --watch`, whose own handler lets a build finish before it
 * stops, there is nothing to do.
 */
function discardOnInterrupt(sink: OutputSink): () => Promise<void> {
  if (process.listenerCount('SIGINT') > 0) return signalsHeard;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const stand = (): void => {
    for (const signal of signals) process.off(signal, interrupted);
  };
  const interrupted = (signal: NodeJS.Signals): void => {
    sink.discard();
    stand();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.on(signal, interrupted);
  return async () => {
    await signalsHeard();
    stand();
  };
}

/** One turn of the event loop, in which a signal that arrived meanwhile reaches its listener. */
function signalsHeard(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Where built documents go: `take` each as it is built, then `finish` for the exit code. */
interface OutputSink {
  take(output: OutputFile): void;
  /** Drop whatever was taken; nothing is written. */
  discard(): void;
  finish(): number;
}

function outputSink(files: readonly string[], options: BuildCliOptions): OutputSink {
  if (options.stdout) {
    let printed: string | undefined;
    return {
      take: (output) => void (printed ??= output.content),
      discard: () => void (printed = undefined),
      finish: () => {
        stdout.write(printed ?? '');
        return EXIT_OK;
      },
    };
  }
  if (options.check) return staleCheck(files, options.out);
  const staging = new Staging();
  return {
    take: (output) => staging.stage(output),
    discard: () => staging.discard(),
    finish: () => {
      staging.publish();
      return EXIT_OK;
    },
  };
}

/**
 * `--check`: each document compared with the file on disk as it is built; only the stale paths are
 * kept. The fix it suggests is the build that writes exactly the files it compared (the same
 * inputs and --out), not one that would write them somewhere else.
 */
function staleCheck(files: readonly string[], out: string | undefined): OutputSink {
  let compared = 0;
  let stale: string[] = [];
  return {
    take: (output) => {
      compared++;
      if (!upToDate(output)) stale.push(output.path);
    },
    discard: () => {
      compared = 0;
      stale = [];
    },
    finish: () => {
      if (stale.length === 0) {
        stderr.write(`policyc: ${compared === 1 ? '1 file is' : `${compared} files are`} up to date.\n`);
        return EXIT_OK;
      }
      for (const path of stale) stderr.write(`policyc: stale: ${path}\n`);
      stderr.write(`policyc: ${stale.length === 1 ? '1 file is' : `${stale.length} files are`} not what build would write; to update, run: ${suggestedCommand(['build', ...files, ...(out === undefined ? [] : ['-o', out])])}\n`);
      return EXIT_INVALID;
    },
  };
}

function upToDate(output: OutputFile): boolean {
  try {
    return readFileSync(output.path, 'utf8') === output.content;
  } catch {
    return false;
  }
}

/** "built 5 policies (15 files) in 0.4 s" */
export function summary(policies: number, files: number, ms: number): string {
  const seconds = ms < 100 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
  return `built ${policies === 1 ? '1 policy' : `${policies} policies`} (${files === 1 ? '1 file' : `${files} files`}) in ${seconds} s`;
}

function parseFormats(value: string | undefined, toStdout: boolean): Format[] {
  if (value === undefined) return toStdout ? ['md'] : [...FORMATS];
  const requested = value.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const unknown = requested.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (requested.length === 0 || unknown.length > 0) {
    throw new UsageError(
      requested.length === 0 ? '--formats needs at least one format.' : `Unknown format '${unknown[0]}' in --formats.`,
      `Use a comma-separated list of ${FORMATS.join(', ')}, e.g. --formats md,html.`,
    );
  }
  // Written in the canonical order, each once, whatever order they were asked for in.
  return FORMATS.filter((f) => requested.includes(f));
}

function checkCombination(files: readonly string[], formats: readonly Format[], options: BuildCliOptions): void {
  if (!options.stdout) return;
  if (options.check) throw new UsageError('--stdout and --check cannot be used together.', '--check compares the files on disk; --stdout prints instead of writing.');
  if (options.out !== undefined) throw new UsageError('--stdout and --out cannot be used together.', 'Print with --stdout, or write into a folder with --out.');
  if (files.length > 1) throw new UsageError('--stdout prints one document, but several files were given.', 'Build one file at a time with --stdout, or write files with --out.');
  if (formats.length > 1) throw new UsageError('--stdout prints one document, but several formats were asked for.', 'Name one, e.g. --formats html --stdout.');
}

/** `privacy.yaml` → `<out>/privacy.md`; the output sits beside the input unless --out says otherwise. */
function outputPath(file: string, format: Format, out: string | undefined): string {
  const name = basename(file, extname(file));
  return join(out ?? dirname(file), `${name}.${format}`);
}

function checkCollisions(paths: readonly string[], files: readonly string[], printing: boolean): void {
  // A policy saved as privacy.md would otherwise be replaced by its own Markdown.
  const inputs = new Set(files.map((file) => resolve(file)));
  const seen = new Map<string, number>();
  paths.forEach((path, index) => {
    const key = resolve(path);
    if (!printing && inputs.has(key)) {
      throw new UsageError(`Building would overwrite the input ${path}.`, 'Save the policy as privacy.yaml, or write the documents elsewhere with --out.');
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new UsageError(`Two inputs would both write ${path}.`, `Build ${files.join(' and ')} into different folders with separate runs, or rename one of them.`);
    }
    seen.set(key, index);
  });
}

