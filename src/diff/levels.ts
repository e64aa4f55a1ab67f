import { didYouMean } from '../validate/suggest.js';
import { LEVELS, type Level } from './types.js';

/** 0 for material, 1 minor, 2 editorial: lower is more important. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** What `--fail-on` accepts: a level, or `any` for every change. */
export type FailOn = 'material' | 'minor' | 'any';

export const FAIL_ON: readonly FailOn[] = ['material', 'minor', 'any'];

/** Whether a change at `level` triggers `--fail-on threshold`. */
export function triggers(level: Level, threshold: FailOn): boolean {
  return threshold === 'any' || levelRank(level) <= levelRank(threshold);
}

export interface Levels {
  of(kind: string): Level;
  /** One sentence per entry of `changes.levels` that names no known kind. */
  warnings: string[];
}

/**
 * The level of each kind: the documented default, unless a policy re-levels it in
 * `changes.levels` (the diff passes the base version's). An unknown kind there is a typo worth a
 * warning, never silently ignored.
 */
export function resolveLevels(defaults: ReadonlyMap<string, { level: Level }>, overrides: Readonly<Record<string, Level | undefined>> | undefined): Levels {
  const warnings: string[] = [];
  const own = new Map<string, Level>();
  for (const [kind, level] of Object.entries(overrides ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (level === undefined) continue;
    if (defaults.has(kind)) own.set(kind, level);
    else warnings.push(`changes.levels names '${kind}', which is not a change kind.${suffix(didYouMean(kind, defaults.keys()))}`);
  }
  return {
    of: (kind) => own.get(kind) ?? defaults.get(kind)?.level ?? 'material',
    warnings,
  };
}

function suffix(hint: string | undefined): string {
  return hint ? ` ${hint}` : ' See docs/diff.md for the list.';
}
