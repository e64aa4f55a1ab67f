import { InvalidArgumentError, Option, type Command } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../reporters/formats.js';
import { DEFAULT_FILES, WHOLE_NUMBER } from './validate-line.js';

export interface ValidateOptions {
  format: ReportFormat;
  maxWarnings?: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('validate')
    .description('Check privacy.yaml files: YAML syntax, the schema, then the semantic rules.')
    .argument('[files...]', 'policy files to check', DEFAULT_FILES)
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('pretty'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (default: warnings never fail)', count)
    .option('-q, --quiet', 'report errors only; warnings are not shown, but --max-warnings still counts them')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 valid, 1 invalid (or too many warnings), 2 a file could not be read or the command was misused.',
        '',
        'Examples:',
        '  policyc validate',
        '  policyc validate examples/*/privacy.yaml --max-warnings 0',
        '  policyc validate privacy.yaml --format github   # annotations in a GitHub Actions run',
        '  policyc validate privacy.yaml --format json     # shape: docs/validate-json.md',
      ].join('\n'),
    )
    .action(async (files: string[], options: ValidateOptions) => {
      const { runValidate } = await import('./validate-run.js');
      process.exitCode = await runValidate(files, options);
    });
}

function count(value: string): number {
  if (!WHOLE_NUMBER.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
}
