import type { Catalog } from './catalog.js';
import { EN } from './catalogs/en.js';

/**
 * The language being written. Rendering is synchronous, so the helpers read the catalog from here
 * rather than through every call: the clauses and their helpers keep one signature in every
 * language. Outside `inLanguage` (validate's messages, diff summaries) it is English.
 */
let active: Catalog = EN;

export function words(): Catalog {
  return active;
}

/** Run `write` with `catalog` as the language helpers write in. */
export function inLanguage<T>(catalog: Catalog, write: () => T): T {
  const before = active;
  active = catalog;
  try {
    return write();
  } finally {
    active = before;
  }
}
