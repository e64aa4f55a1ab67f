import type { Diagnostic } from '../../diagnostics.js';
import { buildNotice, diffModels, renderNotice, triggers, type Change } from '../../diff/index.js';
import { normalize } from '../../model/normalize.js';
import { inLanguage } from '../../i18n/active.js';
import { catalogOf, isLanguage, LANGUAGE_CODES, policyLanguage, type LanguageCode } from '../../i18n/languages.js';
import { localize, writtenOf } from '../../i18n/translations.js';
import type { Policy } from '../../model/policy.generated.js';
import { checkSource } from '../../validate/index.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../errors.js';
import { readAtRevision } from '../git.js';
import { colorEnabled } from '../color.js';
import { stderr, stdout } from '../output.js';
import { readInput } from '../read-input.js';
import { checkOutputTarget } from '../output-target.js';
import { Inputs, writeFilesAtomically } from '../write-files.js';
import type { DiffOptions } from './diff.js';

/**
 * `policyc diff`: the I/O around the pure diff — reading both versions (from disk or git),
 * validating them, the clock for the default notice date, writing the notice, the exit code.
 */
export async function runDiff(oldFile: string, newFile: string | undefined, options: DiffOptions): Promise<number> {
  const noticeDate = options.noticeDate ?? today();
  if (!isDate(noticeDate)) throw new UsageError(`--notice-date '${noticeDate}' is not a date.`, 'Write it as YYYY-MM-DD, e.g. --notice-date 2026-04-01.');

  const newPath = newFile ?? oldFile;
  const newSource = readInput(newPath);
  const old = options.base === undefined ? { source: readInput(oldFile), label: oldFile } : await readAtRevision(oldFile, options.base);

  // Neither version on disk may be replaced by the notice (`diff p.yaml q.yaml -o q.yaml`);
  // checked before any work, and again as the notice is written.
  const inputs = new Inputs(options.base === undefined ? [oldFile, newPath] : [newPath]);
  if (options.out !== undefined) checkOutputTarget(options.out, inputs);
  /** Stdout, or a file replaced atomically, so a reader never sees half of it. */
  const write = (out: string | undefined, text: string): void => {
    if (out === undefined) stdout.write(text);
    else writeFilesAtomically([{ path: out, content: text }], inputs);
  };

  const before = checkSource(old.source, old.label);
  const after = checkSource(newSource, newPath);
  if (!before.policy || !after.policy) {
    const diagnostics = [...before.diagnostics, ...after.diagnostics].filter((d) => d.severity === 'error');
    const sources = new Map<string, string>();
    if (before.text !== undefined) sources.set(old.label, before.text);
    if (after.text !== undefined) sources.set(newPath, after.text);
    const color = colorEnabled(process.env, stderr);
    stderr.writeReport(await formatDiagnostics(diagnostics, sources, color), color);
    stderr.write(`policyc: cannot compare invalid policies; fix the ${diagnostics.length === 1 ? 'error' : 'errors'} above first.\n`);
    return EXIT_INVALID;
  }

  // In the notice's language: the company's words where the files give them by language, and the
  // notice's own words and every change's sentence (src/i18n).
  const own = policyLanguage(after.policy);
  const language = options.lang === undefined ? own : noticeLanguage(options.lang);
  const inLang = (policy: Policy): Policy => localize(writtenOf(policy), language, policyLanguage(policy));
  const [oldModel, newModel] = [normalize(inLang(before.policy)), normalize(inLang(after.policy))];
  const catalog = catalogOf(language);
  // The checks word each change in the notice's language (src/i18n/phrases).
  const { changes, warnings } = inLanguage(catalog, () => diffModels(oldModel, newModel));
  for (const w of warnings) stderr.write(`policyc: warning: ${w}\n`);
  const notice = inLanguage(catalog, () => buildNotice(oldModel, newModel, changes, noticeDate));
  if (changes.length === 0) {
    // JSON stays parseable, and a notice file is emptied rather than left holding an older notice
    // that a job would send again; the words go where a person reads them.
    if (options.format === 'json')
      write(
        options.out,
        inLanguage(catalog, () => renderNotice(notice, 'json')),
      );
    else if (options.out !== undefined) write(options.out, '');
    (options.format === 'json' || options.out !== undefined ? stderr : stdout).write('No changes\n');
    return EXIT_OK;
  }

  if (options.redline) {
    // A revision's clause overrides are not on disk: both versions use the working tree's.
    // Both versions as built in the notice's language: the redline quotes what readers of it read.
    const rendered = await renderBoth(language, [before.policy, options.base === undefined ? oldFile : newPath], [after.policy, newPath]);
    if (typeof rendered === 'string') {
      stderr.write(`policyc: cannot render the policies for --redline: ${rendered}\n`);
      return EXIT_INVALID;
    }
    const { redline, redlineSections } = await import('../../diff/redline.js');
    notice.redline = redline(...rendered);
    notice.redlineSections = redlineSections(rendered[1], notice.redline);
  }
  write(
    options.out,
    inLanguage(catalog, () => renderNotice(notice, options.format)),
  );
  if (notice.warning) stderr.write(`policyc: warning: ${notice.warning}\n`);
  return failOn(changes, options.failOn);
}

/** The plain-text renders of both versions in `language`, or why a clause override failed to render. */
async function renderBoth(language: LanguageCode, ...versions: Array<[Policy, string]>): Promise<[string, string] | string> {
  const [{ buildPolicy }, { readClauseOverrides, ClauseFolderError }, { ClauseError }, { RenderTooLargeError }] = await Promise.all([
    import('../../build.js'),
    import('../clause-overrides.js'),
    import('../../render/handlebars.js'),
    import('../../render/budget.js'),
  ]);
  try {
    const [before, after] = versions.map(([policy, file]) => {
      const folder = policy.policy?.clauses;
      return buildPolicy(policy, { overrides: folder === undefined ? {} : readClauseOverrides(file, folder), language }).txt;
    });
    return [before as string, after as string];
  } catch (error) {
    if (error instanceof ClauseError) return `${error.message}.`;
    if (error instanceof ClauseFolderError) return error.message;
    if (error instanceof RenderTooLargeError) return error.message;
    throw error;
  }
}

function failOn(changes: readonly Change[], threshold: DiffOptions['failOn']): number {
  if (threshold === undefined) return EXIT_OK;
  const hits = changes.filter((c) => triggers(c.level, threshold));
  if (hits.length === 0) return EXIT_OK;
  const what = threshold === 'any' ? 'a change' : `a ${threshold} change${threshold === 'minor' ? ' or a more important one' : ''}`;
  stderr.write(`policyc: ${hits.length} ${hits.length === 1 ? 'change' : 'changes'} found, and --fail-on ${threshold} fails on ${what}.\n`);
  return EXIT_INVALID;
}

async function formatDiagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, color: boolean): Promise<string> {
  const { formatPretty } = await import('../reporters/pretty.js');
  return formatPretty(diagnostics, { sources, color });
}

/**
 * Today's date in UTC. Not the local date: the same run at the same moment must write the same
 * notice on every machine, whatever its time zone. Where the two differ, --notice-date says which.
 */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `--lang`, checked against the languages policyc writes. */
function noticeLanguage(code: string): LanguageCode {
  if (isLanguage(code)) return code;
  throw new UsageError(`Unknown language '${code}' in --lang.`, `policyc writes ${LANGUAGE_CODES.join(', ')}; e.g. --lang ${LANGUAGE_CODES[1] ?? 'en'}.`);
}
