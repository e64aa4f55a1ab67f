import { didYouMean } from '../validate/suggest.js';
import { occurrencesOf } from './support/schema-refs.js';
import type { Rule } from './types.js';

export const knownDataCategory: Rule = {
  meta: {
    id: 'known-data-category',
    severity: 'error',
    description: 'Every data-category id that a purpose, subprocessor, retention entry or AI feature refers to is declared in data_categories.',
    rationale:
      'A reference to an undeclared category is a typo or a leftover. The generated policy would tie a purpose, a provider or a retention period to data it never describes, and the category that was meant would silently lose its purpose or its retention period.',
  },
  check(policy, report) {
    const declared = policy.data_categories.map((category) => category.id);
    const known = new Set(declared);
    for (const { path, value } of occurrencesOf(policy, 'id_list')) {
      if (!Array.isArray(value)) continue;
      value.forEach((id: unknown, index) => {
        if (typeof id !== 'string' || known.has(id)) return;
        report({
          path: [...path, index],
          message: `Unknown data category '${id}': no entry in data_categories has this id.`,
          hint: didYouMean(id, declared) ?? 'Declare it under data_categories, or refer to a declared id.',
        });
      });
    }
  },
};
