import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { LANGUAGE_CODES } from '../../i18n/language-codes.js';

interface DiffOptions {
  base?: string;
  format: 'md' | 'html' | 'txt' | 'json';
  failOn?: 'material' | 'minor' | 'any';
  noticeDate?: string;
  out?: string;
  redline?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command('diff')
    .description('Compare two versions of privacy.yaml and write a change notice: a short summary, then the changes by topic.')
    .argument('<old>', 'the old privacy.yaml (with --base: the file to compare with its older version)')
    .argument('[new]', 'the new privacy.yaml')
    .option('--base <git-rev>', 'read the old version from git at this revision (a commit, branch or tag)')
    .addOption(new Option('--format <format>', 'notice format').choices(['md', 'html', 'txt', 'json']).default('md'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a change at or above this level exists').choices(['material', 'minor', 'any']))
    .option('--notice-date <date>', 'the day the notice is sent, YYYY-MM-DD (default: today in UTC)')
    .option('-o, --out <file>', 'write the notice to a file instead of stdout')
    .option('--redline', 'append a word-level diff of the rendered policies')
    .option('--lang <code>', `write the notice in this language: ${LANGUAGE_CODES.join(', ')} (default: the new file's own)`)
    .addHelpText(
      'after',
      '\nExamples:\n  policyc diff old/privacy.yaml privacy.yaml\n  policyc diff privacy.yaml --base main --format html -o notice.html\n  policyc diff privacy.yaml --base HEAD~1 --fail-on material\n\nChange kinds and their levels: docs/diff.md. Re-level a kind in changes.levels of the new file.',
    )
    .action(async (old: string, now: string | undefined, options: DiffOptions) => {
      if (options.base !== undefined && now !== undefined) {
        throw new UsageError('Give either two files, or one file with --base, not both.', 'policyc diff <old> <new>  or  policyc diff <file> --base <git-rev>');
      }
      if (options.base === undefined && now === undefined) {
        throw new UsageError(
          'policyc diff needs two files, or one file with --base <git-rev>.',
          'policyc diff <old> <new>  or  policyc diff <file> --base <git-rev>',
        );
      }
      const { runDiff } = await import('./diff-run.js');
      process.exitCode = await runDiff(old, now, options);
    });
}

export type { DiffOptions };
