import { policyLanguage } from '../i18n/language-codes.js';
import { WORD_PATTERNS } from '../i18n/word-patterns.js';
import { defineRule } from './types.js';

export const listItemSplit = defineRule({
  meta: {
    id: 'list-item-split',
    severity: 'warning',
    description:
      'No item of a list of text starts with a word that continues a phrase ("and", "or", "including"): it was most likely cut from the item before it.',
    rationale:
      'In a YAML flow list every comma starts a new item, so `[appropriate administrative, technical, and physical security controls]` is three items, and the policy prints "Appropriate administrative", "Technical" and "And physical security controls" as three measures. YAML reads it correctly; only the words show the mistake, and validate is the last place to see it before the policy does.',
    messages: {
      split: "This item starts with '{{word}}', so it most likely continues '{{previous}}': a comma inside [ ] starts a new item in YAML.",
      quote: 'If "{{phrase}}" is one item, quote it; if "{{rest}}" is an item of its own, leave out \'{{word}}\'.',
    },
  },
  check(policy, report) {
    const continues = WORD_PATTERNS[policyLanguage(policy)].continuesPhrase;
    // A plain walk of the lists in the file, not the schema's (occurrencesOf): every list of text is
    // a list of strings, and ids, codes and enum values never hold a space. One more schema walk in
    // every validate made V8 optimise the walk on a helper thread that the process then waited for
    // at exit (BENCHMARKS.md, tenth session).
    const path: Array<string | number> = [];
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) {
        for (let index = 1; index < value.length; index++) {
          const item: unknown = value[index];
          const match = typeof item === 'string' ? continues.exec(item) : null;
          if (match === null || typeof value[index - 1] !== 'string') continue;
          // The phrase may have been cut more than once ("administrative, technical, and physical controls"):
          // the whole list up to here, quoted, is one item; or the word goes and the item stands alone.
          const phrase = value
            .slice(0, index + 1)
            .filter((part): part is string => typeof part === 'string')
            .join(', ');
          const data = { word: match[0].trim(), previous: value[index - 1] as string, phrase, rest: (item as string).slice(match[0].length) };
          report({ path: [...path, index], messageId: 'split', hintId: 'quote', data });
        }
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          visit(value[index]);
          path.pop();
        }
        return;
      }
      for (const key of Object.keys(value)) {
        path.push(key);
        visit((value as Record<string, unknown>)[key]);
        path.pop();
      }
    };
    visit(policy);
  },
});
