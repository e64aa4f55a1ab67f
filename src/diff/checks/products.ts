import { pairBy } from '../match.js';
import { defineCheck } from '../types.js';
import { SCOPE_NARROWED, SCOPE_WIDENED, TEXT_CHANGED, compareFields } from '../wording.js';
import { say } from '../say.js';

/** The products the policy covers, followed by id: one added or gone is the policy covering more or less. */
export const productsCheck = defineCheck({
  id: 'products',
  topic: 'scope',
  fields: ['products[].id', 'products[].name', 'products[].description', 'products[].url', 'products[].policy_url'],
  kinds: {
    'scope.narrowed': SCOPE_NARROWED,
    'scope.widened': SCOPE_WIDENED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const pairs = pairBy(before.source.products, after.source.products, (p) => p.id);
    const words = say().products;
    for (const { item, index } of pairs.added) {
      report({ kind: 'scope.widened', path: ['products', index], summary: words.added(item.name), before: null, after: item });
    }
    for (const { item, index } of pairs.removed) {
      report({ kind: 'scope.narrowed', path: ['products', index], summary: words.removed(item.name), before: item, after: null });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      compareFields(report, ['products', afterIndex], b, a, words.labels(b.name, a.name));
    }
  },
});
