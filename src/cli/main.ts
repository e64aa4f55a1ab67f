import { Command, CommanderError } from 'commander';
import { EXIT_USAGE } from './errors.js';
import { reportFailure } from './failure.js';
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
    // --help and --version arrive here as "errors" with exit code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    return reportFailure(error);
  }
}
