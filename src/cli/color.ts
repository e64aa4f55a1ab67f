import { Chalk, supportsColor, type ChalkInstance, type ColorSupportLevel } from 'chalk';

/**
 * Whether to colour output: chalk's own detection (TTY, FORCE_COLOR, CI terminals), except that
 * a non-empty NO_COLOR always wins — chalk 5 does not read NO_COLOR itself (https://no-color.org).
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, detected: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return detected;
}

/** Chalk's verdict for stdout, as computed from the process when chalk loaded. */
export function stdoutSupportsColor(): boolean {
  return supportsColor !== false && supportsColor.level > 0;
}

/** A chalk that colours exactly when told to, at the terminal's depth (at least 16 colours). */
export function palette(enabled: boolean): ChalkInstance {
  const detected = supportsColor ? supportsColor.level : 0;
  return new Chalk({ level: enabled ? (Math.max(1, detected) as ColorSupportLevel) : 0 });
}
