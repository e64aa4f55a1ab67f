import type { Audience, LawfulBasis, Right, RetentionPeriod, TransferMechanism, Address } from '../../model/policy.generated.js';
import { durationInWords } from '../../model/duration.js';
import { toCountryList } from '../../model/countries.js';
import { addressLine } from './address.js';
import { countryList, localCountryName } from './countries.js';
import { formatDate, formatDateAfter, type DateStyle } from './date.js';
import type { DatePreposition } from '../../i18n/catalog.js';
import { audienceName } from './audiences.js';
import { lawfulBasisLabel } from './lawful-basis.js';
import { markdownLink, markdownMailto } from './markdown.js';
import { retentionPeriod } from './retention.js';
import { rightExplanation, rightLabel, rightReference, type RightsLaw } from './rights.js';
import { changeChannel, type ChangeChannel } from './changes.js';
import {
  afterPreposition,
  capitalize,
  clauseComma,
  institution,
  isSentence,
  listHead,
  listItem,
  phrase,
  plural,
  proseList,
  sentence,
  sentenceStart,
} from './text.js';
import { transferMechanismLabel, transferMechanismShort } from './transfers.js';
import { isTransferLaw, type TransferLawId } from '../../law/index.js';
import type { ManagementRole } from '../../model/controllers.js';
import { words } from '../../i18n/active.js';
import { countInWords } from '../../i18n/numbers.js';
import type { GermanCase, OrganisationCase } from '../../i18n/german.js';

/**
 * The helpers clauses may call, by name. Each adapts one pure function; Handlebars' trailing
 * `options` argument is removed before the call. Names never repeat a privacy.yaml key, so
 * `{{name}}` is always data and `{{joinAnd …}}` always a helper.
 */
type Helper = (...args: unknown[]) => unknown;

const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(str) : value === undefined || value === null ? [] : [str(value)]);
const transferLaws = (value: unknown): TransferLawId[] => list(value).filter(isTransferLaw);

export const HELPERS: Readonly<Record<string, Helper>> = {
  joinAnd: (items) => proseList(list(items), 'and'),
  joinOr: (items) => proseList(list(items), 'or'),
  /** Each item after the preposition, joined as the language joins them ("aux pratiques … ou aux politiques …"). */
  joinOrAfter: (preposition, items) =>
    proseList(
      list(items).map((item) => afterPreposition(str(preposition), item)),
      'or',
    ),
  /** Each item after the preposition, joined with "and" ("im Pocket-Dienst und in der Pocket-App"). */
  joinAndAfter: (preposition, items) =>
    proseList(
      list(items).map((item) => afterPreposition(str(preposition), item)),
      'and',
    ),
  /** Products' names with the article the case asks for, in the languages that write one ("der Pocket-Anwendung"). */
  articled: (items, grammaticalCase) => list(items).map((item) => words().withArticle?.(item, grammaticalCase as GermanCase) ?? item),
  /** A company's name with the article the case asks for, in the languages that write one ("die Internet Security Research Group"). */
  organisation: (name, grammaticalCase) => words().withOrganisationArticle?.(str(name), grammaticalCase as OrganisationCase) ?? str(name),
  /** The items before a last one the clause writes itself, with their separators: `{{listHead recipients}}and …`. */
  listHead: (items) => listHead(list(items)),
  listItem: (item, items) => listItem(str(item), list(items)),
  names: (items) => (Array.isArray(items) ? items.map((item: unknown) => str((item as { name?: unknown } | null)?.name)) : []),
  capitalize: (text) => capitalize(str(text)),
  sentence: (text) => sentence(str(text)),
  sentenceStart: (text) => sentenceStart(str(text)),
  phrase: (text) => phrase(str(text)),
  clauseComma: (text) => clauseComma(str(text)),
  institution: (name) => institution(str(name)),
  institutions: (names) => list(names).map(institution),
  /** A count in running text, one to twelve in words; `one` is the form 1 takes before its noun ("eine", "une"). */
  inWords: (count, one) => countInWords(Number(count), words().code, one === undefined || one === null ? undefined : str(one)),
  plural: (count, one, many) => plural(Array.isArray(count) ? count.length : Number(count), str(one), str(many)),
  eq: (a, b) => a === b,
  includesAny: (items, ...values) => Array.isArray(items) && values.some((v) => items.includes(v)),
  isSentence: (text) => isSentence(str(text)),
  not: (a) => !a || (Array.isArray(a) && a.length === 0),
  or: (...values) => values.some((v) => Boolean(v) && !(Array.isArray(v) && v.length === 0)),
  and: (...values) => values.every((v) => Boolean(v) && !(Array.isArray(v) && v.length === 0)),
  formatDate: (iso, style) => formatDate(str(iso), (style as DateStyle | undefined) ?? 'long_us'),
  dateAfter: (preposition, iso, style) => formatDateAfter(preposition as DatePreposition, str(iso), (style as DateStyle | undefined) ?? 'long_us'),
  durationWords: (value, form) => durationInWords(str(value), form === 'accusative' ? 'accusative' : 'dative'),
  retentionPeriod: (period, upTo, until) =>
    retentionPeriod(str(period) as RetentionPeriod, upTo === true, until === undefined || until === null ? undefined : phrase(str(until))),
  countryList: (codes) => countryList(list(codes)),
  countryNames: (codes) => toCountryList(list(codes)).map(localCountryName).join(', '),
  addressLine: (address) => addressLine(address as Address),
  basisLabel: (basis, citation) => lawfulBasisLabel(basis as LawfulBasis, str(citation)),
  mechanismLabel: (mechanism, citation) => transferMechanismLabel(mechanism as TransferMechanism, str(citation)),
  mechanismLabels: (mechanisms, citation) =>
    list(mechanisms)
      .filter((m) => m !== 'none')
      .map((m) => transferMechanismLabel(m as TransferMechanism, str(citation))),
  mechanismShort: (mechanism, laws) => transferMechanismShort(mechanism as TransferMechanism, transferLaws(laws)),
  mechanismShorts: (mechanisms, laws) => list(mechanisms).map((m) => transferMechanismShort(m as TransferMechanism, transferLaws(laws))),
  changeChannels: (channels, service) =>
    list(channels).map((c, _, all) => changeChannel(c as ChangeChannel, service === undefined ? undefined : str(service), all.length === 1)),
  audienceKind: (kind) => audienceName({ kind: kind as Audience['kind'] }),
  rightLabel: (right) => rightLabel(right as Right),
  rightExplanation: (right, personalData) => rightExplanation(right as Right, str(personalData)),
  rightReference: (right, law) => rightReference(right as Right, law as RightsLaw),
  link: (url, text) => markdownLink(str(url), text === undefined ? undefined : str(text)),
  mailto: (email, text) => markdownMailto(str(email), text === undefined ? undefined : str(text)),
  managementLead: (names, role) =>
    words().notice.phrases.controller.managementLead((role ?? 'managing_directors') as ManagementRole, list(names).length, false),
};

/**
 * The arguments whose words a helper's result repeats, where that is not all of them: `plural`
 * prints one of its words, not the list it counts; `formatDate` the date, not the style (`dateAfter` the date, not its preposition). The
 * clause compiler traces a printed value to these for `--explain`.
 */
export const PRINTED_ARGUMENTS: Readonly<Record<string, readonly number[]>> = {
  plural: [],
  clauseComma: [],
  listItem: [0],
  joinOrAfter: [1],
  joinAndAfter: [1],
  articled: [0],
  formatDate: [0],
  dateAfter: [1],
  durationWords: [0],
  basisLabel: [0],
  mechanismLabel: [0],
  mechanismLabels: [0],
  mechanismShort: [0],
  mechanismShorts: [0],
  changeChannels: [0],
  rightExplanation: [0],
  managementLead: [1],
};

/** Helpers whose result is Markdown (they escape what they are given); only these may use `{{{…}}}`. */
export const MARKDOWN_HELPERS: ReadonlySet<string> = new Set(['link', 'mailto']);
