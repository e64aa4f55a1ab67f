import type { LawfulBasis, LawfulBasisEntry } from './types.js';

/** The six lawful bases of GDPR and UK GDPR Art. 6(1), in the article's order. */
export const LAWFUL_BASES: Readonly<Record<LawfulBasis, LawfulBasisEntry>> = {
  consent: { label: 'Consent', provision: 'Art. 6(1)(a)' },
  contract: { label: 'Performance of a contract', provision: 'Art. 6(1)(b)' },
  legal_obligation: { label: 'Legal obligation', provision: 'Art. 6(1)(c)' },
  vital_interests: { label: 'Vital interests', provision: 'Art. 6(1)(d)' },
  public_task: { label: 'Public task', provision: 'Art. 6(1)(e)' },
  legitimate_interests: { label: 'Legitimate interests', provision: 'Art. 6(1)(f)' },
};

export const LAWFUL_BASIS_ORDER: readonly LawfulBasis[] = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];
