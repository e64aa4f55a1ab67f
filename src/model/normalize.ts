import type { DataCategory, Jurisdiction, Policy, Purpose, RetentionEntry, Subprocessor } from './policy.generated.js';
import { isEeaOrUk, toCountryList } from './countries.js';

/**
 * The derived facts every back end needs, computed once: defaults resolved, lists keyed by id,
 * "one code or many" flattened. Pure; the source policy stays available as `source`.
 */
export interface PolicyModel {
  source: Policy;
  /** What the policy calls the company in running text: the trading name, else the legal name. */
  companyName: string;
  legalName: string;
  /** The product the policy covers; the company name when none is given. */
  serviceName: string;
  title: string;
  jurisdictions: ReadonlySet<Jurisdiction>;
  /** GDPR, UK GDPR or the Swiss FADP applies: lawful bases, transfers and Art. 15–22 rights matter. */
  gdprLike: boolean;
  categories: ReadonlyMap<string, DataCategory>;
  purposes: readonly Purpose[];
  subprocessors: ReadonlyArray<SubprocessorModel>;
  retention: readonly RetentionEntry[];
  /** Where data is stored at rest (`transfers.storage`), as a list of codes. */
  storage: readonly string[];
  /** Where privacy questions go: contact.email, else the controller's email. */
  privacyEmail: string;
  /** Where rights requests go: rights.email, else privacyEmail. */
  rightsEmail: string;
}

export interface SubprocessorModel extends Subprocessor {
  locations: string[];
  /** Processes data somewhere other than the EEA and the UK, so a transfer safeguard matters. */
  outsideEeaUk: boolean;
}

export function normalize(policy: Policy): PolicyModel {
  const jurisdictions = new Set<Jurisdiction>(policy.jurisdictions ?? []);
  const companyName = policy.controller.trading_name ?? policy.controller.name;
  const privacyEmail = policy.contact?.email ?? policy.controller.email;
  return {
    source: policy,
    companyName,
    legalName: policy.controller.name,
    serviceName: policy.policy?.service ?? companyName,
    title: policy.policy?.title ?? 'Privacy Policy',
    jurisdictions,
    gdprLike: jurisdictions.has('gdpr') || jurisdictions.has('uk_gdpr') || jurisdictions.has('swiss_fadp'),
    categories: new Map(policy.data_categories.map((c) => [c.id, c])),
    purposes: policy.purposes,
    subprocessors: (policy.subprocessors ?? []).map((s) => {
      const locations = toCountryList(s.location);
      return { ...s, locations, outsideEeaUk: locations.some((code) => !isEeaOrUk(code)) };
    }),
    retention: policy.retention ?? [],
    storage: toCountryList(policy.transfers?.storage),
    privacyEmail,
    rightsEmail: policy.rights?.email ?? privacyEmail,
  };
}
