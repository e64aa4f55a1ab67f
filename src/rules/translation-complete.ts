import type { Policy } from '../model/policy.generated.js';
import { policyLanguage, policyLanguages } from '../i18n/language-codes.js';
import { isTranslationMap, writtenOf } from '../i18n/translations.js';
import { occurrencesOf } from './support/schema-refs.js';
import { defineRule } from './types.js';

export const translationComplete = defineRule({
  meta: {
    id: 'translation-complete',
    severity: 'warning',
    description: 'With policy.languages declared, every text value gives its words in each language the policy is published in.',
    rationale:
      "A policy published in German whose purposes are still in English is not a German policy. Any text value may be a map by language ({ en: Session recordings, de: Sitzungsaufzeichnungen }); a value without a language falls back to the file's own, so the build still works, but the reader meets the other language mid-sentence.",
    messages: {
      untranslated: 'This text is only in {{own}}, but the policy is also published in {{missing}}.',
      missing: 'This text has no {{missing}} version.',
      giveMap: 'Give it as a map by language with a {{first}} version (docs/translating.md).',
      addLanguage: 'Add {{missing}} to the map.',
    },
  },
  check(policy, report) {
    const languages = policyLanguages(policy);
    if (languages.length < 2) return;
    const own = policyLanguage(policy);
    for (const { path, value, missing } of untranslated(policy, languages, own)) {
      const list = missing.join(', ');
      if (isTranslationMap(value)) report({ path, messageId: 'missing', data: { missing: list }, hintId: 'addLanguage' });
      else report({ path, messageId: 'untranslated', data: { own, missing: list, first: missing[0] ?? '' }, hintId: 'giveMap' });
    }
  },
});

/**
 * The text values of a policy that lack some of `languages`, each with those it lacks: the rule
 * lists them, and a build in another language counts them. Plain text is in the file's own
 * language; names of parties and places are not asked for.
 */
export function untranslated(
  policy: Policy,
  languages: readonly string[],
  own: string,
): { path: ReadonlyArray<string | number>; value: unknown; missing: string[] }[] {
  // The file as written: the policy the rules see has its maps replaced by its own language's text.
  return occurrencesOf(writtenOf(policy), 'text').flatMap(({ path, value }) => {
    if (isProperName(path)) return [];
    const missing = isTranslationMap(value) ? languages.filter((language) => typeof value[language] !== 'string') : languages.filter((l) => l !== own);
    return missing.length === 0 ? [] : [{ path, value, missing }];
  });
}

/**
 * Names of parties and places read the same in every language: the company's and its providers'
 * names, registration numbers, postal addresses.
 */
function isProperName(path: ReadonlyArray<string | number>): boolean {
  const last = path[path.length - 1];
  if (path.includes('address') || last === 'registration_number' || last === 'phone') return true;
  return (last === 'name' || last === 'trading_name') && (path[0] === 'controller' || path[0] === 'subprocessors' || path[0] === 'rights');
}
