import type { Catalog } from './catalog.js';
import { DE } from './catalogs/de.js';
import { EN } from './catalogs/en.js';
import { FR } from './catalogs/fr.js';

/**
 * The languages policyc writes, one line each: its catalog (./catalogs/<code>.ts). Its clauses are
 * `clauses/<code>/`, found by `npm run gen`. Adding a language is those files and a line here
 * (docs/translating.md).
 */
export const LANGUAGES = {
  en: EN,
  de: DE,
  fr: FR,
} as const satisfies Readonly<Record<string, Catalog>>;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

export function isLanguage(code: string): code is LanguageCode {
  return Object.hasOwn(LANGUAGES, code);
}

export function catalogOf(code: LanguageCode): Catalog {
  return LANGUAGES[code];
}

/** The language a policy is written in (`policy.language`), English unless it says. */
export function policyLanguage(policy: { policy?: { language?: string } }): LanguageCode {
  const code = policy.policy?.language;
  return code !== undefined && isLanguage(code) ? code : 'en';
}

/**
 * Every language a policy is published in: its own first, then `policy.languages` in their
 * order, each once.
 */
export function policyLanguages(policy: { policy?: { language?: string; languages?: readonly string[] } }): LanguageCode[] {
  const own = policyLanguage(policy);
  const more = (policy.policy?.languages ?? []).filter(isLanguage);
  return [...new Set([own, ...more])];
}
