import { words } from '../../i18n/active.js';
import type { Audience } from '../../model/policy.generated.js';

/** A covered group as a heading: its own name, else its kind's name in the language being written. */
export function audienceName(audience: Pick<Audience, 'kind' | 'name'>): string {
  return audience.name ?? words().audiences[audience.kind];
}
