import { runValidate } from './commands/validate-run.js';
import type { ValidateLine } from './commands/validate-line.js';
import { reportFailure } from './failure.js';

/**
 * The validate bundle's entry: a validate command line the launcher has read (validate-line.ts),
 * run as the full CLI runs it, without commander or any other command's code. Resolves to the exit
 * code and never throws, as main() does.
 */
export async function validate(line: ValidateLine): Promise<number> {
  try {
    return await runValidate(line.files, line.options);
  } catch (error) {
    return reportFailure(error);
  }
}
