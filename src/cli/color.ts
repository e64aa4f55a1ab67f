import { Chalk, type ChalkInstance } from 'chalk';
import type { Output } from './output.js';

/**
 * Whether to colour what is written to `output`. A non-empty NO_COLOR always wins
 * (https://no-color.org); then FORCE_COLOR, as chalk reads it ('0' or 'false' for no, anything
 * else for yes); otherwise a terminal that is not TERM=dumb gets colour and a pipe or file none.
 * policyc decides this itself, once for every command, and gives chalk only the answer.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, output: Pick<Output, 'isTTY'>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return env.TERM !== 'dumb' && output.isTTY;
}

/** A chalk that colours exactly when told to, in the 16 colours every terminal has. */
export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
