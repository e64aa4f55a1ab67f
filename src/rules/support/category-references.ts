import type { Policy } from '../../model/policy.generated.js';
import { suggest } from '../../validate/suggest.js';

/**
 * The declared data categories that references point to. A reference to no declared category
 * counts as the one it most likely misspells (the single suggestion known-data-category makes),
 * so that a typo is one error there rather than also a warning that the meant category is unused.
 */
export function referencedCategories(policy: Policy, references: readonly string[]): Set<string> {
  const declared = policy.data_categories.map((category) => category.id);
  const known = new Set(declared);
  const found = new Set<string>();
  for (const id of references) {
    if (known.has(id)) found.add(id);
    else {
      const meant = suggest(id, declared);
      if (meant.length === 1) found.add(meant[0] as string);
    }
  }
  return found;
}
