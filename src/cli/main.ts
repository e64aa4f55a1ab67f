import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, UsageError } from './errors.js';
import { stderr, stdout } from './output.js';
import { registerCommands } from './commands/index.js';
import { VERSION } from '../version.js';

/**
 * Runs the CLI and resolves to the exit code. Never throws: a usage error prints one line, an
 * internal error one line and where to report it (the stack only with POLICYC_DEBUG=1).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('policyc')
    .description('Compile privacy.yaml into a privacy policy (Markdown, HTML, text) and change notices.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text), outputError: (text, write) => write(text) });
  registerCommands(program);
  try {
    await program.parseAsync([...argv]);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version arrive here as "errors" with exit code 0.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    stderr.write(`policyc: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`policyc: internal error: ${message}\n  This is a bug in policyc; please report it with the input that caused it.\n`);
  if (process.env.POLICYC_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return EXIT_USAGE;
}
