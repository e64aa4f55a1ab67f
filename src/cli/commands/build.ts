import type { Command } from 'commander';
import { LANGUAGE_CODES } from '../../i18n/language-codes.js';

export interface BuildCliOptions {
  out?: string;
  formats?: string;
  check?: boolean;
  stdout?: boolean;
  quiet?: boolean;
  watch?: boolean;
  explain?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command('build')
    .description('Compile privacy.yaml into the privacy policy: Markdown, HTML and plain text.')
    .argument('[files...]', 'policy files to build', ['privacy.yaml'])
    .option('-o, --out <dir>', 'write the documents to this folder (default: beside each input)')
    .option('--formats <list>', 'comma-separated formats to write: md, html, txt (default: all three)')
    .option('--check', 'write nothing; exit 1 if the files on disk differ from what build would write')
    .option('--stdout', 'print one document to stdout instead of writing files (Markdown unless --formats names another)')
    .option('--explain', 'also write <name>.explain.json: every sentence of the policy with its sources (YAML line, law, clause file)')
    .option(
      '--lang <code>',
      `build one language: ${LANGUAGE_CODES.join(', ')}; one other than the file's own is written as <name>.<lang>.md|html|txt (default: the file's own and each in policy.languages)`,
    )
    .option('-w, --watch', 'build, then rebuild whenever an input or its clause folder changes')
    .option('-q, --quiet', 'print nothing but problems')
    .addHelpText(
      'after',
      '\nExamples:\n  policyc build\n  policyc build examples/sessionly/privacy.yaml -o public/legal\n  policyc build privacy.yaml --formats html --stdout > privacy.html\n  policyc build privacy.yaml --check\n  policyc build privacy.yaml --explain\n  policyc build privacy.yaml --lang de\n  policyc build --watch\n\nIf any input is invalid, nothing is written.',
    )
    .action(async (files: string[], options: BuildCliOptions) => {
      if (options.watch) {
        const { watchBuild } = await import('./build-watch.js');
        process.exitCode = await watchBuild(files, options);
        return;
      }
      const { runBuild } = await import('./build-run.js');
      process.exitCode = await runBuild(files, options);
    });
}
