import type { PolicyModel } from '../model/normalize.js';

/**
 * The company's names a change's sentence lists, as data: the phrases of src/i18n/phrases word
 * them in the notice's language.
 */

/** The names of categories; an unknown id is shown as written. */
export function categoryNames(model: PolicyModel, ids: readonly string[]): string[] {
  return ids.map((id) => model.categories.get(id)?.name ?? id);
}
