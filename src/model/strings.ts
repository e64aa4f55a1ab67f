import type { Path } from '../diagnostics.js';

/**
 * Calls `found` with every string in the policy and its path, in document order. The path is one
 * array, changed as the walk goes, so `found` copies it to keep it: a policy has hundreds of strings
 * and a copy of the path at every value was a third of a cold validate's allocation in the rules.
 */
export function eachString(value: unknown, path: Array<string | number>, found: (text: string, path: Path) => void): void {
  if (typeof value === 'string') found(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], path, found);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      eachString((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}
