import { isLanguage } from './language-codes.js';

/**
 * The company's own words in several languages. Any text value may be a map by language
 * (`name: { en: Session recordings, de: Sitzungsaufzeichnungen }`); before the schema sees the
 * file, each map becomes the text of one language, so every other stage reads plain text. The
 * file as written is kept beside the policy of its own language, so a build in another language
 * can take that language's words from it.
 */
export type Translations = Readonly<Record<string, string>>;

/**
 * A map by language: an object whose keys are all languages policyc writes and whose values are
 * all text. Only those codes count, so an object with a misspelt key (`{ nme: … }`) stays an object
 * and the schema says what is wrong with it.
 */
export function isTranslationMap(value: unknown): value is Translations {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => isLanguage(key) && typeof text === 'string');
}

/**
 * The value with every map by language replaced by its text in `language`; where a map lacks
 * that language, the text in `fallback` (the file's own), else its first. Parts without a map are
 * shared, not copied. YAML aliases may share a part or even make a cycle, so each part is looked
 * at once.
 */
export function localize<T>(value: T, language: string, fallback: string): T {
  const holds = new Map<object, boolean>();
  const done = new Map<object, unknown>();
  const pick = (item: unknown): unknown => {
    if (isTranslationMap(item)) return item[language] ?? item[fallback] ?? Object.values(item)[0];
    if (item === null || typeof item !== 'object' || !holdsMap(item, holds)) return item;
    const known = done.get(item);
    if (known !== undefined) return known;
    if (Array.isArray(item)) {
      const out: unknown[] = [];
      done.set(item, out);
      for (const entry of item) out.push(pick(entry));
      return out;
    }
    const out: Record<string, unknown> = {};
    done.set(item, out);
    for (const [key, entry] of Object.entries(item)) out[key] = pick(entry);
    return out;
  };
  return pick(value) as T;
}

/** Whether a map by language is anywhere inside, so that a file without any is not copied. */
function holdsMap(value: unknown, seen: Map<object, boolean>): boolean {
  if (isTranslationMap(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const known = seen.get(value);
  if (known !== undefined) return known;
  // A part that leads back to itself holds nothing more on the way round.
  seen.set(value, false);
  const found = (Array.isArray(value) ? value : Object.values(value)).some((item) => holdsMap(item, seen));
  seen.set(value, found);
  return found;
}

/** The file as written, for a policy checked from it, when it holds any map by language. */
const WRITTEN = new WeakMap<object, object>();

export function rememberWritten(policy: object, written: object): void {
  if (written !== policy) WRITTEN.set(policy, written);
}

/** The file as written behind a checked policy (with its maps by language), or the policy itself. */
export function writtenOf<T extends object>(policy: T): T {
  return (WRITTEN.get(policy) as T | undefined) ?? policy;
}

/** The file's own language, read before the schema has checked it. */
export function writtenLanguage(value: unknown): string {
  const language = (value as { policy?: { language?: unknown } } | null)?.policy?.language;
  return typeof language === 'string' ? language : 'en';
}

/** `policy.languages` as written, before the schema has checked it. */
export function declaredLanguages(value: unknown): string[] {
  const languages = (value as { policy?: { languages?: unknown } } | null)?.policy?.languages;
  return Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [];
}
