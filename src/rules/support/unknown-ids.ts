import type { Path } from '../../diagnostics.js';
import type { Policy } from '../../model/policy.generated.js';
import { suggest } from '../../validate/suggest.js';
import { occurrencesOf } from './schema-refs.js';

export interface UnknownId {
  /** The id itself, inside its list. */
  path: Path;
  id: string;
  /** The declared ids it most likely misspells; empty when none is close. */
  candidates: string[];
}

/**
 * Every id in a list the schema types as `#/$defs/<def>` that is not among `declared`, with the
 * declared ids it resembles: known-data-category and known-product report these.
 */
export function unknownIds(policy: Policy, def: string, declared: readonly string[]): UnknownId[] {
  const known = new Set(declared);
  const out: UnknownId[] = [];
  for (const { path, value } of occurrencesOf(policy, def)) {
    if (!Array.isArray(value)) continue;
    value.forEach((id: unknown, index) => {
      if (typeof id === 'string' && !known.has(id)) out.push({ path: [...path, index], id, candidates: suggest(id, declared) });
    });
  }
  return out;
}
