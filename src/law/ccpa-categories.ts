import type { CcpaCategory } from '../model/policy.generated.js';
import type { Provision } from './types.js';

/** A statutory category of personal information: the ones a data category declares, and sensitive personal information, which `sensitive` marks. */
export type CcpaCategoryId = CcpaCategory | 'sensitive';

export interface CcpaCategoryEntry {
  /** The category as the statute names it, for the table California notices use. */
  label: string;
  provision: Provision;
}

/**
 * The categories of personal information of Cal. Civ. Code § 1798.140(v)(1), in the statute's
 * order (as amended by the CPRA, operative 1 January 2023). A privacy policy lists the categories
 * collected (§ 1798.130(a)(5)(B)) and the notice at collection gives, for each, the purposes and
 * how long it is kept (§ 1798.100(a)); the regulations add sources and recipients (Cal. Code Regs.
 * tit. 11, § 7011(e)(1)). Customer records are those of § 1798.80(e); sensitive personal
 * information is defined in § 1798.140(ae).
 */
export const CCPA_CATEGORIES: Readonly<Record<CcpaCategoryId, CcpaCategoryEntry>> = {
  identifiers: { label: 'Identifiers', provision: '§ 1798.140(v)(1)(A)' },
  customer_records: { label: 'Customer records', provision: '§ 1798.140(v)(1)(B)' },
  protected_classifications: { label: 'Characteristics of protected classifications under California or federal law', provision: '§ 1798.140(v)(1)(C)' },
  commercial: { label: 'Commercial information', provision: '§ 1798.140(v)(1)(D)' },
  biometric: { label: 'Biometric information', provision: '§ 1798.140(v)(1)(E)' },
  internet_activity: { label: 'Internet or other electronic network activity information', provision: '§ 1798.140(v)(1)(F)' },
  geolocation: { label: 'Geolocation data', provision: '§ 1798.140(v)(1)(G)' },
  sensory: { label: 'Audio, electronic, visual, thermal, olfactory, or similar information', provision: '§ 1798.140(v)(1)(H)' },
  professional: { label: 'Professional or employment-related information', provision: '§ 1798.140(v)(1)(I)' },
  education: { label: 'Education information', provision: '§ 1798.140(v)(1)(J)' },
  inferences: { label: 'Inferences drawn to create a profile about you', provision: '§ 1798.140(v)(1)(K)' },
  sensitive: { label: 'Sensitive personal information', provision: '§ 1798.140(ae)' },
};

/** The statutory order, for the table's rows. */
export const CCPA_CATEGORY_ORDER: readonly CcpaCategoryId[] = Object.keys(CCPA_CATEGORIES) as CcpaCategoryId[];

/** The categories of personal information, as the statute defines them, cited for the table's heading. */
export const CCPA_CATEGORIES_DEFINITION: Provision = '§ 1798.140(v)';
