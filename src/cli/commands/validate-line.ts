import { REPORT_FORMATS, type ReportFormat } from '../reporters/formats.js';
import type { ValidateOptions } from './validate.js';

/** What validate checks when no file is named. */
export const DEFAULT_FILES: readonly string[] = ['privacy.yaml'];

/** What --max-warnings accepts. */
export const WHOLE_NUMBER = /^\d+$/;

/** A validate command line, read: the files and the options, as commander hands them to the command. */
export interface ValidateLine {
  files: string[];
  options: ValidateOptions;
}

/**
 * A `policyc validate` command line in the forms people and CI write: file names, `-f X`,
 * `--format X`, `--format=X`, `--max-warnings N`, `--max-warnings=N`, `-q`, `--quiet`, in any
 * order, each valid. The launcher runs such a line in the small validate bundle, without commander
 * (a tenth of a cold validate); anything else (`--help`, a mistake, another command, rarer forms
 * such as `-qf json`, `-` or `--`) is undefined and goes to the full CLI, so every message stays
 * commander's own. tests/unit/cli/validate-line.test.ts holds the result to commander's reading of
 * the same line.
 */
export function validateLine(argv: readonly string[]): ValidateLine | undefined {
  if (argv[2] !== 'validate') return undefined;
  const files: string[] = [];
  const options: ValidateOptions = { format: 'pretty' };
  for (let i = 3; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if ((name === '-q' || name === '--quiet') && inline === undefined) {
      options.quiet = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if ((name === '-f' || name === '--format') && isFormat(value)) options.format = value;
    else if (name === '--max-warnings' && value !== undefined && WHOLE_NUMBER.test(value)) options.maxWarnings = Number(value);
    else return undefined;
  }
  return { files: files.length > 0 ? files : [...DEFAULT_FILES], options };
}

function isFormat(value: string | undefined): value is ReportFormat {
  return (REPORT_FORMATS as readonly (string | undefined)[]).includes(value);
}
