import type { PolicyModel } from '../model/normalize.js';
import type { ProductScope } from '../model/policy.generated.js';
import { same, setDiff } from './match.js';

/**
 * The products an entry's scope gained and lost between two versions. No scope means every
 * product of its version. Products added to or removed from the policy itself are the products
 * check's to report, so they do not count here; an id neither version declares (an error
 * known-product reports) counts as written. Undefined when the scope is unchanged.
 */
export function scopeChange(
  before: PolicyModel,
  after: PolicyModel,
  b: ProductScope | undefined,
  a: ProductScope | undefined,
): { added: string[]; removed: string[] } | undefined {
  if (same(b, a)) return undefined;
  const resolve = (model: PolicyModel, scope: ProductScope | undefined): string[] =>
    (scope ?? [...model.products.keys()]).filter((id) => before.products.has(id) === after.products.has(id));
  return setDiff(resolve(before, b), resolve(after, a));
}

/** Products by their names in `model`, an unknown id as written, for a phrase to quote and list. */
export function productNames(model: PolicyModel, ids: readonly string[]): string[] {
  return ids.map((id) => model.products.get(id)?.name ?? id);
}
