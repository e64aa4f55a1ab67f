import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { exportApplePrivacy, type AppleFormat } from '../../export/apple-privacy.js';
import { exportFeed, lastListChange, type PolicyVersion } from '../../export/feed.js';
import { exportJson } from '../../export/json.js';
import { exportPlayDataSafety } from '../../export/play-data-safety.js';
import { ExportError } from '../../export/problems.js';
import { exportRopa, type RopaFormat } from '../../export/ropa.js';
import { exportSubprocessors, type ListDate, type SubprocessorFormat } from '../../export/subprocessors.js';
import { normalize, type PolicyModel } from '../../model/normalize.js';
import { checkSource, type CheckResult } from '../../validate/index.js';
import { colorEnabled } from '../color.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../errors.js';
import { readHistory } from '../git.js';
import { stderr, stdout } from '../output.js';
import { readInput } from '../read-input.js';
import { writeFilesAtomically } from '../write-files.js';
import { EXPORT_KINDS, type ExportCliOptions, type ExportKind } from './export.js';

/**
 * `policyc export`: the checks of `build` (an invalid file writes nothing, exit 1), then one pure
 * export of the model to stdout or, atomically, to a file that is never the input.
 */
export async function runExport(kind: string, file: string, options: ExportCliOptions): Promise<number> {
  const format = checkArguments(kind, file, options);
  const bytes = readInput(file);
  const checked = checkSource(bytes, file);
  if (checked.policy === undefined) {
    await report(checked, file, []);
    return invalid(file);
  }
  const model = normalize(checked.policy);
  let text: string;
  try {
    text = await render(kind as ExportKind, format, { model, file, bytes }, options.app);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    const at = (path: Diagnostic['path']): Pick<Diagnostic, 'line' | 'column'> => checked.sourceMap?.locate(path) ?? { line: 0, column: 0 };
    const placed = error.problems.map((p): Diagnostic => ({
      code: `export/${kind}`,
      severity: 'error',
      message: p.message,
      file,
      ...at(p.path),
      path: p.path,
      ...(p.hint === undefined ? {} : { hint: p.hint }),
    }));
    await report(checked, file, placed);
    return invalid(file);
  }
  // Warnings are shown, as build shows them; they do not stop the export.
  await report(checked, file, []);
  if (options.out === undefined) stdout.write(text);
  else writeFilesAtomically([{ path: options.out, content: text }]);
  return EXIT_OK;
}

/** The format asked for (or the kind's default); a wrong kind, format or output is a usage error. */
function checkArguments(kind: string, file: string, options: ExportCliOptions): string {
  if (!Object.hasOwn(EXPORT_KINDS, kind)) {
    throw new UsageError(`Unknown export '${kind}'.`, `Export one of: ${Object.keys(EXPORT_KINDS).join(', ')}.`);
  }
  const formats: readonly string[] = EXPORT_KINDS[kind as ExportKind];
  const format = options.format ?? (formats[0] as string);
  if (!formats.includes(format)) {
    throw new UsageError(
      `export ${kind} has no format '${format}'.`,
      formats.length === 1 ? `It writes ${formats[0]} only; leave out --format.` : `Use --format ${formats.join(', --format ')}.`,
    );
  }
  if (options.app !== undefined && kind !== 'apple-privacy' && kind !== 'play-data-safety') {
    throw new UsageError(`--app applies to apple-privacy and play-data-safety, not to ${kind}.`);
  }
  if (options.out !== undefined && resolve(options.out) === resolve(file)) {
    throw new UsageError(`Exporting would overwrite the input ${file}.`, 'Write the export to another file with -o, or to stdout.');
  }
  return format;
}

/** The file being exported: its checked model, and its name and bytes for reading its history. */
interface Input {
  model: PolicyModel;
  file: string;
  bytes: Uint8Array;
}

async function render(kind: ExportKind, format: string, input: Input, app: string | undefined): Promise<string> {
  const { model } = input;
  switch (kind) {
    case 'json':
      return exportJson(model);
    case 'subprocessors':
      return exportSubprocessors(model, format as SubprocessorFormat, await listDate(input));
    case 'feed':
      return exportFeed(await history(input, true));
    case 'apple-privacy':
      return exportApplePrivacy(model, format as AppleFormat, app);
    case 'play-data-safety':
      return exportPlayDataSafety(model, app);
    case 'ropa':
      return exportRopa(model, format as RopaFormat);
  }
}

/** When the subprocessor list last changed: from the file's history where there is one, else the policy's effective date. */
async function listDate(input: Input): Promise<ListDate> {
  const { model } = input;
  const versions = await history(input, false);
  const changed = versions.length > 1 ? lastListChange(versions) : undefined;
  return changed === undefined ? { date: model.source.effective_date, from: 'effective_date' } : { date: changed, from: 'history' };
}

/**
 * The file's versions, oldest first: each commit that changed it, as `diff --base` reads one, and
 * the file on disk as the newest when it differs from the last commit. A version that does not
 * validate is skipped with a warning: it made no change anyone could read.
 */
async function history({ model, file, bytes }: Input, required: boolean): Promise<PolicyVersion[]> {
  const committed = await readHistory(file);
  if (committed === undefined && required) {
    throw new UsageError(
      `${file} is not inside a git repository, so it has no history to build a feed from.`,
      'Commit the policy to git; each commit that changes its subprocessors becomes an entry.',
    );
  }
  const versions: PolicyVersion[] = [];
  let last: Uint8Array | undefined;
  for (const { source, label } of committed ?? []) {
    last = source;
    const result = checkSource(source, label);
    if (result.policy === undefined) {
      if (required) stderr.write(`policyc: warning: ${label} is not a valid policy, so the feed skips it.\n`);
      continue;
    }
    versions.push({ model: normalize(result.policy), label });
  }
  if (last === undefined || Buffer.compare(Buffer.from(last), Buffer.from(bytes)) !== 0) versions.push({ model, label: file });
  return versions;
}

/** The file's own diagnostics (warnings included) and any the export adds, on stderr. */
async function report(checked: CheckResult, file: string, extra: readonly Diagnostic[]): Promise<void> {
  const diagnostics = [...checked.diagnostics, ...extra];
  if (diagnostics.length === 0) return;
  const { formatPretty } = await import('../reporters/pretty.js');
  const sources = new Map(checked.text === undefined ? [] : [[file, checked.text]]);
  stderr.write(formatPretty(diagnostics, { sources, color: colorEnabled(process.env, stderr) }));
}

function invalid(file: string): number {
  stderr.write(`policyc: nothing written: ${file} is invalid.\n`);
  return EXIT_INVALID;
}
