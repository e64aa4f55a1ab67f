import type {
  Audience,
  DataCategory,
  Jurisdiction,
  Policy,
  Product,
  ProductScope,
  Purpose,
  RetentionEntry,
  Subprocessor,
  TransferMechanism,
} from './policy.generated.js';
import { audiencesByRef, purposeSubjects } from './audiences.js';
import { isCountryCode, toCountryList } from './countries.js';
import { establishment } from './territory.js';
import { otherControllers, type OtherControllerModel } from './controllers.js';
import {
  adequacyOn,
  insideTerritory,
  LAW_ORDER,
  LAWFUL_BASIS_ORDER,
  LAWS,
  TRANSFER_TOOLS,
  transferLawsOn,
  type LawfulBasis,
  type LawId,
  type TransferLawId,
} from '../law/index.js';
import { mechanismsOf } from './transfer-mechanisms.js';
import type { Path } from '../diagnostics.js';

/**
 * The derived facts every back end needs, computed once: defaults resolved, lists keyed by id,
 * "one code or many" flattened, and what the declared laws make of the practices (which transfers
 * need a safeguard and which safeguard holds). Pure; the source policy stays available as `source`.
 */
export interface PolicyModel {
  source: Policy;
  /** What the policy calls the company in running text: the trading name, else the legal name. */
  companyName: string;
  legalName: string;
  /**
   * The companies that are the controller instead of the main one for some people or products
   * (`controller.other_controllers`), with their scopes resolved; empty when the main controller
   * decides for everyone the policy covers.
   */
  otherControllers: readonly OtherControllerModel[];
  /** The product the policy covers; the company name when none is given. */
  serviceName: string;
  /**
   * What a sentence can call the service by name: the declared `policy.service`, else the name the
   * company trades under (a brand, "Bitwarden"); undefined when there is only a legal name, which
   * is no service ("to run Acme GmbH"), and sentences say "our services".
   */
  namedService: string | undefined;
  title: string;
  /** The date the policy speaks from: laws and decisions are those in force then. */
  effectiveDate: string;
  jurisdictions: ReadonlySet<Jurisdiction>;
  /** The declared laws in the law base's order. */
  laws: readonly LawId[];
  /** GDPR, UK GDPR or the Swiss FADP applies: lawful bases, transfers and Art. 15–22 rights matter. */
  gdprLike: boolean;
  /**
   * The declared laws whose transfer rules policyc judges the policy by (GDPR, UK GDPR, and the
   * FADP for a policy dated on or after 1 September 2023).
   */
  transferLaws: readonly TransferLawId[];
  /** "personal data" where a European law applies, else the CCPA's "personal information". */
  personalData: string;
  /**
   * The company receives no personal data: the file declares none (`data_categories: []`), or all
   * it declares stays on the person's device (`on_device`). The policy says that it collects none,
   * and nothing about bases, retention or recipients of data it does not have; the diff, the
   * exports and the key points read this one fact. (Rules about the empty list itself read
   * `declaresNoData`.)
   */
  collectsNothing: boolean;
  /** Every declared category, by id: on-device ones too, which purposes and AI features may name. */
  categories: ReadonlyMap<string, DataCategory>;
  /**
   * The categories the company collects, in the file's order: every one but those processed only
   * on the person's device (`on_device`). Whatever counts or lists what the company collects, keeps
   * or shares reads this, never `categories`.
   */
  collected: readonly DataCategory[];
  /** The categories that stay on the person's device (`on_device: true`), in the file's order. */
  onDevice: readonly DataCategory[];
  /** The products the policy covers (`products`), by id, in the file's order; empty when it names none. */
  products: ReadonlyMap<string, Product>;
  purposes: readonly Purpose[];
  /** Whose data each purpose concerns, by purpose id (src/model/audiences.ts); empty where the file does not say. */
  subjects: ReadonlyMap<string, readonly Audience[]>;
  subprocessors: ReadonlyArray<SubprocessorModel>;
  retention: readonly RetentionEntry[];
  /** Where data is stored at rest (`transfers.storage`), as a list of codes. */
  storage: readonly string[];
  /** The storage locations that need a safeguard, in the file's order. */
  storageNeeds: readonly SafeguardNeed[];
  /**
   * The controller is established in the territory of a declared transfer law, so data it keeps
   * abroad is itself a transfer (EDPB Guidelines 05/2021); one outside collects directly.
   */
  establishedInside: boolean;
  /** The safeguards the policy names for all transfers (`transfers.mechanisms`), derogations and 'none' left out. */
  policySafeguards: readonly TransferMechanism[];
  /**
   * The transfer tools the policy names for all transfers (`transfers.mechanisms`, 'none' left
   * out), grouped by the declared transfer laws each is valid under: those valid under most laws
   * first; a tool valid under none of them is left out. With no transfer law declared, one group
   * with no laws holds them all.
   */
  transferGrounds: ReadonlyArray<{ laws: readonly TransferLawId[]; mechanisms: readonly TransferMechanism[] }>;
  /** Where privacy questions go: contact.email, else the controller's email. */
  privacyEmail: string;
  /** Where rights requests go: rights.email, else privacyEmail. */
  rightsEmail: string;
  /**
   * The policy offers email for rights requests: rights.email is given, or no request form is. A
   * company that names only a form (Mozilla: "please contact us through our Data Subject Access
   * Request Portal") never said its general address takes requests.
   */
  rightsByEmail: boolean;
  /**
   * The declared laws that give an absolute right to object to direct marketing (GDPR and UK GDPR
   * Art. 21(2), (3)), when some purpose is stopped only by that objection (`objectionToMarketing`):
   * the policy states the right apart from the others (Art. 21(4)). `purposes` are then all the
   * direct-marketing purposes, those on consent too, since the objection covers every use for
   * direct marketing. Undefined when no such law or purpose is declared.
   */
  marketingObjection: { laws: readonly LawId[]; purposes: readonly Purpose[] } | undefined;
}

/** What the declared transfer laws make of one provider's locations. */
export type TransferStatus =
  /** Every location is inside the territory of every declared transfer law (or none is declared). */
  | 'inside'
  /** Outside, but every such location has an adequacy decision in force on the effective date. */
  | 'adequate'
  /** Some transfer needs a safeguard or a derogation. */
  | 'needs_safeguard'
  /**
   * The file names no location for the provider: whether its data leaves the territory cannot be
   * said, so nothing is claimed (not "not needed"); rule subprocessor-location-stated warns.
   */
  | 'unknown';

/**
 * A location that needs a safeguard: a known country outside the territory of every declared
 * transfer law and without an adequacy decision under some of them on the effective date (a
 * certification such as the DPF aside). Unknown codes are left to rule known-country.
 */
export interface SafeguardNeed {
  code: string;
  /** Its place in the file's list of locations; undefined when the file gives one code, not a list. */
  index: number | undefined;
  /** The declared transfer laws without an adequacy decision for it: Japan needs one under the FADP only. */
  laws: readonly TransferLawId[];
}

export interface SubprocessorModel extends Subprocessor {
  /** Its locations as a list; empty when the file names none (then `transfer` is 'unknown'). */
  locations: string[];
  /** Processes data outside the territory of some declared transfer law. */
  outside: boolean;
  /** Its locations outside the territory of every declared transfer law. */
  outsideLocations: readonly string[];
  /** Its locations that need a safeguard, in the file's order. */
  needs: readonly SafeguardNeed[];
  transfer: TransferStatus;
  /** The same, under each transfer law on its own: a US provider needs a Swiss safeguard even where it holds a GDPR one. */
  transferUnder: Partial<Record<TransferLawId, TransferStatus>>;
  /**
   * What the policy relies on for this provider's transfers: its own mechanism, else the
   * policy-wide safeguards when it needs one; empty when none is stated.
   */
  safeguards: readonly TransferMechanism[];
  /** Every transfer that needs a safeguard has one stated (a safeguard or an adequacy decision, not a derogation). */
  safeguarded: boolean;
}

export function normalize(policy: Policy): PolicyModel {
  const jurisdictions = new Set<Jurisdiction>(policy.jurisdictions ?? []);
  const laws = LAW_ORDER.filter((law) => jurisdictions.has(law));
  const transferLaws = transferLawsOn(jurisdictions, policy.effective_date);
  const companyName = policy.controller.trading_name ?? policy.controller.name;
  const privacyEmail = policy.contact?.email ?? policy.controller.email;
  const gdprLike = laws.some((law) => LAWS[law].region !== undefined);
  const policySafeguards = (policy.transfers?.mechanisms ?? []).filter((m) => TRANSFER_TOOLS[m].kind === 'safeguard' || TRANSFER_TOOLS[m].kind === 'adequacy');
  const collected = policy.data_categories.filter((c) => !isOnDevice(c));
  return {
    source: policy,
    companyName,
    legalName: policy.controller.name,
    otherControllers: otherControllers(policy),
    serviceName: policy.policy?.service ?? companyName,
    namedService: policy.policy?.service ?? policy.controller.trading_name,
    title: policy.policy?.title ?? 'Privacy Policy',
    effectiveDate: policy.effective_date,
    jurisdictions,
    laws,
    gdprLike,
    transferLaws,
    personalData: gdprLike ? 'personal data' : 'personal information',
    collectsNothing: collected.length === 0,
    categories: new Map(policy.data_categories.map((c) => [c.id, c])),
    collected,
    onDevice: policy.data_categories.filter(isOnDevice),
    products: new Map((policy.products ?? []).map((p) => [p.id, p])),
    purposes: policy.purposes,
    subjects: subjectsOf(policy),
    subprocessors: (policy.subprocessors ?? []).map((s) => subprocessorModel(s, transferLaws, policy.effective_date, policySafeguards)),
    retention: policy.retention ?? [],
    storage: toCountryList(policy.transfers?.storage),
    storageNeeds: safeguardNeeds(policy.transfers?.storage, transferLaws, policy.effective_date),
    establishedInside: isEstablishedInside(policy, transferLaws),
    policySafeguards,
    transferGrounds: transferGrounds(policy.transfers?.mechanisms ?? [], transferLaws),
    privacyEmail,
    rightsEmail: policy.rights?.email ?? privacyEmail,
    rightsByEmail: policy.rights?.email !== undefined || policy.rights?.url === undefined,
    marketingObjection: marketingObjection(policy, laws),
  };
}

function marketingObjection(policy: Policy, laws: readonly LawId[]): PolicyModel['marketingObjection'] {
  const objecting = laws.filter((law) => LAWS[law].directMarketingObjection !== undefined);
  if (objecting.length === 0 || !policy.purposes.some((purpose) => objectionToMarketing(policy, purpose))) return undefined;
  return { laws: objecting, purposes: policy.purposes.filter((purpose) => isDirectMarketing(purpose) && !usesOnlyDeviceData(policy, purpose)) };
}

/** The purpose is direct marketing: `direct_marketing: true`, or the object that says how to opt out. */
export function isDirectMarketing(purpose: Pick<Purpose, 'direct_marketing'>): boolean {
  return purpose.direct_marketing === true || typeof purpose.direct_marketing === 'object';
}

/** How to opt out of a direct-marketing purpose, where the file says. */
export function marketingOptOut(purpose: Pick<Purpose, 'direct_marketing'>): NonNullable<Exclude<Purpose['direct_marketing'], boolean>>['opt_out'] {
  return typeof purpose.direct_marketing === 'object' ? purpose.direct_marketing.opt_out : undefined;
}

/**
 * A direct-marketing purpose that a person stops by objecting (GDPR Art. 21(2), (3)) rather than
 * by withdrawing consent: it rests on a basis other than consent, or on none the file names. One
 * on consent alone stops when consent is withdrawn (Art. 7(3)), which the policy already says;
 * one that uses only data on the device is no processing of the company's.
 */
export function objectionToMarketing(policy: Pick<Policy, 'data_categories'>, purpose: Purpose): boolean {
  if (!isDirectMarketing(purpose) || usesOnlyDeviceData(policy, purpose)) return false;
  return lawfulBases(purpose).some((basis) => basis !== 'consent') || lawfulBases(purpose).length === 0;
}

/**
 * The file declares no data at all (`data_categories: []`). The list is required, so an empty one
 * is a statement, never an omission; `purposes` must then be empty too (rule
 * nothing-collected-consistent). Only the rules about that statement read this: a file whose data
 * all stays on the device also collects nothing (`PolicyModel.collectsNothing`), but may name that
 * data in purposes, and what it may not name it in is rule on-device-not-sent's.
 */
export function declaresNoData(policy: Pick<Policy, 'data_categories'>): boolean {
  return policy.data_categories.length === 0;
}

/**
 * The category is processed only on the person's device and never reaches the company: it is not
 * collected (GDPR, CCPA, and Apple's and Google's store labels all ask what leaves the device).
 */
export function isOnDevice(category: Pick<DataCategory, 'on_device'>): boolean {
  return category.on_device === true;
}

/** The category the id names stays on the person's device; an unknown id (rule known-data-category's) does not. */
export function staysOnDevice(model: Pick<PolicyModel, 'categories'>, id: string): boolean {
  const category = model.categories.get(id);
  return category !== undefined && isOnDevice(category);
}

/**
 * The lawful bases a purpose rests on, in Art. 6(1)'s order: none, one, or several when the file
 * gives a list. Every reader asks this rather than `lawful_basis`, which may be a word or a list.
 */
export function lawfulBases(purpose: Pick<Purpose, 'lawful_basis'>): LawfulBasis[] {
  const declared = purpose.lawful_basis;
  if (declared === undefined) return [];
  const given: readonly LawfulBasis[] = typeof declared === 'string' ? [declared] : declared;
  return LAWFUL_BASIS_ORDER.filter((basis) => given.includes(basis));
}

/** The purpose rests on `basis`, alone or beside others. */
export function restsOn(purpose: Pick<Purpose, 'lawful_basis'>, basis: LawfulBasis): boolean {
  return lawfulBases(purpose).includes(basis);
}

/**
 * The purpose uses only data that stays on the person's device: the company processes nothing for
 * it, so the GDPR's questions of basis and consent do not arise for the company.
 */
export function usesOnlyDeviceData(policy: Pick<Policy, 'data_categories'>, purpose: Pick<Purpose, 'data_categories'>): boolean {
  const ids = purpose.data_categories ?? [];
  return ids.length > 0 && ids.every((id) => policy.data_categories.some((c) => c.id === id && isOnDevice(c)));
}

function transferGrounds(declared: readonly TransferMechanism[], laws: readonly TransferLawId[]): PolicyModel['transferGrounds'] {
  const tools = declared.filter((m) => TRANSFER_TOOLS[m].kind !== 'none');
  if (tools.length === 0) return [];
  if (laws.length === 0) return [{ laws: [], mechanisms: tools }];
  const groups = new Map<string, { laws: TransferLawId[]; mechanisms: TransferMechanism[] }>();
  for (const mechanism of tools) {
    const valid = laws.filter((law) => TRANSFER_TOOLS[mechanism].validUnder[law] !== undefined);
    if (valid.length === 0) continue;
    const group = groups.get(valid.join()) ?? { laws: valid, mechanisms: [] };
    group.mechanisms.push(mechanism);
    groups.set(valid.join(), group);
  }
  return [...groups.values()].sort((a, b) => b.laws.length - a.laws.length);
}

function subjectsOf(policy: Policy): Map<string, Audience[]> {
  const byRef = audiencesByRef(policy);
  return new Map(policy.purposes.map((purpose) => [purpose.id, purposeSubjects(policy, byRef, purpose)]));
}

function subprocessorModel(s: Subprocessor, laws: readonly TransferLawId[], date: string, policySafeguards: readonly TransferMechanism[]): SubprocessorModel {
  const locations = toCountryList(s.location);
  const own = mechanismsOf(s);
  const stated = s.location !== undefined;
  const transfer = stated ? transferStatus(locations, laws, date, own) : 'unknown';
  const safeguards = own.length > 0 ? own : transfer === 'needs_safeguard' ? policySafeguards : [];
  const outsideLocations = laws.length === 0 ? [] : locations.filter((code) => !laws.some((law) => insideTerritory(law, code)));
  return {
    ...s,
    locations,
    outside: outsideLocations.length > 0,
    outsideLocations,
    needs: safeguardNeeds(s.location, laws, date),
    transfer,
    transferUnder: Object.fromEntries(laws.map((law) => [law, stated ? transferStatus(locations, [law], date, own) : 'unknown'])),
    safeguards,
    safeguarded: transfer !== 'needs_safeguard' || safeguards.some((m) => TRANSFER_TOOLS[m].kind === 'safeguard' || TRANSFER_TOOLS[m].kind === 'adequacy'),
  };
}

/** The locations, as the file gives them (one code or a list), that need a safeguard under `laws`. */
function safeguardNeeds(location: string | readonly string[] | undefined, laws: readonly TransferLawId[], date: string): SafeguardNeed[] {
  if (location === undefined || laws.length === 0) return [];
  const codes = toCountryList(location);
  const needs: SafeguardNeed[] = [];
  codes.forEach((code, index) => {
    if (!isCountryCode(code) || laws.some((law) => insideTerritory(law, code))) return;
    const without = laws.filter((law) => adequacyOn(law, code, date, false) === undefined);
    if (without.length > 0) needs.push({ code, index: typeof location === 'string' ? undefined : index, laws: without });
  });
  return needs;
}

function isEstablishedInside(policy: Policy, laws: readonly TransferLawId[]): boolean {
  const home = establishment(policy);
  return home !== undefined && laws.some((law) => insideTerritory(law, home));
}

/**
 * A location inside the territory of any declared transfer law needs nothing (data in Ireland
 * under the GDPR and the UK GDPR is where one of them protects it); elsewhere every declared law
 * must have an adequacy decision in force on `date`. Certified-only decisions (the DPF, the
 * Privacy Shield) count when the provider names that framework.
 */
export function transferStatus(
  locations: readonly string[],
  laws: readonly TransferLawId[],
  date: string,
  mechanisms: readonly TransferMechanism[],
): TransferStatus {
  const certified = mechanisms.some((mechanism) => mechanism === 'dpf' || mechanism === 'privacy_shield');
  let status: TransferStatus = 'inside';
  for (const code of locations) {
    if (laws.some((law) => insideTerritory(law, code))) continue;
    if (laws.some((law) => adequacyOn(law, code, date, certified) === undefined)) return 'needs_safeguard';
    status = 'adequate';
  }
  return status;
}

/**
 * The products an entry scoped with `products` applies to, in the order the policy lists them;
 * empty when the entry names none, which means all of them. Ids the policy does not declare are
 * left out (rule known-product reports them).
 */
export function scopedProducts(model: Pick<PolicyModel, 'products'>, scope: readonly string[] | undefined): Product[] {
  if (scope === undefined) return [];
  return [...model.products.values()].filter((product) => scope.includes(product.id));
}

/** Whether an entry with this scope applies to the product: one without a scope applies to all. */
export function appliesTo(scope: ProductScope | undefined, productId: string): boolean {
  return scope === undefined || scope.includes(productId);
}

/**
 * The products for which a retention entry without a scope gives way to another entry that names
 * the product and covers some of the same data: the more specific period is that product's
 * ("this app keeps sign-up IPs until the account is deleted, the others forever"). Empty for a
 * scoped entry, or when no scoped entry overlaps it.
 */
export function retentionOverriddenFor(retention: readonly RetentionEntry[], index: number): string[] {
  const entry = retention[index];
  if (entry === undefined || entry.products !== undefined) return [];
  const ids = new Set<string>();
  for (const other of retention) {
    if (other.products !== undefined && other.data_categories.some((id) => entry.data_categories.includes(id))) for (const id of other.products) ids.add(id);
  }
  return [...ids];
}

/**
 * The fields that say someone besides the company receives or sees personal data: providers, kinds
 * of recipient, other disclosures, what other users see, and a sale or sharing the file declares.
 * Only then does the policy say it explains how the company "shares" data (the Common Voice and
 * Let's Encrypt reviews: the intro's verbs promised parts the file did not declare).
 */
export function sharingDeclarations(policy: Policy): Path[] {
  const sale = policy.sale_and_sharing;
  const listed: Path[] = (['subprocessors', 'recipient_categories', 'disclosures'] as const)
    .filter((key) => (policy[key] ?? []).length > 0)
    .map((key) => [key]);
  const visible: Path[] = policy.visibility === undefined ? [] : [['visibility']];
  const sold = (['sells', 'shares_for_advertising', 'shares_with_data_brokers', 'shares_for_direct_marketing'] as const)
    .filter((key) => sale?.[key] === true)
    .map((key): Path => ['sale_and_sharing', key]);
  return [...listed, ...visible, ...sold];
}

/** Some purpose is the company's own processing, not only data on the person's device: the intro may say the company "uses" data. */
export function companyPurposes(policy: Pick<Policy, 'data_categories' | 'purposes'>): Policy['purposes'] {
  return policy.purposes.filter((p) => !usesOnlyDeviceData(policy, p));
}

/**
 * What makes "sharing" in the selling section's heading mean something: the CCPA, which defines it
 * (cross-context behavioural advertising), or the file's own statement about sharing for advertising.
 */
export function saleSharingSources(policy: Policy): Path[] {
  const sale = policy.sale_and_sharing;
  if (sale === undefined) return [];
  return [
    ...(policy.jurisdictions?.includes('ccpa') === true ? [['jurisdictions']] : []),
    ...(sale.shares_for_advertising === undefined ? [] : [['sale_and_sharing', 'shares_for_advertising']]),
    ...(sale.past_12_months?.shared === undefined ? [] : [['sale_and_sharing', 'past_12_months', 'shared']]),
  ];
}
