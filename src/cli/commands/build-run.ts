import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { buildPolicy, FORMATS, languageFileName, type BuildOutput, type Format } from '../../build.js';
import { isLanguage, LANGUAGE_CODES, policyLanguage, policyLanguages, type LanguageCode } from '../../i18n/languages.js';
import type { Diagnostic, Path } from '../../diagnostics.js';
import type { SourceMap } from '../../load/index.js';
import { ClauseError } from '../../render/handlebars.js';
import { explanationJson } from '../../render/provenance/explain.js';
import { MarkdownTooDeepError } from '../../render/marked-safe.js';
import { RenderTooLargeError } from '../../render/budget.js';
import { checkSource } from '../../validate/index.js';
import { clauseDiagnostic, clauseOverridesOf } from '../clause-overrides.js';
import { colorEnabled } from '../color.js';
import { suggestedCommand } from '../command-line.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../errors.js';
import { stderr, stdout } from '../output.js';
import { readInput } from '../read-input.js';
import { loadReporter } from '../reporters/index.js';
import { framedLines } from '../reporters/framed-lines.js';
import { checkOutputTarget } from '../output-target.js';
import { Inputs, Staging, type OutputFile } from '../write-files.js';
import type { BuildCliOptions } from './build.js';

/**
 * `policyc build`: check and render each input in turn, staging its documents as hidden files, and
 * only once every input has passed publish them all. An invalid input anywhere means nothing is
 * written, so a run never leaves a mix of fresh and stale documents.
 *
 * Inputs are streamed: one is read, checked, rendered and staged before the next is read, and of
 * each only its diagnostics (and the lines their code frames show) stay in memory, so a batch of
 * 300 large policies needs the memory of the largest, not of all of them.
 */
export async function runBuild(requested: readonly string[], options: BuildCliOptions): Promise<number> {
  // process.hrtime, not performance.now(): the first use of `performance` loads perf_hooks.
  const started = process.hrtime.bigint();
  const files = [...new Set(requested)];
  const formats = parseFormats(options.formats, options.stdout === true);
  checkCombination(files, formats, options);
  const lang = requestedLanguage(options.lang);
  // A missing or unreadable input fails fast (exit 2), before any work.
  for (const file of files) checkReadable(file);

  // Where the documents in each file's own language go is known from the names alone, so a clash
  // stops the run before any work; those in other languages are checked once the file is read.
  const planned = files.map((file) => plan(file, formats, options, lang === undefined ? [] : [lang]));
  const inputs = new Inputs(files);
  const first = new Set(planned.flat().map(({ path }) => path));
  if (!options.stdout)
    checkCollisions(
      planned.flat().map(({ path }) => path),
      files,
      inputs,
      options.check === true,
    );

  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, readonly string[]>();
  // Each document leaves memory as soon as it is built: staged on disk (hidden until every one is
  // there), compared with the file on disk, or kept as the one to print. Once any input has
  // failed nothing will be written, but the rest are still checked and built to report their
  // problems too.
  const sink = outputSink(files, options, inputs);
  const settled = discardOnInterrupt(sink);
  let failing = false;
  let code: number;
  try {
    for (const [index, file] of files.entries()) {
      const found = buildOne(file, options.explain === true, lang);
      if (found.diagnostics.length > 0) {
        for (const d of found.diagnostics) diagnostics.push(d);
        if (found.text !== undefined) sources.set(file, framedLines(found.text, found.diagnostics));
      }
      if (found.documents === undefined || found.diagnostics.some((d) => d.severity === 'error')) {
        if (!failing) sink.discard();
        failing = true;
      } else if (!failing) {
        const own = found.own ?? 'en';
        const paths = plan(
          files[index] as string,
          formats,
          options,
          found.documents.map((d) => d.language),
          own,
        );
        planned[index] = paths;
        if (!options.stdout && !options.check)
          checkCollisions(
            paths.map(({ path }) => path).filter((path) => !first.has(path)),
            files,
            inputs,
            false,
          );
        for (const { language, output } of found.documents) {
          for (const name of output.stale ?? [])
            stderr.write(
              `policyc: warning: ${file}: the ${language} clause '${name}' is not yet translated from the current English one, which is used or differs; check it against the English, then record the version (docs/translating.md).\n`,
            );
          if (output.untranslated !== undefined && !options.quiet)
            stderr.write(
              `policyc: warning: ${file}: ${output.untranslated} text ${output.untranslated === 1 ? 'value has' : 'values have'} no ${language} version and ${output.untranslated === 1 ? 'is' : 'are'} written in ${own} in the ${language} policy; give ${output.untranslated === 1 ? 'it' : 'them'} as a map by language (docs/translating.md). With ${language} in policy.languages, policyc validate lists each at its line.\n`,
            );
          const content = (format: Output): string => (format === EXPLAIN ? explanationJson(output.explain ?? { sentences: [] }) : output[format]);
          for (const { format, path } of paths.filter((p) => p.language === language)) sink.take({ path, content: content(format) });
        }
      }
      await signalsHeard();
    }

    // --quiet keeps only what stops the build, as it does for validate.
    const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (shown.length > 0) {
      const report = await loadReporter('pretty');
      const color = colorEnabled(process.env, stderr);
      stderr.writeReport(report(shown, { sources, files, color }), color);
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
      const perPolicy = formats.length + (options.explain ? 1 : 0);
      stderr.write(`policyc: ${summary(files.length, files.length * perPolicy, Number(process.hrtime.bigint() - started) / 1e6)}\n`);
    }
  }
  return code;
}

/** What one input gave: its problems, its text (for their code frames), its documents if it built. */
interface Built {
  diagnostics: Diagnostic[];
  text?: string;
  /** The documents in each language built. */
  documents?: Array<{ language: LanguageCode; output: BuildOutput }>;
  /** The policy's own language. */
  own?: LanguageCode;
}

/** `--lang`, checked against the languages policyc writes. */
function requestedLanguage(code: string | undefined): LanguageCode | undefined {
  if (code === undefined) return undefined;
  if (isLanguage(code)) return code;
  throw new UsageError(`Unknown language '${code}' in --lang.`, `policyc writes ${LANGUAGE_CODES.join(', ')}; e.g. --lang ${LANGUAGE_CODES[1] ?? 'en'}.`);
}

/**
 * Each document of one input with its path: the file's own language as `<name>.<format>`, others
 * as `<name>.<lang>.<format>`. Before the file is read its own language is taken to be the one
 * asked for (or English), which only the collision check uses.
 */
function plan(
  file: string,
  formats: readonly Format[],
  options: BuildCliOptions,
  languages: readonly LanguageCode[],
  own?: LanguageCode,
): Array<{ format: Output; path: string; language: LanguageCode }> {
  const langs = languages.length === 0 ? ['en' as const] : languages;
  const home = own ?? langs[0] ?? 'en';
  return langs.flatMap((language) => [
    ...formats.map((format) => ({ format, language, path: outputPath(file, format, options.out, language, home) })),
    ...(options.explain ? [{ format: EXPLAIN, language, path: outputPath(file, EXPLAIN, options.out, language, home) }] : []),
  ]);
}

/** One input read, checked and rendered; with `explain`, each sentence traced to its source too. */
function buildOne(file: string, explain: boolean, lang: LanguageCode | undefined): Built {
  const result = checkSource(readInput(file), file);
  const built: Built = { diagnostics: [...result.diagnostics], ...(result.text === undefined ? {} : { text: result.text }) };
  if (result.policy === undefined) return built;
  const { overrides, diagnostic } = clauseOverridesOf(file, result.policy.policy?.clauses, result.sourceMap);
  if (diagnostic !== undefined) {
    built.diagnostics.push(diagnostic);
    return built;
  }
  try {
    const sourceMap = result.sourceMap;
    const lines = sourceMap === undefined ? true : { lineOf: (path: Path) => sourceMap.locate(path).line };
    const policy = result.policy;
    const name = basename(file, extname(file));
    built.own = policyLanguage(policy);
    built.documents = (lang === undefined ? policyLanguages(policy) : [lang]).map((language) => ({
      language,
      output: buildPolicy(policy, { overrides, language, name, ...(explain ? { explain: lines } : {}) }),
    }));
  } catch (error) {
    const failure = buildFailure(error, file, result.sourceMap);
    if (!failure) throw error;
    built.diagnostics.push(failure);
  }
  return built;
}

/**
 * A failure while rendering as a diagnostic: output too large at the entry being printed, a clause
 * or Markdown failure at `policy.clauses`; undefined for anything else.
 */
function buildFailure(error: unknown, file: string, sourceMap: SourceMap | undefined): Diagnostic | undefined {
  if (error instanceof RenderTooLargeError) {
    const span = sourceMap?.locate(error.path) ?? { line: 0, column: 0 };
    return {
      code: 'build/too-large',
      severity: 'error',
      message: error.message,
      file,
      ...span,
      path: error.path,
      hint: 'Name fewer data categories per entry, or group them into broader categories; a policy that prints each name a few times reads better too.',
    };
  }
  if (error instanceof MarkdownTooDeepError) {
    // Section bodies were held to the limits when checked (rule section-body-renderable), so
    // the Markdown that nests too deep came from the policy's own clause files.
    const at = sourceMap?.locate(['policy', 'clauses']) ?? { line: 0, column: 0 };
    return {
      code: 'build/markdown-too-deep',
      severity: 'error',
      message: error.message,
      file,
      ...at,
      path: ['policy', 'clauses'],
      hint: 'Fix the clause files in the folder named by policy.clauses.',
    };
  }
  if (error instanceof ClauseError) return clauseDiagnostic(error, file, sourceMap);
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

function outputSink(files: readonly string[], options: BuildCliOptions, inputs: Inputs): OutputSink {
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
  const staging = new Staging(inputs);
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
      stderr.write(
        `policyc: ${stale.length === 1 ? '1 file is' : `${stale.length} files are`} not what build would write; to update, run: ${suggestedCommand(['build', ...files, ...(out === undefined ? [] : ['-o', out])])}\n`,
      );
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
  const requested = value
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
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
  if (options.explain)
    throw new UsageError(
      '--stdout and --explain cannot be used together.',
      '--explain writes <name>.explain.json beside the documents; leave out --stdout, or use --out to choose the folder.',
    );
  if (options.check)
    throw new UsageError('--stdout and --check cannot be used together.', '--check compares the files on disk; --stdout prints instead of writing.');
  if (options.out !== undefined) throw new UsageError('--stdout and --out cannot be used together.', 'Print with --stdout, or write into a folder with --out.');
  if (files.length > 1)
    throw new UsageError('--stdout prints one document, but several files were given.', 'Build one file at a time with --stdout, or write files with --out.');
  if (formats.length > 1) throw new UsageError('--stdout prints one document, but several formats were asked for.', 'Name one, e.g. --formats html --stdout.');
}

/** `--explain`'s file, `<name>.explain.json`, written with the documents. */
const EXPLAIN = 'explain.json' as const;
type Output = Format | typeof EXPLAIN;

/** `privacy.yaml` → `<out>/privacy.md`; the output sits beside the input unless --out says otherwise. */
function outputPath(file: string, format: Output, out: string | undefined, language: LanguageCode = 'en', own: LanguageCode = 'en'): string {
  const name = basename(file, extname(file));
  return join(out ?? dirname(file), languageFileName(name, language, own, format));
}

/**
 * No two inputs may write the same document, and no document may replace an input (a policy saved
 * as privacy.md would otherwise be replaced by its own Markdown), a link, a folder or a device.
 * With --check nothing is written, so only the clash between inputs matters.
 */
function checkCollisions(paths: readonly string[], files: readonly string[], inputs: Inputs, checking: boolean): void {
  const seen = new Set<string>();
  for (const path of paths) {
    if (!checking) checkOutputTarget(path, inputs, 'Save the policy as privacy.yaml, or write the documents elsewhere with --out.');
    const key = realLocation(path);
    if (seen.has(key)) {
      throw new UsageError(
        `Two inputs would both write ${path}.`,
        `Build ${files.join(' and ')} into different folders with separate runs, or rename one of them.`,
      );
    }
    seen.add(key);
  }
}

/** Where a path leads once the links in its folder are followed: two spellings of one place are one. */
function realLocation(path: string): string {
  try {
    return join(realpathSync(dirname(resolve(path))), basename(path));
  } catch {
    // The folder does not exist yet: nothing can lead into it but its own name.
    return resolve(path);
  }
}

/** Fails (exit 2) for an input that is missing, a folder or unreadable, without reading it (it may be a pipe). */
function checkReadable(file: string): void {
  try {
    accessSync(file, constants.R_OK);
    if (!statSync(file).isDirectory()) return;
  } catch {
    // readInput says why, with a hint, in the words every command uses.
  }
  readInput(file, 0);
}
