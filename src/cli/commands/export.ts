import type { Command } from 'commander';

export interface ExportCliOptions {
  out?: string;
  format?: string;
  app?: string;
}

/** The kinds `policyc export` writes, each with its formats, the first the default. */
export const EXPORT_KINDS = {
  json: ['json'],
  subprocessors: ['md', 'html', 'json'],
  feed: ['atom'],
  'apple-privacy': ['json', 'xcprivacy'],
  'play-data-safety': ['csv'],
  ropa: ['csv', 'md', 'html'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type ExportKind = keyof typeof EXPORT_KINDS;

export function register(program: Command): void {
  program
    .command('export')
    .description('Write another artifact from privacy.yaml: the policy as JSON, the subprocessor page and its feed, app-store labels, the Art. 30 record.')
    .argument('<kind>', `what to write: ${Object.keys(EXPORT_KINDS).join(', ')}`)
    .argument('[file]', 'the policy file', 'privacy.yaml')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--format <format>', 'subprocessors: md, html or json; apple-privacy: json (fastlane) or xcprivacy; ropa: csv, md or html')
    .option('--app <id>', 'apple-privacy, play-data-safety: the app (from apps) when several are published in the store')
    .addHelpText(
      'after',
      '\nExamples:\n  policyc export json privacy.yaml -o policy.json\n  policyc export subprocessors --format html -o subprocessors.html\n  policyc export feed -o subprocessors.atom\n  policyc export apple-privacy -o fastlane/app_privacy_details.json\n  policyc export apple-privacy --format xcprivacy\n  policyc export play-data-safety -o data-safety.csv\n  policyc export ropa --format md\n\nEvery kind and its source: docs/export.md. If the file is invalid, nothing is written.',
    )
    .action(async (kind: string, file: string, options: ExportCliOptions) => {
      const { runExport } = await import('./export-run.js');
      process.exitCode = await runExport(kind, file, options);
    });
}
