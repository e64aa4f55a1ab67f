import type { Path } from '../../diagnostics.js';
import type { Policy, Right } from '../../model/policy.generated.js';
import { SAME_RIGHT, type RightsLawId } from '../../law/index.js';
import { lawPath } from './jurisdictions.js';

export type RightsLaw = RightsLawId;

/** The rights a person under `law` has: those granted to everyone plus the law's own list. */
export function grantedRights(policy: Policy, law: RightsLaw): Set<Right> {
  const granted = new Set<Right>([...(policy.rights?.everyone ?? []), ...(policy.rights?.[law]?.rights ?? [])]);
  for (const [a, b] of SAME_RIGHT) {
    if (granted.has(a)) granted.add(b);
    if (granted.has(b)) granted.add(a);
  }
  return granted;
}

/**
 * The statement that personal data is sold, else that it is shared for cross-context behavioural
 * advertising (the CCPA's "sharing"); undefined when neither is said.
 */
export function saleOrSharing(policy: Policy): 'sells' | 'shares_for_advertising' | undefined {
  if (policy.sale_and_sharing?.sells === true) return 'sells';
  if (policy.sale_and_sharing?.shares_for_advertising === true) return 'shares_for_advertising';
  return undefined;
}

/** "sold" or "shared for advertising", after "Personal data is". */
export const SALE_IN_WORDS = { sells: 'sold', shares_for_advertising: 'shared for advertising' } as const;

/**
 * Where to report rights missing under `law`: the law's own list, else the list for everyone,
 * else the rights section, else the law's entry in `jurisdictions`.
 */
export function rightsListPath(policy: Policy, law: RightsLaw): { path: Path; onKey: boolean } {
  if (policy.rights?.[law]) return { path: ['rights', law, 'rights'], onKey: false };
  if (policy.rights?.everyone) return { path: ['rights', 'everyone'], onKey: false };
  if (policy.rights) return { path: ['rights'], onKey: true };
  return { path: lawPath(policy, law), onKey: false };
}
