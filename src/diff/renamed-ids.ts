import { formatPath, type Path } from '../diagnostics.js';
import type { Policy } from '../model/policy.generated.js';
import { occurrencesOf } from '../rules/support/schema-refs.js';
import { canonical } from './match.js';

/**
 * The old policy with its data-category ids renamed as the new one names them, or undefined when
 * no id was renamed. A category whose id changed but nothing else did (its references updated to
 * match) is the same category: ids never appear in the policy people read, so a rename alone is
 * no change, and without this every purpose, provider and retention entry that refers to it would
 * read as dropping one category and adding another. A category whose id changed with its name or
 * items, used in exactly the same places, is the same category too: what changed in it is reported,
 * once, not as a category dropped and another added everywhere it is used.
 */
export function withRenamedIds(before: Policy, after: Policy): Policy | undefined {
  const kept = new Set(after.data_categories.map((c) => c.id));
  const known = new Set(before.data_categories.map((c) => c.id));
  const content = (category: Policy['data_categories'][number]): string => canonical({ ...category, id: undefined });
  const added = after.data_categories.filter((c) => !known.has(c.id));
  const oldRefs = references(before);
  const newRefs = references(after);
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const old of before.data_categories) {
    if (kept.has(old.id)) continue;
    // The same content under another id, or, failing that, another id in exactly the places the old
    // one was used (a category renamed and reworded at once). Only an unambiguous match counts.
    const same = added.filter((c) => !taken.has(c.id) && content(c) === content(old));
    const used = oldRefs.get(old.id);
    const samePlaces = used === undefined ? [] : added.filter((c) => !taken.has(c.id) && newRefs.get(c.id) === used);
    const match = same.length === 1 ? same[0] : same.length === 0 && samePlaces.length === 1 ? samePlaces[0] : undefined;
    if (match) {
      renames.set(old.id, match.id);
      taken.add(match.id);
    }
  }
  if (renames.size === 0) return undefined;
  const renamed = structuredClone(before);
  for (const category of renamed.data_categories) category.id = renames.get(category.id) ?? category.id;
  for (const { path, value } of occurrencesOf(renamed, 'id_list')) {
    if (Array.isArray(value))
      setAt(
        renamed,
        path,
        value.map((id: unknown) => (typeof id === 'string' ? (renames.get(id) ?? id) : id)),
      );
  }
  return renamed;
}

/** For each category id, the lists that name it ("purposes[0].data_categories|retention[1].data_categories"). */
function references(policy: Policy): Map<string, string> {
  const places = new Map<string, string[]>();
  for (const { path, value } of occurrencesOf(policy, 'id_list')) {
    if (!Array.isArray(value)) continue;
    for (const id of value) if (typeof id === 'string') places.set(id, [...(places.get(id) ?? []), formatPath(path)]);
  }
  return new Map([...places].map(([id, list]) => [id, list.sort().join('|')]));
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
