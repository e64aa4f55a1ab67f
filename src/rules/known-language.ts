import { isLanguage, LANGUAGE_CODES } from '../i18n/language-codes.js';
import { suggest } from '../validate/suggest.js';
import { defineRule } from './types.js';

export const knownLanguage = defineRule({
  meta: {
    id: 'known-language',
    severity: 'error',
    description: "The file's language (policy.language) and each in policy.languages are languages policyc writes.",
    rationale:
      'The schema only checks the shape (two or three lower-case letters). A policy cannot be written in a language policyc has no clauses for: the build would have nothing to say. docs/translating.md explains how to add one.',
    messages: {
      unknown: "The language '{{code}}' is not one policyc writes: it writes {{known}}.",
      didYouMean: "Did you mean '{{likely}}'?",
      addLanguage: 'Use one of {{known}}, or add the language (docs/translating.md).',
    },
  },
  check(policy, report) {
    const presentation = policy.policy;
    const codes: Array<{ path: Array<string | number>; code: string }> = [
      ...(presentation?.language === undefined ? [] : [{ path: ['policy', 'language'], code: presentation.language }]),
      ...(presentation?.languages ?? []).map((code, index) => ({ path: ['policy', 'languages', index], code })),
    ];
    const known = LANGUAGE_CODES.join(', ');
    for (const { path, code } of codes) {
      if (isLanguage(code)) continue;
      const [likely] = suggest(code, LANGUAGE_CODES);
      report({
        path,
        messageId: 'unknown',
        data: { code, known, ...(likely === undefined ? {} : { likely }) },
        hintId: likely === undefined ? 'addLanguage' : 'didYouMean',
      });
    }
  },
});
