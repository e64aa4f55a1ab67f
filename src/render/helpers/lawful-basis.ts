import type { LawfulBasis } from '../../model/policy.generated.js';
import { LAWFUL_BASES } from '../../law/index.js';
import { words } from '../../i18n/active.js';
import { article } from './law.js';

export { LAWFUL_BASIS_ORDER } from '../../law/index.js';

/** "Consent (Art. 6(1)(a) GDPR)"; just "Consent" when no GDPR-family law is cited. */
export function lawfulBasisLabel(basis: LawfulBasis, citation: string): string {
  const { provision } = LAWFUL_BASES[basis];
  const label = words().law.lawfulBases[basis];
  const ref = article(provision, citation);
  return ref === '' ? label : `${label} (${ref})`;
}
