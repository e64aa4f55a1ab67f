import { quotedAlternatives } from '../validate/suggest.js';
import { unknownIds } from './support/unknown-ids.js';
import { defineRule } from './types.js';

export const knownDataCategory = defineRule({
  meta: {
    id: 'known-data-category',
    severity: 'error',
    description: 'Every data-category id that a purpose, subprocessor, retention entry or AI feature refers to is declared in data_categories.',
    rationale:
      'A reference to an undeclared category is a typo or a leftover. The generated policy would tie a purpose, a provider or a retention period to data it never describes, and the category that was meant would silently lose its purpose or its retention period.',
    messages: {
      unknown: "Unknown data category '{{id}}': no entry in data_categories has this id.",
      didYouMean: 'Did you mean {{candidates}}?',
      declare: 'Declare it under data_categories, or refer to a declared id.',
    },
  },
  check(policy, report) {
    for (const { path, id, candidates } of unknownIds(
      policy,
      'id_list',
      policy.data_categories.map((category) => category.id),
    )) {
      report({
        path,
        messageId: 'unknown',
        hintId: candidates.length > 0 ? 'didYouMean' : 'declare',
        data: { id, candidates: quotedAlternatives(candidates) },
      });
    }
  },
});
