import { words } from '../../i18n/active.js';

/**
 * The summary line of `n` changes of one kind in the language being written (each catalog's
 * `notice.gists`), or undefined for a kind without one (editorial).
 */
export function gist(kind: string, n: number): string | undefined {
  const forms = words().notice.gists[kind];
  if (!forms) return undefined;
  return n === 1 ? forms[0] : forms[1].replace('{n}', String(n));
}
