/**
 * The codes of the languages policyc writes; ./languages.ts gives each its catalog, and the type
 * checker holds the two lists to each other. Apart, so that what needs only the codes (the command
 * line's options, the rules, reading a policy's language) does not load every language's words and
 * country names: `policyc --version` and `policyc validate` load no catalog.
 */
export const LANGUAGE_CODES = ['en', 'de', 'fr'] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export function isLanguage(code: string): code is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(code);
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
