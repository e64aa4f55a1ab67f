/** Exit codes, per the contract. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/**
 * A mistake in how policyc was called or an I/O failure (missing file, unwritable folder):
 * printed as one line, exit 2, never with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
