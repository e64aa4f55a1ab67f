import { pairBy } from '../match.js';
import { defineCheck } from '../types.js';
import { SCOPE_NARROWED, SCOPE_WIDENED, TEXT_CHANGED, compareFields } from '../wording.js';
import { quoted } from '../words.js';

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
    for (const { item, index } of pairs.added) {
      report({ kind: 'scope.widened', path: ['products', index], summary: `This policy now also covers ${quoted(item.name)}.`, before: null, after: item });
    }
    for (const { item, index } of pairs.removed) {
      report({ kind: 'scope.narrowed', path: ['products', index], summary: `This policy no longer covers ${quoted(item.name)}.`, before: item, after: null });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      compareFields(report, ['products', afterIndex], b, a, {
        name: `the name of the product ${quoted(b.name)}`,
        description: `the description of ${quoted(a.name)}`,
        url: `the address of ${quoted(a.name)}`,
        policy_url: `the address of the privacy policy of ${quoted(a.name)}`,
      });
    }
  },
});
