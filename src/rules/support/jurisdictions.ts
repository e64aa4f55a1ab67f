import type { Path } from '../../diagnostics.js';
import type { Jurisdiction, Policy } from '../../model/policy.generated.js';
import { listInWords } from './words.js';

/** How a law is named inside a sentence. */
export const LAW_NAMES: Readonly<Record<Jurisdiction, string>> = {
  gdpr: 'the GDPR',
  uk_gdpr: 'the UK GDPR',
  swiss_fadp: 'the Swiss FADP',
  ccpa: 'the CCPA',
  coppa: 'COPPA',
};

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
  return listInWords(laws.map((law) => LAW_NAMES[law]));
}
