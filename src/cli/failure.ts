import { EXIT_USAGE, UsageError } from './errors.js';
import { stderr } from './output.js';

/**
 * What a command that threw prints, and its exit code: a usage error in one line (and its hint),
 * anything else as an internal error in one line and where to report it (the stack only with
 * POLICYC_DEBUG=1). Apart from main.ts, so that the validate bundle says the same without commander.
 */
export function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    stderr.write(`policyc: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`policyc: internal error: ${message}\n  This is a bug in policyc; please report it with the input that caused it.\n`);
  if (process.env.POLICYC_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return EXIT_USAGE;
}
