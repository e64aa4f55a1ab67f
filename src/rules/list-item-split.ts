import { policyLanguage } from '../i18n/language-codes.js';
import { catalogOf } from '../i18n/languages.js';
import { occurrencesOf } from './support/schema-refs.js';
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
    const continues = catalogOf(policyLanguage(policy)).continuesPhrase;
    const values = new Map(occurrencesOf(policy, 'text').map(({ path, value }) => [path.join('\0'), value]));
    for (const { path, value } of occurrencesOf(policy, 'text')) {
      const index = path[path.length - 1];
      if (typeof index !== 'number' || index === 0 || typeof value !== 'string') continue;
      const match = continues.exec(value);
      const before = Array.from({ length: index }, (_, i) => values.get([...path.slice(0, -1), i].join('\0')));
      const previous = before[index - 1];
      if (match === null || typeof previous !== 'string') continue;
      // The phrase may have been cut more than once ("administrative, technical, and physical controls"):
      // the whole list up to here, quoted, is one item; or the word goes and the item stands alone.
      const phrase = [...before.filter((item): item is string => typeof item === 'string'), value].join(', ');
      report({ path, messageId: 'split', hintId: 'quote', data: { word: match[0].trim(), previous, phrase, rest: value.slice(match[0].length) } });
    }
  },
});
