import type { Path } from '../diagnostics.js';
import type { Policy } from '../model/policy.generated.js';
import { occurrencesOf } from '../rules/support/schema-refs.js';
import { canonical } from './match.js';

/**
 * The old policy with its data-category ids renamed as the new one names them, or undefined when
 * no id was renamed. A category whose id changed but nothing else did (its references updated to
 * match) is the same category: ids never appear in the policy people read, so a rename alone is
 * no change, and without this every purpose, provider and retention entry that refers to it would
 * read as dropping one category and adding another.
 */
export function withRenamedIds(before: Policy, after: Policy): Policy | undefined {
  const kept = new Set(after.data_categories.map((c) => c.id));
  const known = new Set(before.data_categories.map((c) => c.id));
  const content = (category: Policy['data_categories'][number]): string => canonical({ ...category, id: undefined });
  const added = after.data_categories.filter((c) => !known.has(c.id)).map((c) => ({ id: c.id, content: content(c) }));
  const renames = new Map<string, string>();
  for (const old of before.data_categories) {
    if (kept.has(old.id)) continue;
    const same = content(old);
    const twins = added.filter((c) => c.content === same);
    // Only an unambiguous match: two identical new categories could be either.
    if (twins.length === 1) renames.set(old.id, (twins[0] as { id: string }).id);
  }
  if (renames.size === 0) return undefined;
  const renamed = structuredClone(before);
  for (const category of renamed.data_categories) category.id = renames.get(category.id) ?? category.id;
  for (const { path, value } of occurrencesOf(renamed, 'id_list')) {
    if (Array.isArray(value)) setAt(renamed, path, value.map((id: unknown) => (typeof id === 'string' ? (renames.get(id) ?? id) : id)));
  }
  return renamed;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
