import type { LawfulBasis } from '../../model/policy.generated.js';
import { article } from './law.js';

interface BasisText {
  label: string;
  point: string;
}

const BASES: Readonly<Record<LawfulBasis, BasisText>> = {
  consent: { label: 'Consent', point: 'a' },
  contract: { label: 'Performance of a contract', point: 'b' },
  legal_obligation: { label: 'Legal obligation', point: 'c' },
  vital_interests: { label: 'Vital interests', point: 'd' },
  public_task: { label: 'Public task', point: 'e' },
  legitimate_interests: { label: 'Legitimate interests', point: 'f' },
};

/** Art. 6(1) order: (a) consent … (f) legitimate interests. */
export const LAWFUL_BASIS_ORDER: readonly LawfulBasis[] = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];

/** "Consent (Art. 6(1)(a) GDPR)"; just "Consent" when no GDPR-family law is cited. */
export function lawfulBasisLabel(basis: LawfulBasis, citation: string): string {
  const { label, point } = BASES[basis];
  const ref = article(`6(1)(${point})`, citation);
  return ref === '' ? label : `${label} (${ref})`;
}
