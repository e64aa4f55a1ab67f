import { countBySeverity, type Diagnostic } from '../../diagnostics.js';
import type { SourceMap } from '../../load/index.js';
import { checkSource } from '../../validate/index.js';
import { colorEnabled } from '../color.js';
import { EXIT_INVALID, EXIT_OK } from '../errors.js';
import { stderr, stdout } from '../output.js';
import { readInput } from '../read-input.js';
import { loadReporter } from '../reporters/index.js';
import type { ValidateOptions } from './validate.js';

/**
 * `policyc validate`: every file is read before any is checked, so a typo in a file name fails
 * fast (exit 2) instead of after a report. The report goes to stdout; the verdict is the exit code.
 */
export async function runValidate(files: readonly string[], options: ValidateOptions): Promise<number> {
  const unique = [...new Set(files)];
  const inputs = unique.map((file) => ({ file, bytes: readInput(file) }));

  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const { file, bytes } of inputs) {
    const result = checkSource(bytes, file);
    if (result.text !== undefined) sources.set(file, result.text);
    for (const d of result.diagnostics) diagnostics.push(d);
    // The clause folder is part of the input: a file whose build would fail on it is not valid.
    if (result.policy?.policy?.clauses !== undefined) {
      for (const d of await checkClauseFolder(file, result.policy.policy.clauses, result.sourceMap)) diagnostics.push(d);
    }
  }
  // --quiet hides warnings from the report; --max-warnings still counts them, so that a CI job
  // with both fails as it would without --quiet.
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;

  const report = await loadReporter(options.format);
  // Only the pretty reporter colours; the others' output is escaped as it is written.
  const color = options.format === 'pretty' && colorEnabled(process.env, stdout);
  stdout.writeReport(report(shown, { sources, files: unique, color }), color);

  const { errors, warnings } = countBySeverity(diagnostics);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    const hidden = options.quiet ? ' (not shown with --quiet)' : '';
    stderr.write(`policyc: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${hidden}, more than --max-warnings ${options.maxWarnings} allows.\n`);
  }
  if (options.format === 'pretty' && shown.length === 0 && !tooManyWarnings) {
    stderr.write(unique.length === 1 ? `✔ ${unique[0]} is valid.\n` : `✔ All ${unique.length} files are valid.\n`);
  }
  return errors > 0 || tooManyWarnings ? EXIT_INVALID : EXIT_OK;
}

/** What build would say of a policy's clause folder: unreadable, or a clause that does not parse. */
async function checkClauseFolder(file: string, folder: string, sourceMap: SourceMap | undefined): Promise<Diagnostic[]> {
  const { clauseOverridesOf, clauseDiagnostic } = await import('../clause-overrides.js');
  const { overrides, diagnostic } = clauseOverridesOf(file, folder, sourceMap);
  if (diagnostic !== undefined) return [diagnostic];
  if (Object.keys(overrides).length === 0) return [];
  const { checkClauseSources } = await import('../../render/handlebars.js');
  const problem = checkClauseSources(overrides);
  return problem === undefined ? [] : [clauseDiagnostic(problem, file, sourceMap)];
}
