import { createRequire } from 'node:module';
import { isLanguage, LANGUAGE_CODES } from './language-codes.js';

/**
 * A company's clause overrides by language. In the folder `policy.clauses` names, clauses at the
 * top (and in `partials/`) are in the file's own language; a folder named after a language
 * (`de/about.hbs`, `de/partials/right-item.hbs`) holds that language's.
 */
export function overridesFor(overrides: Readonly<Record<string, string>> | undefined, language: string, own: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, source] of Object.entries(overrides ?? {})) {
    const [first, ...rest] = name.split('/');
    if (first !== undefined && rest.length > 0 && isLanguage(first)) {
      if (first === language) out[rest.join('/')] = source;
    } else if (language === own) {
      out[name] = source;
    }
  }
  return out;
}

/** The overrides of each language present, for checking them all. */
export function overridesByLanguage(overrides: Readonly<Record<string, string>>, own: string): Array<[string, Record<string, string>]> {
  return LANGUAGE_CODES.map((language): [string, Record<string, string>] => [language, overridesFor(overrides, language, own)]).filter(
    ([, set]) => Object.keys(set).length > 0,
  );
}

/** How a translated clause records the English it translates, on its first line (scripts/stamp-translation.mjs). */
const STAMP = /^\{\{!-- translates en\/([A-Za-z0-9/_-]+)\.hbs sha256:([0-9a-f]{12}) --\}\}\n/;

/**
 * A company's translated clauses (`de/about.hbs`) that record an older version of the English
 * they translate than the one in use: the company's own English override if it has one, else the
 * built-in clause. Clauses that record nothing are not checked.
 */
export function staleOverrides(
  translated: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>>,
  builtIn: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(translated)
    .sort()
    .filter((name) => {
      const stamp = STAMP.exec(translated[name] ?? '');
      if (stamp === null) return false;
      const source = english[stamp[1] as string];
      const current = source === undefined ? builtIn[stamp[1] as string] : sourceHash(source);
      return current !== stamp[2];
    });
}

/** The first 12 hex digits of a source's SHA-256, as scripts/gen-clauses.mjs computes it. */
function sourceHash(source: string): string {
  // Loaded only when a company's translated clause records a version: a build without one never loads it.
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(source.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);
}
