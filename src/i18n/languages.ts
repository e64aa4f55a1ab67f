import type { Catalog } from './catalog.js';
import type { LanguageCode } from './language-codes.js';
import { DE } from './catalogs/de.js';
import { EN } from './catalogs/en.js';
import { FR } from './catalogs/fr.js';

/**
 * The languages policyc writes, one line each: its catalog (./catalogs/<code>.ts). Its clauses are
 * `clauses/<code>/`, found by `npm run gen`. Adding a language is those files, a line here and its
 * code in ./language-codes.ts (docs/translating.md).
 */
export const LANGUAGES = {
  en: EN,
  de: DE,
  fr: FR,
} as const satisfies Readonly<Record<LanguageCode, Catalog>>;

export { isLanguage, LANGUAGE_CODES, policyLanguage, policyLanguages, type LanguageCode } from './language-codes.js';

export function catalogOf(code: LanguageCode): Catalog {
  return LANGUAGES[code];
}
