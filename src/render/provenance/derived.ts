import type { Path } from '../../diagnostics.js';
import { provisionId } from '../../law/citation.js';
import { RIGHTS, type Right } from '../../law/index.js';
import type { Policy } from '../../model/policy.generated.js';
import { isOnDevice, objectionToMarketing, saleSharingSources, sharingDeclarations } from '../../model/normalize.js';

/**
 * Where the view's own fields come from. The clause context (view.ts) holds, beside the policy's
 * objects, fields it derives from them: the company's name in running text, the names of the data
 * a provider receives, a rights list's response time. Each is traced here to the fields of the
 * file it is made of. A candidate counts only if the file has it and the view's value is made of
 * it, so the trace follows what the view did rather than restating its rules.
 */
export interface DerivedField {
  policy: Policy;
  /** The object the clause read, and the field. */
  container: object;
  key: string;
  value: unknown;
  /** The container's own path, when it is (a copy of) an object of the file. */
  base: Path | undefined;
  /** The container is the clauses' root context. */
  root: boolean;
}

type Resolver = (field: DerivedField) => Path[];

/** Each category's `on_device: true`, in the file's order. */
const onDeviceFlags = (policy: Policy): Path[] => policy.data_categories.flatMap((c, i) => (isOnDevice(c) ? [['data_categories', i, 'on_device']] : []));

/**
 * "We do not collect any personal data" is what the lists declare: empty, or holding only data
 * that stays on the device (each such category's `on_device` then says so).
 */
const nothingCollected: Resolver = (f) => (f.value === true ? [['data_categories'], ['purposes'], ...onDeviceFlags(f.policy)] : []);

const ROOT: Readonly<Record<string, Resolver>> = {
  company: (f) =>
    equalTo(f, [
      ['controller', 'trading_name'],
      ['controller', 'name'],
    ]),
  legalName: (f) => equalTo(f, [['controller', 'name']]),
  service: (f) =>
    equalTo(f, [
      ['policy', 'service'],
      ['controller', 'trading_name'],
      ['controller', 'name'],
    ]),
  title: (f) => equalTo(f, [['policy', 'title']]),
  privacyEmail: (f) =>
    equalTo(f, [
      ['contact', 'email'],
      ['controller', 'email'],
    ]),
  rightsEmail: (f) =>
    equalTo(f, [
      ['rights', 'email'],
      ['contact', 'email'],
      ['controller', 'email'],
    ]),
  collectsNothing: nothingCollected,
  // The intro's "uses" and "shares": the purposes, and the fields that declare a recipient.
  usesData: (f) => (f.value === true ? [['purposes']] : []),
  sharesData: (f) => (f.value === true ? sharingDeclarations(f.policy) : []),
  // "Data that stays on your device": the categories the file marks so.
  onDevice: (f) => onDeviceFlags(f.policy),
  // The same, as the flag the subsection is shown on: its fixed sentence says what on_device declares.
  deviceData: (f) => (f.value === true ? onDeviceFlags(f.policy) : []),
  lawNames: (f) => [
    ...(f.policy.jurisdictions === undefined || f.policy.controller.claims_compliance !== true ? [] : [['jurisdictions'], ['controller', 'claims_compliance']]),
    ...(f.policy.other_laws ?? []).map((_, i) => ['other_laws', i]),
  ],
  breachAuthorities: (f) => namesIn(f, (p) => Object.keys(p.rights ?? {}).map((law) => ['rights', law, 'authority', 'name'])),
  cookieProducts: (f) => [['cookies', 'products'], ...productNamePaths(f.policy, f.policy.cookies?.products)],
  // The sentences that say the main controller decides only where no other company is named.
  othersNamed: (f) => (f.value === true ? [['controller', 'other_controllers']] : []),
};

/** Fields the view adds to copies of the file's objects, or to objects of its own. */
const FIELDS: Readonly<Record<string, Resolver>> = {
  // The key point "What we collect: no personal data".
  collectsNothing: nothingCollected,
  // The names of the data categories an object lists by id: those the view named (a purpose
  // names its data on the device apart, under deviceNames).
  categoryNames: (f) =>
    f.base === undefined
      ? []
      : [[...f.base, 'data_categories'], ...categoryNamePaths(f.policy, (f.container as { data_categories?: unknown }).data_categories, f.value)],
  // A purpose's data that stays on the device: the same list, the categories named, and their on_device.
  deviceNames: (f) =>
    f.base === undefined
      ? []
      : [
          [...f.base, 'data_categories'],
          ...categoryNamePaths(f.policy, (f.container as { data_categories?: unknown }).data_categories, f.value).flatMap((path) => [
            path,
            [...path.slice(0, -1), 'on_device'],
          ]),
        ],
  locations: (f) => (f.base === undefined ? [] : [[...f.base, 'location']]),
  // Another controller's places, and the covered groups it names (each by its own name where it has one).
  regionNames: (f) => (f.base === undefined ? [] : [[...f.base, 'regions']]),
  exceptRegionNames: (f) => (f.base === undefined ? [] : [[...f.base, 'except_regions']]),
  audienceNames: (f) =>
    f.base === undefined ? [] : [[...f.base, 'audiences'], ...audienceNamePaths(f.policy, (f.container as { audiences?: unknown }).audiences)],
  // The names of the products an entry is scoped to; a group of providers is traced through them.
  productNames: (f) =>
    f.base === undefined
      ? namesIn(f, (p) => (p.products ?? []).map((_, i) => ['products', i, 'name']))
      : [[...f.base, 'products'], ...productNamePaths(f.policy, (f.container as { products?: unknown }).products)],
  // A retention entry for all products that another entry replaces for some: those entries' scopes.
  otherProducts: (f) =>
    f.value === true && f.base !== undefined
      ? (f.policy.retention ?? []).flatMap((r, i) =>
          r.products !== undefined && r.data_categories.some((id) => (f.container as { data_categories?: unknown[] }).data_categories?.includes(id))
            ? [['retention', i, 'products']]
            : [],
        )
      : [],
  // "We also disclose it in other cases": the disclosures that name no recipient.
  otherDisclosures: (f) =>
    f.value === true ? (f.policy.disclosures ?? []).flatMap((d, i) => ((d.recipients ?? []).length === 0 ? [['disclosures', i]] : [])) : [],
  // A retention row's data: its label, else the names of its categories.
  data: (f) => {
    if (f.base === undefined) return [];
    const label = (f.container as { label?: unknown }).label;
    if (label !== undefined) return [[...f.base, 'label']];
    return [[...f.base, 'data_categories'], ...categoryNamePaths(f.policy, (f.container as { data_categories?: unknown }).data_categories)];
  },
  // "Other than the right to lodge a complaint": where the file lists that right, or names an authority.
  complaintListed: (f) => {
    if (f.value !== true) return [];
    const rights = f.policy.rights ?? {};
    const lists = Object.entries(rights).flatMap(([key, value]): Path[] => {
      const list = key === 'everyone' ? value : (value as { rights?: unknown } | undefined)?.rights;
      const at = Array.isArray(list) ? list.indexOf('complaint') : -1;
      return at === -1 ? [] : [key === 'everyone' ? ['rights', 'everyone', at] : ['rights', key, 'rights', at]];
    });
    const authorities = Object.entries(rights).flatMap(([key, value]): Path[] =>
      typeof value === 'object' && value !== null && 'authority' in value ? [['rights', key, 'authority']] : [],
    );
    return [...lists, ...authorities];
  },
  // The selling section's heading says "and sharing" because of these.
  saleHeadingShares: (f) => (f.value === true ? saleSharingSources(f.policy) : []),
  dpa: (f) => providerNames(f, 'terms'),
  ownTerms: (f) => providerNames(f, 'terms'),
  trainingProviders: (f) => providerNames(f, 'trains_on_data'),
  nonTrainingProviders: (f) => providerNames(f, 'trains_on_data'),
  trainingData: (f) => [['ai', 'training_data_categories'], ...categoryNamePaths(f.policy, f.policy.ai?.training_data_categories)],
  outsideCountries: (f) => (f.policy.subprocessors ?? []).flatMap((s, i) => (hasAny(s.location, f.value) ? [['subprocessors', i, 'location']] : [])),
  // The paragraph on objecting to direct marketing: each purpose the file marks as direct marketing
  // and the basis that makes the objection, not withdrawing consent, what stops it.
  objectToMarketing: (f) =>
    f.value === true
      ? f.policy.purposes.flatMap((p, i) =>
          objectionToMarketing(f.policy, p)
            ? [['purposes', i, 'direct_marketing'], ...(p.lawful_basis === undefined ? [] : [['purposes', i, 'lawful_basis']])]
            : [],
        )
      : [],
  // A rights list's own terms, given under the first of its laws.
  responseTime: (f) => rightsTerm(f, 'response_time'),
  inApp: (f) => rightsTerm(f, 'in_app'),
  subjectLine: (f) => rightsTerm(f, 'subject_line'),
  instruction: (f) => {
    const right = (f.container as { right?: unknown }).right;
    return typeof right === 'string' && f.policy.rights?.instructions?.[right as keyof NonNullable<NonNullable<Policy['rights']>['instructions']>] !== undefined
      ? [['rights', 'instructions', right]]
      : [];
  },
  // A verification step's rights, by the names the law gives them, and its flag under the view's name.
  requestLabels: (f) => ownField(f, 'requests'),
  signedDeclaration: (f) => ownField(f, 'signed_declaration'),
  // `rights.verification` written as one sentence, which the view holds as its text.
  text: (f) => equalTo(f, [['rights', 'verification']]),
  // "The law gives you further rights …": each law that makes it true, as the file declares it, the
  // promise that leaves some of its rights out, and the country the company is established in,
  // which decides whether they depend on where the reader lives.
  furtherByLaw: (f) => {
    const further = furtherRights(f);
    if (further.length === 0) return [];
    const declared = further.flatMap(({ law }): Path[] => {
      const index = (f.policy.jurisdictions ?? []).indexOf(law);
      return index === -1 ? [] : [['jurisdictions', index]];
    });
    const promise: Path[] = f.policy.rights?.everyone === undefined ? [] : [['rights', 'everyone']];
    return [...declared, ...promise, ...equalTo(f, HOME, true)];
  },
  home: (f) => equalTo(f, HOME, true),
  heading: (f) => {
    const index = f.policy.purposes.findIndex((p) => p.group === f.value);
    return index === -1 ? [] : [['purposes', index, 'group']];
  },
};

export function derivedSources(field: DerivedField): Path[] {
  const resolver = field.root ? ROOT[field.key] : FIELDS[field.key];
  return resolver === undefined ? [] : resolver(field);
}

/**
 * The law-base entries that make a field of the view true, where the view derives it from the law
 * rather than from a value of the file: a sentence shown for it states that law.
 */
const LAWS: Readonly<Record<string, (field: DerivedField) => string[]>> = {
  // Each right the law requires the policy to name and the policy leaves out, by its provision.
  furtherByLaw: (f) =>
    furtherRights(f).flatMap(({ law, rights }) =>
      rights.flatMap((right) => {
        const provision = RIGHTS[right].provisions[law];
        return provision === undefined ? [] : [provisionId(law, provision)];
      }),
    ),
};

export function derivedLaws(field: DerivedField): string[] {
  const resolver = field.root ? undefined : LAWS[field.key];
  return resolver === undefined ? [] : resolver(field);
}

/** Where the company is established: its own country, else its address's. */
const HOME: readonly Path[] = [
  ['controller', 'country'],
  ['controller', 'address', 'country'],
];

/** The rights view's `furtherRights`, beside the `furtherByLaw` a clause read. */
function furtherRights(field: DerivedField): ReadonlyArray<{ law: 'gdpr' | 'uk_gdpr' | 'swiss_fadp'; rights: readonly Right[] }> {
  if (field.value === false || field.value === undefined) return [];
  const further = (field.container as { furtherRights?: unknown }).furtherRights;
  return Array.isArray(further) ? (further as Array<{ law: 'gdpr' | 'uk_gdpr' | 'swiss_fadp'; rights: Right[] }>) : [];
}

/**
 * The first candidate the file has whose value the view's value is (for countries, whose code
 * the view shows by name, any the file has).
 */
function equalTo(field: DerivedField, candidates: readonly Path[], present = false): Path[] {
  for (const path of candidates) {
    const value = valueIn(field.policy, path);
    if (value !== undefined && (present || value === field.value)) return [path];
  }
  return [];
}

/** The file's own field `key` of the object the view copied, if the file has it. */
function ownField(field: DerivedField, key: string): Path[] {
  return field.base !== undefined && valueIn(field.policy, [...field.base, key]) !== undefined ? [[...field.base, key]] : [];
}

/** The candidates (names in the file) that one of the view's names is. */
function namesIn(field: DerivedField, candidates: (policy: Policy) => Path[]): Path[] {
  const names = Array.isArray(field.value) ? field.value : [field.value];
  return candidates(field.policy).filter((path) => names.includes(valueIn(field.policy, path)));
}

/** The providers a list of names names, with the field that put each in the list. */
function providerNames(field: DerivedField, because: string): Path[] {
  const names = Array.isArray(field.value) ? field.value : [];
  return (field.policy.subprocessors ?? []).flatMap((s, i) =>
    names.includes(s.name)
      ? [
          ['subprocessors', i, 'name'],
          ['subprocessors', i, because],
        ]
      : [],
  );
}

function categoryNamePaths(policy: Policy, ids: unknown, shown?: unknown): Path[] {
  if (!Array.isArray(ids)) return [];
  // Only the categories whose names the view's list holds, where it is given: a purpose names its
  // data on the device apart from the rest.
  // Compared without case: a list inside a sentence lower-cases a name's first word ("usage data").
  const names = Array.isArray(shown) ? new Set<string>(shown.map((name) => String(name).toLowerCase())) : undefined;
  return ids.flatMap((id) => {
    const index = policy.data_categories.findIndex((c) => c.id === id);
    if (index === -1 || (names !== undefined && !names.has(String(policy.data_categories[index]?.name).toLowerCase()))) return [];
    return [['data_categories', index, 'name']];
  });
}

/** The `name` of each covered group a list of references names, where the group has one (else its kind's name is the catalog's). */
function audienceNamePaths(policy: Policy, refs: unknown): Path[] {
  if (!Array.isArray(refs)) return [];
  const covered = policy.audiences?.covered ?? [];
  return covered.flatMap((audience, i) =>
    audience.name !== undefined && refs.includes(audience.id ?? audience.kind) ? [['audiences', 'covered', i, 'name']] : [],
  );
}

function productNamePaths(policy: Policy, ids: unknown): Path[] {
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((id) => {
    const index = (policy.products ?? []).findIndex((p) => p.id === id);
    return index === -1 ? [] : [['products', index, 'name']];
  });
}

function rightsTerm(field: DerivedField, key: string): Path[] {
  const laws = (field.container as { laws?: unknown }).laws;
  if (!Array.isArray(laws)) return [];
  return laws.flatMap((law) => (valueIn(field.policy, ['rights', String(law), key]) === field.value ? [['rights', String(law), key]] : [])).slice(0, 1);
}

function hasAny(location: unknown, codes: unknown): boolean {
  const own = Array.isArray(location) ? location : [location];
  return Array.isArray(codes) && own.some((code) => codes.includes(code));
}

/** The value at `path` in the policy, if there is one. */
export function valueIn(policy: Policy, path: Path): unknown {
  let node: unknown = policy;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
