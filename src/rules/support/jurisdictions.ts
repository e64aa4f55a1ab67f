import type { Path } from '../../diagnostics.js';
import type { Jurisdiction, Policy } from '../../model/policy.generated.js';
import { LAWS } from '../../law/index.js';
import { listInWords } from './words.js';

/** The declared laws among `laws`, in the order given. */
export function declaredAmong<J extends Jurisdiction>(policy: Policy, laws: readonly J[]): J[] {
  const declared = new Set(policy.jurisdictions ?? []);
  return laws.filter((law) => declared.has(law));
}

export function declares(policy: Policy, law: Jurisdiction): boolean {
  return (policy.jurisdictions ?? []).includes(law);
}

/**
 * Where a law is declared: the anchor for "this law applies, but something it needs is missing"
 * when the missing thing has no node of its own. Only meaningful for a declared law.
 */
export function lawPath(policy: Policy, law: Jurisdiction): Path {
  return ['jurisdictions', (policy.jurisdictions ?? []).indexOf(law)];
}

/** "the GDPR", "the GDPR and the UK GDPR". */
export function lawNames(laws: readonly Jurisdiction[]): string {
  return listInWords(laws.map((law) => LAWS[law].short));
}
