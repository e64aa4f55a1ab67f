import type { DataCategory, Policy, Subprocessor } from '../model/policy.generated.js';
import { words } from '../i18n/active.js';
import { CCPA_CATEGORIES, CCPA_CATEGORIES_DEFINITION, CCPA_CATEGORY_ORDER, cite, type CcpaCategoryId } from '../law/index.js';
import { isOnDevice } from '../model/normalize.js';

/** Where the data of a row comes from: one entry per source the file declares, with the tools or parties it names. */
export interface CaliforniaSource {
  kind: NonNullable<DataCategory['source']>;
  details: string[];
}

/**
 * One row of the table California notices use: a statutory category of personal information and
 * what the file says about the data categories that fall under it. A fact the file does not state
 * for any of them is `undefined` or empty, and its cell is left empty: the writer fills it with the
 * catalog's "not stated" (not-stated.ts).
 */
export interface CaliforniaRow<R> {
  category: CcpaCategoryId;
  label: string;
  /** The provision that defines it: "§ 1798.140(v)(1)(A)". */
  provision: string;
  /** The names of the data categories under it. */
  data: string[];
  sources: CaliforniaSource[];
  /** The data categories under it whose source the file does not give. */
  sourcesUnstated: string[];
  /** The purposes that use any of them (those that say which data they use). */
  purposes: string[];
  /** Named providers acting for the company (processors, unless `ccpa_recipient` says otherwise), and kinds of provider (`recipient_categories`). */
  serviceProviders: string[];
  /** Named providers the file calls contractors (`ccpa_recipient: contractor`). */
  contractors: string[];
  /** Named providers that decide for themselves how they use the data (independent controllers), or the file calls third parties. */
  thirdParties: string[];
  /** What `sale_and_sharing.past_12_months` says of them, in that order; empty where it says nothing. */
  pastYear: Array<'sold' | 'not_sold' | 'shared' | 'not_shared'>;
  /** The retention entries that cover any of them. */
  retention: R[];
}

export interface CaliforniaView<R> {
  rows: Array<CaliforniaRow<R>>;
  /** "Cal. Civ. Code § 1798.140(v)". */
  citation: string;
  /** Columns shown only when the file states the fact for some row. */
  showPastYear: boolean;
  showRetention: boolean;
  /** Purposes and providers the table cannot place, because the file does not say which data they use or receive. */
  unplaced: string[];
}

interface Inputs<R> {
  policy: Policy;
  purposes: ReadonlyArray<{ name: string; data_categories?: readonly string[] }>;
  processors: ReadonlyArray<{
    name: string;
    role?: Subprocessor['role'];
    ccpa_recipient?: Subprocessor['ccpa_recipient'];
    data_categories?: readonly string[];
  }>;
  retention: readonly R[];
}

/** What a provider is under the CCPA: as the file says, else read from its role (the diff compares it so too). */
export function recipientKind(s: Pick<Subprocessor, 'role' | 'ccpa_recipient'>): NonNullable<Subprocessor['ccpa_recipient']> {
  return s.ccpa_recipient ?? (s.role === 'controller' ? 'third_party' : 'service_provider');
}

const overlaps = (ids: readonly string[] | undefined, row: ReadonlySet<string>): boolean => (ids ?? []).some((id) => row.has(id));

/**
 * The CCPA table, when the CCPA is declared and some data category says which statutory
 * categories it falls under; the rows are the statutory categories in the statute's order, each
 * with the data categories mapped to it (a category marked `sensitive` is sensitive personal
 * information too). Everything in a row is read from facts the file states elsewhere.
 */
export function californiaView<R extends { data_categories: readonly string[] }>({
  policy,
  purposes,
  processors,
  retention,
}: Inputs<R>): CaliforniaView<R> | undefined {
  if (!(policy.jurisdictions ?? []).includes('ccpa') || !policy.data_categories.some((c) => c.ccpa_categories !== undefined && !isOnDevice(c)))
    return undefined;
  // An on-device category is not collected under the CCPA either: the company never receives it.
  const collected = policy.data_categories.filter((c) => !isOnDevice(c));
  const under = (category: CcpaCategoryId): DataCategory[] =>
    collected.filter((c) => (category === 'sensitive' ? c.sensitive === true : (c.ccpa_categories ?? []).some((k) => k === category)));
  const past = policy.sale_and_sharing?.past_12_months;
  const recipientKinds = policy.recipient_categories ?? [];
  const rows = CCPA_CATEGORY_ORDER.flatMap((category): Array<CaliforniaRow<R>> => {
    const members = under(category);
    if (members.length === 0) return [];
    const ids = new Set(members.map((c) => c.id));
    const sources: CaliforniaSource[] = [];
    for (const member of members) {
      if (member.source === undefined) continue;
      const entry = sources.find((s) => s.kind === member.source) ?? { kind: member.source, details: [] };
      if (!sources.includes(entry)) sources.push(entry);
      if (member.source_detail !== undefined && !entry.details.includes(member.source_detail)) entry.details.push(member.source_detail);
    }
    const receiving = processors.filter((s) => overlaps(s.data_categories, ids));
    return [
      {
        category,
        label: words().law.ccpaCategories[category],
        provision: words().provision(CCPA_CATEGORIES[category].provision),
        data: members.map((c) => c.name),
        sources,
        sourcesUnstated: members.filter((c) => c.source === undefined).map((c) => c.name),
        purposes: purposes.filter((p) => overlaps(p.data_categories, ids)).map((p) => p.name),
        serviceProviders: [
          ...receiving.filter((s) => recipientKind(s) === 'service_provider').map((s) => s.name),
          ...recipientKinds.filter((r) => overlaps(r.data_categories, ids)).map((r) => r.name),
        ],
        contractors: receiving.filter((s) => recipientKind(s) === 'contractor').map((s) => s.name),
        thirdParties: receiving.filter((s) => recipientKind(s) === 'third_party').map((s) => s.name),
        pastYear: [
          ...(past?.sold === undefined ? [] : [overlaps(past.sold, ids) ? ('sold' as const) : ('not_sold' as const)]),
          ...(past?.shared === undefined ? [] : [overlaps(past.shared, ids) ? ('shared' as const) : ('not_shared' as const)]),
        ],
        retention: retention.filter((entry) => overlaps(entry.data_categories, ids)),
      },
    ];
  });
  return {
    rows,
    citation: cite('ccpa', CCPA_CATEGORIES_DEFINITION),
    showPastYear: past !== undefined,
    showRetention: rows.some((row) => row.retention.length > 0),
    unplaced: [
      ...purposes.filter((p) => p.data_categories === undefined).map((p) => p.name),
      ...processors.filter((s) => s.data_categories === undefined).map((s) => s.name),
      ...recipientKinds.filter((r) => r.data_categories === undefined).map((r) => r.name),
    ],
  };
}
