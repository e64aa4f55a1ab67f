import { quotedAlternatives } from '../validate/suggest.js';
import { unknownIds } from './support/unknown-ids.js';
import { defineRule } from './types.js';

export const knownProduct = defineRule({
  meta: {
    id: 'known-product',
    severity: 'error',
    description: 'Every product id that an entry is scoped to (`products: [app]`) is declared in the top-level products list.',
    rationale:
      'A scope names the products a practice applies to, and the policy prints their names beside it. An id that no product declares is a typo or a product since removed: the policy would silently drop it, so a practice meant for one product would read as applying to none, or to all of them.',
    messages: {
      unknown: "Unknown product '{{id}}': no entry in products has this id.",
      didYouMean: 'Did you mean {{candidates}}?',
      declare: 'Declare it under products, or refer to a declared id.',
      declareList: "Declare the products under the top-level products list, e.g. products: [{ id: {{id}}, name: 'The product's name' }].",
    },
  },
  check(policy, report) {
    const declared = (policy.products ?? []).map((product) => product.id);
    for (const { path, id, candidates } of unknownIds(policy, 'product_scope', declared)) {
      report({
        path,
        messageId: 'unknown',
        hintId: declared.length === 0 ? 'declareList' : candidates.length > 0 ? 'didYouMean' : 'declare',
        data: { id, candidates: quotedAlternatives(candidates) },
      });
    }
  },
});
