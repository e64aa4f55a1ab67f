import {
  CCPA_CATEGORIES,
  LAWS,
  SPECIAL_CATEGORY_CONDITIONS,
  type CcpaCategoryId,
  type Jurisdiction,
  type LawfulBasis,
  type Right,
  type RightsLawId,
} from '../../law/index.js';
import type {
  Ai,
  Audience,
  Commitment,
  Disclosure,
  GooglePurpose,
  GovernmentRequests,
  Cookies,
  DataCategory,
  Purpose,
  RetentionEntry,
  SpecialCategoryCondition,
  Subprocessor,
  Verification,
} from '../../model/policy.generated.js';
import type { ManagementRole } from '../../model/controllers.js';
import { durationInWords } from '../../model/duration.js';
import { countryList, localCountryInSentence, localCountryName, regionInSentence } from '../../render/helpers/countries.js';
import { formatDateAfter, type DateStyle } from '../../render/helpers/date.js';
import type { NoTime } from '../../render/helpers/retention.js';
import { capitalize, joinList, phrase } from '../../render/helpers/text.js';
import { nameInNotice } from '../../render/names-in-sentence.js';
import { countInWords } from '../numbers.js';

/**
 * The sentences of an English change notice: each change as the diff checks word it (src/diff/
 * checks), the notice's own warning and redline words. The checks pass values as data (names,
 * ids, country codes, ISO durations); each phrase writes them in its language through the helpers
 * the clauses use (lists, countries, durations, laws), so German and French need no English.
 * This object is the type of every language's phrases (NoticePhrases): a phrase missing in
 * src/i18n/phrases/de.ts or fr.ts does not compile.
 */

/** “Session recordings”: the company's own words, set apart from the sentence. */
const q = (text: string): string => `“${text}”`;

/** Words that open a clause ("what you type"), not a noun phrase that "your" can precede. */
const CLAUSE_OPENERS = /^(what|which|whom?|whose|when|where|how|why|whether|if|that|this|these|those|any|all|your|our|their|my|the|a|an)\b/iu;

/**
 * A noun phrase that "your" can go before: not a clause ("What you type"), and not one that speaks
 * to the reader itself ("Sites you visit", which would read "your sites you visit").
 */
function takesYour(name: string): boolean {
  return !CLAUSE_OPENERS.test(name) && !/\byou(rs?)?\b/iu.test(name);
}

/**
 * "your account information and usage data", from the categories' names. A name that is no plain
 * noun phrase after "your" ("What you type into the search bar") is quoted, and the list follows
 * "your data" in parentheses, so the sentence holds whatever the company called its categories.
 */
function categories(names: readonly string[]): string {
  const inText = names.map(nameInNotice);
  if (inText.every(takesYour)) return `your ${joinList(inText)}`;
  return `your data (${joinList(inText.map((name, i) => (takesYour(name) ? name : q(names[i] as string))))})`;
}

/** "United States, Ireland", for a parenthesis after a name, in the language being written. */
export const countryNames = (codes: readonly string[]): string => codes.map(localCountryName).join(', ');
/** " (United States, Ireland)" after a provider's name; nothing for one whose location is not stated. */
export const providerCountries = (codes: readonly string[]): string => (codes.length === 0 ? '' : ` (${countryNames(codes)})`);

const BASES: Readonly<Record<LawfulBasis, string>> = {
  consent: 'your consent',
  contract: 'our contract with you',
  legal_obligation: 'a legal obligation',
  vital_interests: 'the protection of vital interests',
  public_task: 'a task in the public interest',
  legitimate_interests: 'our legitimate interests',
};

const basisList = (bases: readonly LawfulBasis[]): string => joinList(bases.map((basis) => BASES[basis]));

/** The bases a purpose gained and lost; every language's sentence picks its form from these. */
export function basisChange(was: readonly LawfulBasis[], now: readonly LawfulBasis[]): { added: LawfulBasis[]; removed: LawfulBasis[] } {
  return { added: now.filter((basis) => !was.includes(basis)), removed: was.filter((basis) => !now.includes(basis)) };
}

const condition = (c: SpecialCategoryCondition): string => SPECIAL_CATEGORY_CONDITIONS[c].label;

/** Whether people must give the data (GDPR Art. 13(2)(e)), to follow "For “…”, ". */
const REQUIREMENT: Readonly<Record<NonNullable<Purpose['requirement']>, string>> = {
  statutory: 'the law now requires you to give us the data',
  contractual: 'our contract with you now requires you to give us the data',
  contract_precondition: 'we now need the data to enter into a contract with you',
  voluntary: 'giving us the data is now up to you',
};

const SOURCES: Readonly<Record<NonNullable<DataCategory['source']>, string>> = {
  provided: 'from you',
  automatic: 'automatically',
  third_party: 'from third parties',
  generated: 'by deriving it from other data',
};

const TERMS: Readonly<Record<NonNullable<Subprocessor['terms']>[number], string>> = {
  dpa: 'a data processing agreement with us',
  written_agreement: 'a written agreement with us that obliges it to protect the data',
  own_terms: 'its own privacy terms',
};

const END: Readonly<Record<NonNullable<RetentionEntry['then']>, string>> = { deleted: 'delete', anonymized: 'anonymize', aggregated: 'aggregate' };

const RIGHTS: Readonly<Record<Right, string>> = {
  access: 'to access your data',
  rectification: 'to have inaccurate data corrected',
  erasure: 'to have your data erased',
  restriction: 'to restrict how we use your data',
  portability: 'to receive your data in a portable format',
  object: 'to object to how we use your data',
  automated_decisions: 'not to be subject to decisions made solely by automated means',
  withdraw_consent: 'to withdraw your consent',
  complaint: 'to complain to a supervisory authority',
  know: 'to know what personal information we collect about you',
  delete: 'to have your personal information deleted',
  correct: 'to have inaccurate personal information corrected',
  opt_out_sale_sharing: 'to opt out of the sale or sharing of your personal information',
  limit_sensitive: 'to limit the use of your sensitive personal information',
  non_discrimination: 'not to be treated differently for using your rights',
  opt_out_marketing: 'to opt out of marketing',
};

/** "the GDPR": a law named in a sentence about rights or requests. */
const law = (id: Jurisdiction): string => LAWS[id].short;

/** Where a representative is appointed: "the European Union", "the United Kingdom". */
const representativeRegion = (id: Jurisdiction): string => LAWS[id].representative?.region ?? LAWS[id].short;

export type CookieKind = Cookies['used'][number];

const COOKIE_KINDS: Readonly<Record<CookieKind, string>> = {
  strictly_necessary: 'strictly necessary',
  preferences: 'preference',
  analytics: 'analytics',
  advertising: 'advertising',
  social_media: 'social media',
};
const cookieKinds = (kinds: readonly CookieKind[]): string => `${joinList(kinds.map((k) => COOKIE_KINDS[k]))} cookies`;

/** What a listed cookie is now: its purpose without a final full stop, who sets it, how long it stays. */
export interface CookieNow {
  purpose: string;
  provider?: string;
  duration?: string;
}

export type Training = NonNullable<Ai['training']>;

/**
 * The new practice, then the old one, in two sentences a notice can print one after the other.
 * `data` is what training uses: "your data", or the categories the policy names.
 */
const TRAINING_NOW: Readonly<Record<Training, (data: string) => string>> = {
  never: () => 'We no longer use your data to train AI models.',
  opt_in: (data) => `We now use ${data} to train AI models only if you opt in.`,
  opt_out: (data) => `We now use ${data} to train AI models unless you opt out.`,
  anonymized: (data) => `We now use ${data} to train AI models only after anonymizing it.`,
  yes: (data) => `We now use ${data} to train AI models.`,
};
const TRAINING_BEFORE: Readonly<Record<Training, string>> = {
  never: 'Until now, we did not use your data to train AI models.',
  opt_in: 'Until now, we did so only if you opted in.',
  opt_out: 'Until now, we did so unless you opted out.',
  anonymized: 'Until now, we did so only after anonymizing it.',
  yes: 'Until now, we used your data to train AI models.',
};

/** A commitment as a phrase names it: its kind, and its own words for kind `other`. */
export type Pledge = Pick<Commitment, 'kind' | 'statement'>;

/** Each kind as a notice names it, after "our commitment". */
const COMMITMENTS: Readonly<Record<Commitment['kind'], string>> = {
  no_sale: 'never to sell your data',
  no_advertising_sharing: 'never to share your data for cross-context behavioral advertising',
  no_special_categories: 'not to collect special categories of data',
  no_biometrics: 'not to collect biometric data',
  no_staff_access: 'that our staff do not access the content of your account',
  no_third_party_analytics: 'not to use third-party analytics',
  no_third_party_advertising: 'not to use third-party advertising or advertising trackers',
  no_ai_training: 'not to use your data to train AI models',
  warrant_canary: 'that we have never received a secret government request for user data (our warrant canary)',
  other: '',
};
const promised = (c: Pledge): string => (c.kind === 'other' ? q(c.statement ?? '') : COMMITMENTS[c.kind]);

export type AudienceKind = Audience['kind'];
/** A group of people as a phrase names it: its kind, and its own name if it has one. */
export type AudienceRef = Pick<Audience, 'kind' | 'name'>;

/** How a notice names each kind of audience; `other` audiences by their own name. */
const AUDIENCES: Readonly<Record<AudienceKind, string>> = {
  visitors: 'website visitors',
  prospects: 'prospective customers',
  customers: 'our customers',
  authorised_users: 'our customers’ authorised users',
  end_users: 'the end users of our customers’ services',
  applicants: 'job applicants',
  event_attendees: 'people who attend our events',
  partners: 'our business partners and their staff',
  other: 'others',
};
const audience = (kind: AudienceKind, name: string | undefined): string => (name === undefined ? AUDIENCES[kind] : q(name));
const productsIn = (products: readonly string[] | undefined): string => (products === undefined ? '' : ` in ${joinList(products.map(q))}`);

/** For whom another controller is the controller: regions (EEA or country codes), covered groups, product names. */
export interface ControllerScope {
  regions: readonly string[];
  /** Where the people it is the controller for do not live. */
  exceptRegions: readonly string[];
  groups: readonly AudienceRef[];
  products: readonly string[];
}
/** "people who use “Woo” and live in the European Economic Area", "job applicants". */
const whom = (s: ControllerScope): string => {
  const people = s.groups.length > 0 ? joinList(s.groups.map((g) => audience(g.kind, g.name))) : 'people';
  const use = s.products.length > 0 ? ` who use ${joinList(s.products.map(q), 'or')}` : '';
  const live = s.regions.length > 0 ? `${use ? ' and' : ' who'} live in ${joinList(s.regions.map(regionInSentence), 'or')}` : '';
  const elsewhere =
    s.exceptRegions.length > 0 ? `${use || live ? ' and' : ' who'} do not live in ${joinList(s.exceptRegions.map(regionInSentence), 'or')}` : '';
  return `${people}${use}${live}${elsewhere}`;
};

export type Safeguard = 'legal_process' | 'challenge' | 'notify_users' | 'foreign_via_treaty';
export type NoticeException = NonNullable<GovernmentRequests['notice_exceptions']>[number];

const EXCEPTIONS: Readonly<Record<NoticeException, string>> = {
  prohibited: 'when the law or a court order forbids it',
  emergency: 'in an emergency',
  counterproductive: 'when telling you would be counterproductive',
};
const exceptionsOr = (items: readonly NoticeException[]): string =>
  joinList(
    items.map((e) => EXCEPTIONS[e]),
    'or',
  );

/** The ways to make a request about rights that a policy can add or drop. */
export type Channel = 'phone' | 'post';
const CHANNELS: Readonly<Record<Channel, string>> = { phone: 'by phone', post: 'by post' };

/** "California, Colorado or Virginia": places as the company names them. */
const places = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

export type DisclosureKind = Disclosure['kind'];

const OCCASIONS: Readonly<Record<DisclosureKind, string>> = {
  legal_requirement: 'to authorities and courts when the law requires it',
  protect_rights: 'to protect rights, property or safety, or to investigate fraud',
  business_transfer: 'to a buyer or successor if our business is sold or merged',
  with_consent: 'to others when you ask us to or agree to it',
  at_your_request: 'to the people or services you ask us to share it with',
  other_users: 'to other users you interact with in the service',
  professional_advisers: 'to our professional advisers',
  affiliates: 'to companies in our group',
};
const HEADINGS: Readonly<Record<DisclosureKind, string>> = {
  legal_requirement: 'legal requirements',
  protect_rights: 'protecting rights and safety',
  business_transfer: 'business transfers',
  with_consent: 'with your consent',
  at_your_request: 'at your request',
  other_users: 'other users',
  professional_advisers: 'professional advisers',
  affiliates: 'our group companies',
};

/** A language by its English name: "German"; the code if unknown. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', de: 'German', fr: 'French' };

export type ChangeChannelId = 'email' | 'in_app' | 'website' | 'other';
const CHANGE_CHANNELS: Readonly<Record<string, string>> = { email: 'by email', in_app: 'in the app', website: 'on our website', other: 'by other means' };
const channels = (items: readonly string[], join: 'and' | 'or'): string =>
  joinList(
    items.map((c) => CHANGE_CHANNELS[c] ?? c),
    join,
  );

export type DeletionStage = NonNullable<RetentionEntry['deletion_stages']>[number]['stage'];

/** Each stage in words: with its time, and as a question the policy no longer answers. */
const STAGES: Readonly<Record<DeletionStage, { within: (time: string) => string; unstated: string }>> = {
  trash: { within: (time) => `deleted data stays in the trash for up to ${time}`, unstated: 'how long deleted data stays in the trash' },
  active_systems: {
    within: (time) => `deleted data is removed from our active systems within ${time}`,
    unstated: 'when deleted data leaves our active systems',
  },
  backups: { within: (time) => `backup copies of deleted data are removed within ${time}`, unstated: 'when backup copies of deleted data are removed' },
};

/** What a retention sentence is about: the entry's heading, or its categories' names; its backups; its plan. */
export interface RetentionSubject {
  label?: string;
  categories: readonly string[];
  backups?: boolean;
  plan?: string;
}

/** A retention period as a sentence says it: its words, and `noTime` when it keeps data for no time at all. */
export interface PeriodSaid {
  words: string;
  noTime?: NoTime;
}

/** What we now do with data kept for no time, and what we did until now. */
const NO_TIME_NOW: Readonly<Record<NoTime, (what: string) => string>> = {
  deleted_after_use: (what) => `We now delete ${what} right after use`,
  not_stored: (what) => `We no longer store ${what} at all`,
};
const NO_TIME_BEFORE: Readonly<Record<NoTime, string>> = {
  deleted_after_use: 'until now we deleted the data right after use',
  not_stored: 'until now we did not store the data at all',
};

const retained = (s: RetentionSubject): string => (s.label !== undefined ? nameInNotice(s.label) : joinList(s.categories.map(nameInNotice)));
const retainedOf = (s: RetentionSubject): string =>
  `${s.backups ? `backup copies of ${retained(s)}` : retained(s)}${s.plan !== undefined ? ` on the ${s.plan} plan` : ''}`;

/** What a provider is under the CCPA (Cal. Civ. Code 1798.140(ag), (j), (ai)), as the California table sorts it. */
export type CcpaRecipient = NonNullable<Subprocessor['ccpa_recipient']>;
const CCPA_RECIPIENTS: Readonly<Record<CcpaRecipient, string>> = {
  service_provider: 'a service provider',
  contractor: 'a contractor',
  third_party: 'a third party',
};

/** "“Commercial information”", "“Identifiers” and “Geolocation data”": the statute's categories as the law base names them. */
const ccpaCategories = (ids: readonly CcpaCategoryId[]): string => joinList(ids.map((id) => q(CCPA_CATEGORIES[id].label)));

/** A step of an identity check: for which requests, in which case, what is asked, and how it is checked. */
export type VerificationStep = Verification['steps'][number];

/** "for a request to know …, we ask for your email address and match it with the information we hold". */
function verificationStep(step: VerificationStep): string {
  const scope = [
    ...(step.requests === undefined
      ? []
      : [
          `for a request ${joinList(
            step.requests.map((r) => RIGHTS[r]),
            'or',
          )}`,
        ]),
    ...(step.when === undefined ? [] : [phrase(step.when)]),
  ];
  const matched = step.matched === true ? ` and match ${step.asks.length === 1 ? 'it' : 'them'} with the information we hold` : '';
  const sworn = step.signed_declaration === true ? ', with a declaration signed under penalty of perjury' : '';
  return `${scope.length > 0 ? `${scope.join(' ')}, ` : ''}we ask for ${joinList(step.asks)}${matched}${sworn}`;
}

/** Whether sensitive personal information is used only for the purposes of Cal. Code Regs. tit. 11, § 7027(m): stated true, stated false, or unstated. */
export type SensitiveUse = boolean | undefined;

/** A notice's late-notice warning, for the sender. */
export interface LateNotice {
  noticeDate: string;
  effective: string;
  /** Whole days from the notice to the effective date; negative when past. */
  days: number;
  /** The notice period, in words. */
  period: string;
  earliest: string;
}

export const EN_PHRASES = {
  /** The company's words quoted inside a sentence. */
  quote: q,
  notice: {
    more: (n: number): string => `And ${countInWords(n, 'en')} more ${n === 1 ? 'change' : 'changes'}, listed below.`,
    beforeYouSend: 'Before you send this notice:',
    late: (w: LateNotice): string => {
      const when =
        w.days < 0
          ? `${-w.days} ${w.days === -1 ? 'day' : 'days'} after`
          : w.days === 0
            ? 'on the day'
            : `only ${w.days} ${w.days === 1 ? 'day' : 'days'} before`;
      return (
        `This notice is dated ${w.noticeDate}, ${when} the changes take effect on ${w.effective}, but the policy promises ` +
        `${w.period} of notice before a material change. Move the effective date to ${w.earliest} or later, or send the notice earlier.`
      );
    },
    redlineHeading: 'The changes in the text of the policy',
    /** `mark` shows the two example words as deleted and as inserted, in the format's own way. */
    redlineLegend: (del: (text: string) => string, ins: (text: string) => string): string =>
      `Removed words are shown ${del('like this')}, added words ${ins('like this')}.`,
  },
  /** Free text reworded, added or removed; `what` names it as `labels` below do. */
  wording: {
    added: (what: string): string => `We added ${what}.`,
    removed: (what: string): string => `We removed ${what}.`,
    reworded: (what: string): string => `We reworded ${what}.`,
    /** A practice's words added, quoted when short enough (`quote` ends the sentence). */
    practiceAdded: (what: string, quote: string | undefined): string => (quote ? `We added ${what}: ${quote}` : `We added ${what}.`),
    practiceChanged: (what: string, quote: string | undefined): string => (quote ? `We changed ${what}; it now reads ${quote}` : `We changed ${what}.`),
    /** The line over the places where the same words were replaced by the same new words. */
    samePlaces: (quote: string): string => `In each of these places the policy now reads ${quote}:`,
    /** A rewording said under the change of practice it came with: "We also reworded …". */
    also: (summary: string): string => summary.replace(/^We (reworded|added|removed|changed|corrected) /, 'We also $1 '),
  },
  purposes: {
    added: (data: readonly string[], name: string, bases: readonly LawfulBasis[]): string =>
      `We now use ${data.length ? categories(data) : 'your data'} for a new purpose: ${q(name)}${bases.length ? `, based on ${basisList(bases)}` : ''}.`,
    removed: (name: string): string => `We no longer use your data for ${q(name)}.`,
    /** A new purpose whose data all stays on the person's device (`on_device`). */
    deviceAdded: (data: readonly string[], name: string): string =>
      `We now use ${categories(data)} for a new purpose, on your device only: ${q(name)}. We do not receive this data.`,
    dataAdded: (data: readonly string[], name: string): string => `We now also use ${categories(data)} for ${q(name)}.`,
    dataRemoved: (data: readonly string[], name: string): string => `We no longer use ${categories(data)} for ${q(name)}.`,
    /** Data that stays on the person's device (`on_device`): the purpose uses it there, and the company does not receive it. */
    deviceDataAdded: (data: readonly string[], name: string): string =>
      `For ${q(name)}, we now also use ${categories(data)} on your device only; we do not receive it.`,
    /** Groups of people the policy covers (the record of processing's categories of data subjects). */
    audiencesAdded: (groups: readonly AudienceRef[], name: string): string =>
      `We now also use the data of ${joinList(groups.map((g) => audience(g.kind, g.name)))} for ${q(name)}.`,
    audiencesRemoved: (groups: readonly AudienceRef[], name: string): string =>
      `We no longer use the data of ${joinList(groups.map((g) => audience(g.kind, g.name)))} for ${q(name)}.`,
    /** `now` is not empty (basisDropped says that); the interest is given when legitimate interests are new, and comes last, as (f) does. */
    basis: (name: string, now: readonly LawfulBasis[], interest: string | undefined, was: readonly LawfulBasis[]): string => {
      const { added, removed } = basisChange(was, now);
      const why = interest ? ` (${q(interest)})` : '';
      if (added.length === 0) return `For ${q(name)} we no longer rely on ${basisList(removed)}.`;
      if (was.length > 0 && removed.length === 0) return `For ${q(name)} we now also rely on ${basisList(added)}${why}.`;
      return `For ${q(name)} we now rely on ${basisList(now)}${why}${was.length ? ` instead of ${basisList(was)}` : ''}.`;
    },
    basisDropped: (name: string): string => `The policy no longer states the legal basis for ${q(name)}.`,
    /** An existing purpose declared direct marketing (`direct_marketing`), or no longer. */
    directMarketing: (name: string): string => `We now use your data for direct marketing: ${q(name)}.`,
    directMarketingDropped: (name: string): string => `The purpose ${q(name)} is no longer direct marketing.`,
    condition: (name: string, now: SpecialCategoryCondition, was: SpecialCategoryCondition | undefined): string =>
      `For special categories of data used for ${q(name)}, we now rely on ${condition(now)}${was ? ` instead of ${condition(was)}` : ''}.`,
    conditionDropped: (name: string): string => `The policy no longer states the condition for using special categories of data for ${q(name)}.`,
    national: (name: string, now: string, was: string | undefined): string => `For ${q(name)} we now also rely on ${now}${was ? ` instead of ${was}` : ''}.`,
    nationalDropped: (name: string, was: string | undefined): string => `For ${q(name)} we no longer say we also rely on ${was}.`,
    requirement: (name: string, now: Purpose['requirement']): string =>
      `For ${q(name)}, ${now ? REQUIREMENT[now] : 'the policy no longer says whether you must give us the data'}.`,
    labels: (was: string, name: string) => ({
      name: `the name of the purpose ${q(was)}`,
      description: `the description of the purpose ${q(name)}`,
      group: `the heading under which ${q(name)} is listed`,
      if_not_provided: `what happens if you do not give the data needed for ${q(name)}`,
      legitimate_interest: `the legitimate interest we pursue for ${q(name)}`,
      legal_obligation: `the legal obligation we rely on for ${q(name)}`,
      how_given: `how you give consent for ${q(name)}`,
      withdraw: `how you withdraw consent for ${q(name)}`,
      opt_out: `how you object to direct marketing for ${q(name)}`,
    }),
  },
  subprocessors: {
    added: (data: readonly string[], name: string, countries: readonly string[], purpose: string): string =>
      `We now share ${data.length ? categories(data) : 'data'} with ${name}${providerCountries(countries)}. What it does for us: ${q(purpose)}.`,
    replaced: (data: readonly string[], name: string, countries: readonly string[], gone: string, purpose: string): string =>
      `We now share ${data.length ? categories(data) : 'data'} with ${name}${providerCountries(countries)} instead of ${gone}. What it does for us: ${q(purpose)}.`,
    goneReplaced: (gone: string): string => `${gone} no longer receives your data.`,
    removed: (name: string): string => `We no longer share data with ${name}.`,
    location: (name: string, now: readonly string[], was: readonly string[]): string =>
      `${name} now processes your data in ${countryList(now)} instead of ${countryList(was)}.`,
    locationStated: (name: string, now: readonly string[]): string => `We now state where ${name} processes your data: in ${countryList(now)}.`,
    locationUnstated: (name: string, was: readonly string[]): string =>
      `We no longer state where ${name} processes your data (before: in ${countryList(was)}).`,
    purpose: (name: string, now: string, was: string): string => `${name} now processes your data for another purpose: ${q(now)} (before: ${q(was)}).`,
    /** The safeguards' short names in the notice's language, none when none is stated. */
    safeguard: (name: string, now: readonly string[], was: readonly string[]): string =>
      `The ${now.length > 1 ? 'safeguards' : 'safeguard'} for transfers to ${name} ${now.length > 1 ? 'are' : 'is'} now: ${now.length ? joinList(now) : 'none stated'} (previously: ${was.length ? joinList(was) : 'none stated'}).`,
    /** Safeguards relied on beside those still in place. */
    safeguardAdded: (name: string, added: readonly string[]): string =>
      `Transfers to ${name} now also rely on ${added.length === 1 ? 'another safeguard' : 'other safeguards'}: ${joinList(added)}.`,
    /** What the provider is under the CCPA, as stated or as read from its role. */
    ccpaRecipient: (name: string, now: CcpaRecipient, was: CcpaRecipient): string =>
      `Under ${law('ccpa')}, ${name} is now ${CCPA_RECIPIENTS[now]} (previously: ${CCPA_RECIPIENTS[was]}).`,
    dataAdded: (name: string, data: readonly string[]): string => `${name} now also receives ${categories(data)}.`,
    dataRemoved: (name: string, data: readonly string[]): string => `${name} no longer receives ${categories(data)}.`,
    controller: (name: string): string => `${name} now decides for itself how it uses your data.`,
    processor: (name: string): string => `${name} now processes your data only on our instructions.`,
    trains: (name: string): string => `${name} may now use your data to train its own AI models.`,
    trainsNoMore: (name: string): string => `${name} no longer uses your data to train its own AI models.`,
    terms: (name: string, terms: NonNullable<Subprocessor['terms']>): string =>
      terms.length
        ? `${name} now handles your data under ${joinList(terms.map((t) => TERMS[t]))}.`
        : `The policy no longer says under which terms ${name} handles your data.`,
    labels: (was: string, name: string) => ({
      purpose: `what ${name} does for us`,
      name: `the name of ${q(was)}`,
      category: `the group ${name} is listed under`,
      region: `where exactly ${name} processes your data`,
      url: `the link to the terms of ${name}`,
      condition: `when we use ${name}`,
      note: `the note on ${name}`,
    }),
  },
  retention: {
    stated: (s: RetentionSubject, period: string): string => `The policy now says how long we keep ${retainedOf(s)}: ${period}.`,
    unstated: (s: RetentionSubject): string => `The policy no longer says how long we keep ${retainedOf(s)}.`,
    changed: (s: RetentionSubject, now: string, was: string): string => `We now keep ${retainedOf(s)} ${now} instead of ${was.replace(/^for /, '')}.`,
    /** A change from or to a period of no time (deleted right after use, never stored). */
    noTime: (s: RetentionSubject, now: PeriodSaid, was: PeriodSaid): string =>
      `${now.noTime ? NO_TIME_NOW[now.noTime](retainedOf(s)) : `We now keep ${retainedOf(s)} ${now.words}`}; ${was.noTime ? NO_TIME_BEFORE[was.noTime] : `until now we kept the data ${was.words}`}.`,
    /** "until “the hold is lifted”": the company's words for what ends an exception's period. */
    until: (until: string): string => `until ${q(until)}`,
    exceptionAdded: (s: RetentionSubject, when: string, longer: string | undefined): string =>
      `We may now keep ${retained(s)} longer when ${q(when)}${longer ? `: ${longer}` : ''}.`,
    exceptionAddedAll: (when: string, longer: string | undefined): string =>
      `We may now keep some of your data longer when ${q(when)}${longer ? `: ${longer}` : ''}. This applies to:`,
    exceptionRemoved: (s: RetentionSubject, when: string): string => `We no longer keep ${retained(s)} longer when ${q(when)}.`,
    exceptionRemovedAll: (when: string): string => `We no longer keep your data longer when ${q(when)}. This applied to:`,
    /** One entry the line above applies to, as an item of the list under it. */
    where: (s: RetentionSubject): string => capitalize(retained(s)),
    exceptionReworded: (s: RetentionSubject, when: string): string => `We reworded how long we keep ${retained(s)} when ${q(when)}.`,
    upTo: (s: RetentionSubject, now: string, was: string): string => `We now say we keep ${retained(s)} ${now} rather than ${was.replace(/^for /, '')}.`,
    then: (s: RetentionSubject, then: RetentionEntry['then']): string =>
      then
        ? `At the end of the period, we now ${END[then]} ${retained(s)}.`
        : `The policy no longer says what happens to ${retained(s)} at the end of the period.`,
    labels: (s: RetentionSubject, heading: string | undefined) => ({
      start: `when the retention period starts for ${retained(s)}`,
      until: `what ends the retention period for ${retained(s)}`,
      label: `the heading ${q(heading ?? retained(s))}`,
      reason: `why we keep ${retained(s)} that long`,
    }),
  },
  contact: {
    dpoGone: 'The policy no longer names a Data Protection Officer.',
    dpoAppointed: (who: string): string => `We have appointed a Data Protection Officer: ${who}.`,
    dpoChanged: (who: string): string => `You can now reach our Data Protection Officer at ${who}.`,
    fax: (fax: string): string => `fax ${fax}`,
    representative: (region: Jurisdiction, who: string): string => `Our representative in ${representativeRegion(region)} is ${who}.`,
    representativeGone: (region: Jurisdiction): string => `We no longer name a representative in ${representativeRegion(region)}.`,
    /** Requests about rights by email, now offered or no longer. */
    requestsByEmail: (offered: boolean, email: string): string =>
      offered
        ? `Requests about your rights can now be made by email to ${email}.`
        : `Requests about your rights can no longer be made by email to ${email}: the policy now points to its request form.`,
    /** The rights the in-product route serves; none: every right. */
    inAppRights: (rights: readonly Right[]): string =>
      rights.length
        ? `Requests made in the product now cover only ${joinList(rights.map((r) => `the right ${RIGHTS[r]}`))}.`
        : 'Requests made in the product now cover every right.',
    representativeChanged: (region: Jurisdiction, who: string): string => `Our representative in ${representativeRegion(region)} is now ${who}.`,
    gone: (what: string): string => `The policy no longer gives ${what}.`,
    given: (what: string, now: string): string => `The policy now gives ${what}: ${now}.`,
    changed: (what: string, now: string, was: string): string => `${capitalize(what)} is now ${now} instead of ${was}.`,
    goneAll: (was: string): string => `The policy no longer gives ${was} as:`,
    givenAll: (now: string): string => `The policy now gives ${now} as:`,
    changedAll: (now: string, was: string): string => `We replaced ${was} with ${now} wherever the policy gives it:`,
    /** The same address moved from contact.url to contact.forum: it was called a contact form, it is a public forum. */
    nowForum: (url: string): string => `We now list ${url} as a public forum, not as a contact form: posts there are public.`,
    /** The same address moved from contact.forum to contact.url. */
    nowForm: (url: string): string => `We now list ${url} as a contact form, not as a public forum.`,
    labels: {
      email: 'our general contact email',
      phone: 'our phone number',
      fax: 'our fax number',
      website: 'our website',
      legal_notice: 'our legal notice',
      address: 'our postal address',
      privacyEmail: 'the email address for privacy questions',
      privacyUrl: 'the contact form for privacy questions',
      forum: 'our public forum',
      privacyPhone: 'the phone number for privacy questions',
      team: 'the team that answers privacy questions',
      rightsEmail: 'the email address for requests about your rights',
      rightsUrl: 'the web page for requests about your rights',
      inApp: 'where in the product you can make a request about your rights',
      subjectLine: 'the subject line to use in requests',
      lawInApp: (id: RightsLawId): string => `where in the product you can make a request under ${law(id)}`,
      lawSubjectLine: (id: RightsLawId): string => `the subject line to use in requests under ${law(id)}`,
      parents: 'the address parents can write to',
    },
  },
  dataCategories: {
    /** The old policy declared that no personal data was collected (data_categories: []); the new one lists some. */
    collectionStarted: (): string => 'We now collect personal data: this policy said before that we collected none.',
    collectionStopped: (): string => 'We no longer collect any personal data.',
    /** `complete`: the file says the items are all the category holds (`examples_complete`); otherwise they are examples. */
    added: (name: string, sensitive: boolean, examples: readonly string[], complete: boolean): string =>
      `We now collect a new category of data, ${q(name)}${sensitive ? ' (sensitive personal data)' : ''}${examples.length ? `: ${complete ? '' : 'for example '}${joinList(examples)}` : ''}.`,
    removed: (name: string): string => `We no longer collect ${q(name)}.`,
    /** A category marked `on_device`: the software uses it on the person's device and the company never receives it. */
    onDeviceAdded: (name: string, examples: readonly string[], complete: boolean): string =>
      `The policy now describes ${q(name)}${examples.length ? ` (${complete ? '' : 'for example '}${joinList(examples)})` : ''}, which stays on your device: we do not receive it.`,
    onDeviceRemoved: (name: string): string => `The policy no longer describes ${q(name)}, which stayed on your device.`,
    leftDevice: (name: string): string => `We now receive ${q(name)}: it no longer stays only on your device.`,
    keptOnDevice: (name: string): string => `We no longer receive ${q(name)}: it now stays on your device.`,
    /** A category that stays on the device before and after: what it holds or how it is described changes, and the company still does not receive it. */
    onDeviceExamplesAdded: (name: string, added: readonly string[]): string =>
      `${q(name)}, which stays on your device, now also includes ${joinList(added)}; we do not receive it.`,
    onDeviceExamplesRemoved: (name: string, removed: readonly string[]): string =>
      `${q(name)}, which stays on your device, no longer includes ${joinList(removed)}.`,
    onDeviceChanged: (name: string): string => `The policy describes ${q(name)}, which stays on your device, differently; we still do not receive it.`,
    corrected: (name: string, was: string, now: string): string => `We corrected ${q(was)} to ${q(now)} in ${nameInNotice(name)}.`,
    examplesReworded: (name: string, now: readonly string[], was: readonly string[]): string =>
      `We reworded what ${q(name)} includes: ${joinList(now.map(q))} instead of ${joinList(was.map(q))}.`,
    examplesAdded: (name: string, added: readonly string[]): string => `${capitalize(nameInNotice(name))} now also includes ${joinList(added)}.`,
    examplesRemoved: (name: string, removed: readonly string[]): string => `${capitalize(nameInNotice(name))} no longer includes ${joinList(removed)}.`,
    /** `examples_complete` turned on (`now`) or off: the items listed are the whole category, or only examples of it. */
    examplesComplete: (name: string, now: boolean): string =>
      now ? `The items listed for ${q(name)} are now all it includes.` : `The items listed for ${q(name)} are now only examples: it may include others.`,
    source: (name: string, now: NonNullable<DataCategory['source']>, was: DataCategory['source']): string =>
      `We now get ${nameInNotice(name)} ${SOURCES[now]}${was ? ` (previously ${SOURCES[was]})` : ''}.`,
    sourceDropped: (name: string): string => `The policy no longer says where ${nameInNotice(name)} comes from.`,
    sensitive: (name: string, now: boolean): string =>
      now ? `We now treat ${nameInNotice(name)} as sensitive personal data.` : `We no longer treat ${nameInNotice(name)} as sensitive personal data.`,
    specialCategory: (name: string, now: boolean): string =>
      now
        ? `We now treat ${nameInNotice(name)} as a special category of personal data.`
        : `We no longer treat ${nameInNotice(name)} as a special category of personal data.`,
    optional: (name: string, now: boolean): string =>
      now ? `Giving ${nameInNotice(name)} is now optional.` : `Giving ${nameInNotice(name)} is no longer optional.`,
    /** `ids`: the CCPA's categories of personal information (Cal. Civ. Code 1798.140(v)) the California table now lists the category under, or no longer does. */
    ccpaListed: (name: string, ids: readonly CcpaCategoryId[]): string => `The California table now lists ${q(name)} under ${ccpaCategories(ids)}.`,
    ccpaUnlisted: (name: string, ids: readonly CcpaCategoryId[]): string => `The California table no longer lists ${q(name)} under ${ccpaCategories(ids)}.`,
    labels: (was: string, name: string) => ({
      name: `the name of the ${q(was)} category`,
      description: `the description of ${q(name)}`,
      source_detail: `where we get ${q(name)} from`,
      condition: `when we collect ${q(name)}`,
      note: `the note on ${q(name)}`,
    }),
  },
  transfers: {
    countryAdded: (code: string): string => `Your data may now be processed in ${localCountryInSentence(code)}.`,
    countryRemoved: (code: string): string => `Your data is no longer processed in ${localCountryInSentence(code)}.`,
    storageDropped: 'The policy no longer says where your data is stored.',
    storage: (now: readonly string[], was: readonly string[]): string =>
      `We now store your data in ${countryList(now)}${was.length ? ` instead of ${countryList(was)}` : ''}.`,
    eeaOnly: (now: boolean): string =>
      now ? 'Every copy of your data now stays in the EEA and the UK.' : 'We no longer keep every copy of your data in the EEA and the UK.',
    /** `from` lists the regions of the transfer laws ("the European Economic Area"); none for international transfers at large. */
    mechanisms: (regions: readonly Jurisdiction[], tools: readonly string[]): string => {
      const names = regions.flatMap((r) => LAWS[r].region ?? []);
      const from = names.length === 0 ? 'international transfers' : `transfers out of ${joinList(names, 'or')}`;
      return tools.length ? `The safeguards for ${from} are now: ${joinList(tools)}.` : `The policy no longer names the safeguards for ${from}.`;
    },
    copies: (now: boolean): string =>
      now
        ? 'You can now ask us for a copy of the safeguards for international transfers.'
        : 'The policy no longer says you can ask us for a copy of the safeguards for international transfers.',
    copiesAt: (email: string): string => `You can now ask for a copy of the safeguards for international transfers at ${email}.`,
    dpfDropped: 'The policy no longer says we are certified under the Data Privacy Framework.',
    dpf: (frameworks: ReadonlyArray<'eu_us' | 'uk_extension' | 'swiss_us'>, recourse: string): string =>
      `We are certified under ${joinList(frameworks.map((f) => DPF_FRAMEWORKS[f]))}; complaints we do not resolve go to ${recourse}.`,
    labels: {
      explicit_consent: 'how we ask for your explicit consent to a transfer',
      storage_detail: 'the details of where your data is stored',
      user_initiated: 'what we say about transfers you start yourself',
      government_access: 'what we say about access by authorities',
      note: 'the note on international transfers',
    },
  },
  rights: {
    added: (id: RightsLawId | undefined, right: Right): string =>
      id ? `Under ${law(id)}, you now have the right ${RIGHTS[right]}.` : `Everyone now has the right ${RIGHTS[right]}.`,
    addedAll: (id: RightsLawId | undefined): string =>
      id ? `Under ${law(id)}, you now have these rights:` : 'Everyone now has these rights, wherever they live:',
    removed: (id: RightsLawId | undefined, right: Right): string =>
      id ? `The policy no longer gives you the right under ${law(id)} ${RIGHTS[right]}.` : `We no longer give everyone the right ${RIGHTS[right]}.`,
    removedAll: (id: RightsLawId | undefined): string =>
      id ? `The policy no longer gives you these rights under ${law(id)}:` : 'We no longer give everyone these rights:',
    /** A right as an item of the list under one of the lines above. */
    right: (right: Right): string => `the right ${RIGHTS[right]}`,
    /** `now` and `was` are ISO 8601 durations; `id` the law whose requests they are about, if any. */
    responseTime: (id: RightsLawId | undefined, now: string | undefined, was: string | undefined): string => {
      const what = id ? `requests under ${law(id)}` : 'requests about your rights';
      return now
        ? `We now answer ${what} within ${durationInWords(now)}${was ? ` instead of ${durationInWords(was)}` : ''}.`
        : `The policy no longer says how quickly we answer ${what}.`;
    },
    /** `time` an ISO 8601 duration. */
    responseUsual: (usual: boolean, time: string): string =>
      usual
        ? `We now answer requests about your rights within ${durationInWords(time)} in most cases, not in every case.`
        : `We now answer every request about your rights within ${durationInWords(time)}.`,
    localAuthority: (id: RightsLawId, now: boolean): string =>
      now ? `We now also mention the authority where you live, for ${law(id)}.` : `We no longer mention the authority where you live, for ${law(id)}.`,
    labels: (id: RightsLawId) => ({
      name: `the supervisory authority named for ${law(id)}`,
      url: `the link to the supervisory authority for ${law(id)}`,
    }),
    verification: 'how we verify your identity before acting on a request',
    verificationNote: 'the note on how we verify your identity',
    verificationDropped: 'The policy no longer says how we verify your identity before acting on a request.',
    /** The identity check as steps, each for some requests or cases; `when` and `asks` are the company's words. */
    verificationSteps: (steps: readonly VerificationStep[]): string =>
      `We changed how we verify your identity before acting on a request: ${steps.map(verificationStep).join('; ')}.`,
    /** An unknown right (a key the schema let through) is named as written. */
    instructions: (right: string): string => `the instructions for using your right ${RIGHTS[right as Right] ?? right}`,
    /** `quote` the company's new words, quoted with their full stop; undefined when too long to quote. */
    limitSet: (right: Right, quote: string | undefined): string =>
      quote ? `We now limit the right ${RIGHTS[right]} that we give everyone: ${quote}` : `We now limit the right ${RIGHTS[right]} that we give everyone.`,
    limitRemoved: (right: Right): string => `We no longer limit the right ${RIGHTS[right]} that we give everyone.`,
    limit: (right: Right): string => `the limit we set on the right ${RIGHTS[right]}`,
  },
  cookies: {
    trackingAdded: (kinds: readonly CookieKind[]): string => `We now use ${cookieKinds(kinds)}.`,
    trackingRemoved: (kinds: readonly CookieKind[]): string => `We no longer use ${cookieKinds(kinds)}.`,
    necessary: (now: boolean): string => (now ? 'We now mention the strictly necessary cookies we use.' : 'We no longer mention strictly necessary cookies.'),
    toolsAdded: (tools: readonly string[]): string => `We now use ${tools.length === 1 ? 'a new tracking tool' : 'new tracking tools'}: ${joinList(tools)}.`,
    toolsRemoved: (tools: readonly string[]): string =>
      `We no longer use ${tools.length === 1 ? 'this tracking tool' : 'these tracking tools'}: ${joinList(tools)}.`,
    thirdParty: (now: boolean): string =>
      now
        ? 'Third-party tracking scripts or advertising cookies now run on our service.'
        : 'Third-party tracking scripts and advertising cookies no longer run on our service.',
    labels: {
      purposes: 'what we say our cookies do',
      local_storage: 'what we say about other storage on your device',
      policy_url: 'the link to our cookie policy',
      control: 'how you can manage cookies',
      dnt_effect: 'what we say a Do Not Track signal changes',
    },
    /** `purpose` without its final full stop. */
    added: (name: string, provider: string | undefined, purpose: string): string =>
      `We now use the cookie ${q(name)}${provider ? ` from ${provider}` : ''}: ${purpose}.`,
    removed: (name: string): string => `We no longer use the cookie ${q(name)}.`,
    changed: (name: string, cookie: CookieNow): string =>
      `We changed the cookie ${q(name)}: ${[
        cookie.purpose,
        ...(cookie.provider ? [`set by ${cookie.provider}`] : []),
        ...(cookie.duration === 'session' ? ['kept until you close your browser'] : cookie.duration ? [`kept for ${durationInWords(cookie.duration)}`] : []),
      ].join(', ')}.`,
    /** `effect`: what a signal changes (cookies.dnt_effect), when honored only in part; without its final full stop. */
    dnt: (now: boolean | undefined, effect?: string): string =>
      now === true
        ? effect !== undefined
          ? `We now respond to Do Not Track signals: when your browser sends one, we ${effect}.`
          : 'We now honor Do Not Track signals sent by your browser.'
        : now === false
          ? 'We say that we do not respond to Do Not Track signals.'
          : 'The policy no longer says how we respond to Do Not Track signals.',
    /** `effect` as for `dnt`: the promise, whole before, now limited to it. */
    dntNarrowed: (effect: string): string => `We now honor Do Not Track signals only in part: when your browser sends one, we ${effect}.`,
    /** `effect` as for `dnt`: new words for what a signal changes. */
    dntReworded: (effect: string): string => `We changed what we say about Do Not Track signals: when your browser sends one, we ${effect}.`,
    dntWhole: 'We now honor Do Not Track signals sent by your browser, no longer only in part.',
  },
  ai: {
    training: (now: Training, data: readonly string[], was: Training | undefined): string =>
      `${TRAINING_NOW[now](data.length ? categories(data) : 'your data')}${was ? ` ${TRAINING_BEFORE[was]}` : ''}`,
    trainingDropped: 'The policy no longer says whether your data trains AI models.',
    anyData: (old: readonly string[]): string => `AI training may now use any of your data, not only ${categories(old)}.`,
    onlyData: (now: readonly string[]): string => `AI training now uses only ${categories(now)}.`,
    dataAdded: (data: readonly string[]): string => `We may now also use ${categories(data)} to train AI models.`,
    dataRemoved: (data: readonly string[]): string => `We no longer use ${categories(data)} to train AI models.`,
    trainingData: 'We changed which data AI training would use.',
    automated: (now: boolean): string =>
      now
        ? 'We now make decisions with legal or similarly significant effects about you by automated means alone.'
        : 'We no longer make decisions with legal or similarly significant effects about you by automated means alone.',
    featureAdded: (name: string, data: readonly string[], provider: string | undefined): string =>
      `New AI feature: ${q(name)}${data.length ? `, using ${categories(data)}` : ''}${provider ? `, provided by ${provider}` : ''}.`,
    featureRemoved: (name: string): string => `We removed the AI feature ${q(name)}.`,
    featureData: (name: string, added: readonly string[], removed: readonly string[]): string =>
      `The AI feature ${q(name)} ${[added.length ? `now uses ${categories(added)}` : '', removed.length ? `no longer uses ${categories(removed)}` : ''].filter(Boolean).join(' and ')}.`,
    featureProvider: (name: string, provider: string | undefined): string =>
      provider ? `The AI feature ${q(name)} is now provided by ${provider}.` : `The policy no longer says who provides the AI feature ${q(name)}.`,
    labels: {
      decision_logic: 'how our automated decisions are made',
      decision_consequences: 'what our automated decisions mean for you',
      training_detail: 'the details of how AI training works',
      advice: 'our advice about what to upload',
    },
    featureLabels: (name: string) => ({
      description: `the description of the AI feature ${q(name)}`,
      limitations: `the limitations of the AI feature ${q(name)}`,
    }),
  },
  commitments: {
    added: (c: Pledge): string => `New commitment: ${c.kind === 'other' ? promised(c) : `we now commit ${promised(c)}`}.`,
    removed: (c: Pledge): string => `We withdrew our commitment ${promised(c)}.`,
    corrected: (c: Pledge): string => `We corrected the wording of our commitment ${promised(c)}.`,
    /** A statement of its own dropped: the kind's standard words now apply. */
    standard: (was: Pledge, kind: Pledge['kind']): string =>
      `Our commitment ${promised(was)} now reads as our standard wording: ${COMMITMENTS[kind] || 'not stated'}.`,
    reworded: (was: Pledge, statement: string): string => `We reworded our commitment ${promised(was)}; it now reads ${q(statement)}.`,
    noExceptions: (c: Pledge): string => `Our commitment ${promised(c)} no longer has exceptions.`,
    exceptionsCorrected: (c: Pledge): string => `We corrected the wording of the exceptions to our commitment ${promised(c)}.`,
    exception: (c: Pledge, first: boolean, except: string): string =>
      `Our commitment ${promised(c)} now has ${first ? 'an exception' : 'other exceptions'}: ${q(except)}.`,
    asOfDropped: (c: Pledge): string => `Our commitment ${promised(c)} no longer says as of when it holds.`,
    /** `date` and `was` are ISO dates. */
    confirmed: (c: Pledge, date: string): string => `We confirmed our commitment ${promised(c)} as of ${date}.`,
    asOf: (c: Pledge, date: string, was: string | undefined): string =>
      `Our commitment ${promised(c)} now holds only as of ${date}${was === undefined ? '' : `, no longer as of ${was}`}.`,
    /** `products` are the products' names. */
    productsRemoved: (c: Pledge, products: readonly string[]): string => `Our commitment ${promised(c)} no longer covers ${joinList(products.map(q))}.`,
    productsAdded: (c: Pledge, products: readonly string[]): string => `Our commitment ${promised(c)} now also covers ${joinList(products.map(q))}.`,
  },
  productScope: {
    categoryMore: (name: string, products: readonly string[]): string => `We now also collect ${q(name)} in ${joinList(products.map(q))}.`,
    categoryLess: (name: string, products: readonly string[]): string => `We no longer collect ${q(name)} in ${joinList(products.map(q))}.`,
    purposeMore: (name: string, products: readonly string[]): string => `We now also use your data for ${q(name)} in ${joinList(products.map(q))}.`,
    purposeLess: (name: string, products: readonly string[]): string => `We no longer use your data for ${q(name)} in ${joinList(products.map(q))}.`,
    providerMore: (name: string, products: readonly string[]): string => `${name} now also receives your data from ${joinList(products.map(q))}.`,
    providerLess: (name: string, products: readonly string[]): string => `${name} no longer receives your data from ${joinList(products.map(q))}.`,
    /** A retention entry by its heading, or by its categories' names. */
    retentionMore: (label: string | undefined, data: readonly string[], products: readonly string[]): string =>
      `How long we keep ${label === undefined ? categories(data) : q(label)} now also applies in ${joinList(products.map(q))}.`,
    retentionLess: (label: string | undefined, data: readonly string[], products: readonly string[]): string =>
      `How long we keep ${label === undefined ? categories(data) : q(label)} no longer applies in ${joinList(products.map(q))}.`,
    cookiesMore: (products: readonly string[]): string => `We now also use cookies in ${joinList(products.map(q))}.`,
    cookiesLess: (products: readonly string[]): string => `We no longer use cookies in ${joinList(products.map(q))}.`,
  },
  sale: {
    sells: (now: boolean): string => (now ? 'We now sell personal information.' : 'We no longer sell personal information.'),
    advertising: (now: boolean): string =>
      now ? 'We now share personal information for targeted advertising.' : 'We no longer share personal information for targeted advertising.',
    brokers: (now: boolean): string =>
      now ? 'We now share personal information with data brokers.' : 'We no longer share personal information with data brokers.',
    hedged: (now: boolean): string =>
      now
        ? 'We now say that some of our disclosures may be considered a sale or sharing, where we said that we sell or share personal information.'
        : 'We now say that we sell or share personal information, where we said that some of our disclosures may be considered a sale or sharing.',
    pastYearDropped: 'The policy no longer says what was sold or shared in the past 12 months.',
    /** Each list undefined when not stated, empty for none; `recipients` as the company names them. */
    pastYear: (sold: readonly string[] | undefined, shared: readonly string[] | undefined, recipients: readonly string[] | undefined): string => {
      const part = (data: readonly string[] | undefined, verb: 'sell' | 'share'): string | undefined =>
        data === undefined
          ? undefined
          : data.length === 0
            ? `we did not ${verb} personal information`
            : `we ${verb === 'sell' ? 'sold' : 'shared'} ${categories(data)}`;
      const parts = [part(sold, 'sell'), part(shared, 'share')].filter((p): p is string => p !== undefined);
      return `The policy now says that in the past 12 months ${parts.length > 0 ? joinList(parts) : 'personal information went'}${recipients?.length ? `, to ${joinList(recipients)}` : ''}.`;
    },
    gpc: (now: boolean | undefined): string =>
      now
        ? 'We now treat a Global Privacy Control signal from your browser as a request to opt out of sale and sharing.'
        : now === false
          ? 'We no longer respond to Global Privacy Control signals.'
          : 'The policy no longer says that we honor Global Privacy Control signals.',
    /** Stated false is a fact too: the information is used beyond those purposes. */
    sensitive: (now: SensitiveUse, was: SensitiveUse): string =>
      now === true
        ? 'We now use sensitive personal information only for the purposes the CCPA regulations allow without a right to limit it.'
        : now === false
          ? 'We now use sensitive personal information for purposes beyond those the CCPA regulations allow without a right to limit it.'
          : was === true
            ? 'The policy no longer says we use sensitive personal information only for the purposes the CCPA regulations allow without a right to limit it.'
            : 'The policy no longer says whether we use sensitive personal information beyond the purposes the CCPA regulations allow without a right to limit it.',
    directMarketing: (now: boolean): string =>
      now
        ? 'We now disclose personal information to third parties for their own direct marketing.'
        : 'We no longer disclose personal information to third parties for their own direct marketing.',
    labels: { note: 'the note on selling and sharing personal information' },
  },
  audiences: {
    /** `name` is the company's own name for the group, if it gave one; `products` limits it to some products. */
    covered: (kind: AudienceKind, name: string | undefined, products: readonly string[] | undefined): string =>
      `This policy now also covers the personal data of ${audience(kind, name)}${productsIn(products)}.`,
    uncovered: (kind: AudienceKind, name: string | undefined, products: readonly string[] | undefined): string =>
      `This policy no longer covers the personal data of ${audience(kind, name)}${productsIn(products)}.`,
    processorExcluded: (data: string): string => `This policy no longer covers ${q(data)}, which we now process only on behalf of our customers.`,
    processorIncluded: (data: string): string => `This policy no longer excludes ${q(data)}, which it excluded as data we process for our customers.`,
    requests: (toCustomer: boolean): string =>
      toCustomer
        ? 'Requests about data we process for our customers now go to the customer concerned.'
        : 'We no longer ask you to send requests about data we process for our customers to the customer concerned.',
    excludedCorrected: 'We corrected the wording of whom this policy does not cover.',
    /** The label of an audience's description. */
    meaning: (kind: AudienceKind, name: string | undefined): string => `whom we mean by ${audience(kind, name)}`,
    excluded: (people: readonly string[]): string => `This policy no longer covers the personal data of ${joinList(people.map(q))}.`,
    included: (people: readonly string[]): string => `This policy no longer excludes the personal data of ${joinList(people.map(q))}.`,
    labels: { data: 'which data we process only on behalf of our customers', dpa_url: 'the link to our data processing agreement' },
  },
  government: {
    /** Each safeguard against government access: the sentence when it is now given, and when it no longer is. */
    safeguards: {
      legal_process: [
        'We now disclose your data to authorities only under valid legal process.',
        'We no longer promise to disclose your data to authorities only under valid legal process.',
      ],
      challenge: [
        'We now challenge requests from authorities that we consider unlawful or overbroad.',
        'We no longer promise to challenge unlawful or overbroad requests.',
      ],
      notify_users: [
        'We now tell you before we disclose your data to an authority.',
        'We no longer promise to tell you before we disclose your data to an authority.',
      ],
      foreign_via_treaty: [
        'We now answer requests from foreign authorities only through a mutual legal assistance treaty or other international cooperation.',
        'We no longer promise to answer requests from foreign authorities only through a treaty or other international cooperation.',
      ],
    } as Readonly<Record<Safeguard, readonly [on: string, off: string]>>,
    emergency: (now: boolean): string =>
      now
        ? 'We may now disclose your data to authorities without legal process in an emergency.'
        : 'We no longer disclose your data to authorities without legal process in an emergency.',
    exceptionsAdded: (items: readonly NoticeException[]): string => `We may now not tell you about a request for your data ${exceptionsOr(items)}.`,
    exceptionsRemoved: (items: readonly NoticeException[]): string => `We no longer withhold notice of a request for your data ${exceptionsOr(items)}.`,
    /** ISO 8601 durations. */
    preservation: (now: string | undefined, was: string | undefined): string =>
      now
        ? `On an authority's request we now preserve data for up to ${durationInWords(now)}${was ? ` instead of ${durationInWords(was)}` : ''}.`
        : 'The policy no longer says how long we preserve data on an authority’s request.',
    transparency: (now: boolean): string =>
      now ? 'We now publish a transparency report on the requests we receive.' : 'We no longer link to a transparency report.',
    labels: {
      transparency_report: 'the link to our transparency report',
      legal_process_detail: 'which legal process we require',
      guidelines_url: 'the link to our guidelines for law enforcement',
      note: 'our note on requests from authorities',
    },
  },
  rightsProcess: {
    /** `how` names the channel: a phone number, a postal address. */
    channelAdded: (how: Channel, now: string): string => `You can now make requests about your rights ${CHANNELS[how]}: ${now}.`,
    channelRemoved: (how: Channel): string => `You can no longer make requests about your rights ${CHANNELS[how]}.`,
    channelChanged: (how: Channel, now: string): string => `Requests about your rights ${CHANNELS[how]} now go to ${now}.`,
    sameForEveryone: (now: boolean): string =>
      now ? 'We now give everyone the same rights, wherever they live.' : 'The policy no longer says that everyone has the same rights wherever they live.',
    extension: (now: string | undefined, was: string | undefined): string =>
      now === undefined
        ? 'We no longer say we may take longer to answer complex requests about your rights.'
        : `For a complex request about your rights, we may now take up to ${durationInWords(now)} longer${was ? ` instead of ${durationInWords(was)}` : ''}.`,
    agents: (accepted: boolean, stated: boolean): string =>
      accepted
        ? 'Someone you authorize can now make requests about your rights for you.'
        : !stated
          ? 'The policy no longer says that someone you authorize can make requests for you.'
          : 'We no longer accept requests from someone you authorize to act for you.',
    /** The company's words for a case, without a final full stop. */
    exemptionAdded: (text: string): string => `We may now decline a request about your rights, or part of it, ${text}.`,
    exemptionRemoved: (text: string): string => `The policy no longer says we may decline a request ${text}.`,
    exemption: (text: string): string => `a case in which we may decline a request (${q(text)})`,
    /** `regions` as the company names them; undefined for everywhere. */
    appealAdded: (regions: readonly string[] | undefined): string =>
      `You can now appeal our decision when we decline a request${regions ? ` if you live in ${places(regions)}` : ''}.`,
    appealRemoved: 'The policy no longer says you can appeal when we decline a request.',
    appealOnly: (regions: readonly string[]): string => `You can now appeal only if you live in ${places(regions)}.`,
    appealEverywhere: 'You can now appeal wherever you live.',
    appealAlso: (regions: readonly string[]): string => `You can now also appeal if you live in ${places(regions)}.`,
    appealNoLonger: (regions: readonly string[]): string => `You can no longer appeal if you live in ${places(regions)}.`,
    appealTime: (now: string | undefined, was: string | undefined): string =>
      now
        ? `We now answer appeals within ${durationInWords(now)}${was ? ` instead of ${durationInWords(was)}` : ''}.`
        : 'The policy no longer says how quickly we answer appeals.',
    /** `regions`: where the authority takes complaints, as the company names the places; undefined for everywhere. */
    appealAuthority: (name: string | undefined, url: string | undefined, regions: readonly string[] | undefined): string =>
      name
        ? `If we deny your appeal${regions ? ` and you live in ${places(regions)}` : ''}, you can now complain to ${name}${url ? ` (${url})` : ''}.`
        : 'The policy no longer names where to complain if we deny your appeal.',
    labels: { proof: 'what someone you authorize must show to make a request for you', how: 'how to appeal our decision on a request' },
  },
  /** Financial incentives for personal information (Cal. Civ. Code 1798.125(b)), by the company's name for each. */
  financialIncentives: {
    added: (name: string, data: readonly string[]): string =>
      `We now offer a financial incentive in exchange for personal information, ${q(name)}${data.length ? `, involving ${categories(data)}` : ''}.`,
    removed: (name: string): string => `We no longer offer the financial incentive ${q(name)}.`,
    dataAdded: (name: string, data: readonly string[]): string => `The financial incentive ${q(name)} now also involves ${categories(data)}.`,
    dataRemoved: (name: string, data: readonly string[]): string => `The financial incentive ${q(name)} no longer involves ${categories(data)}.`,
    /** `what` is one of the labels below. */
    unstated: (what: string): string => `The policy no longer says ${what}.`,
    labels: (name: string) => ({
      summary: `what the financial incentive ${q(name)} offers`,
      opt_in: `how to join the financial incentive ${q(name)}`,
      withdraw: `how to withdraw from the financial incentive ${q(name)}`,
      value: `what we estimate your data is worth in the financial incentive ${q(name)}`,
      value_method: `how we calculate what your data is worth in the financial incentive ${q(name)}`,
      terms_url: `the address of the terms of the financial incentive ${q(name)}`,
    }),
  },
  disclosures: {
    added: (kind: DisclosureKind): string => `We may now disclose your data ${OCCASIONS[kind]}.`,
    removed: (kind: DisclosureKind): string => `We no longer list disclosing your data ${OCCASIONS[kind]}.`,
    recipientsAdded: (kind: DisclosureKind, added: readonly string[]): string => `Your data may now also go to ${joinList(added)} (${HEADINGS[kind]}).`,
    recipientsNamed: (kind: DisclosureKind): string => `We now name those who receive your data ${OCCASIONS[kind]}.`,
    recipientsRemoved: (kind: DisclosureKind, removed: readonly string[]): string =>
      `We no longer name ${joinList(removed)} among those who receive your data (${HEADINGS[kind]}).`,
    labels: (kind: DisclosureKind) => ({
      description: `what we say about disclosing your data ${OCCASIONS[kind]}`,
      recipients: `the names of those who receive your data ${OCCASIONS[kind]}`,
    }),
  },
  recipients: {
    /** `countries` are codes, none when the policy names no place. */
    added: (data: readonly string[], name: string, countries: readonly string[], purpose: string): string =>
      `We now share ${data.length ? categories(data) : 'data'} with a new kind of recipient, ${q(name)}${countries.length ? ` in ${countryList(countries)}` : ''}. What they do for us: ${q(purpose)}.`,
    removed: (name: string): string => `We no longer share data with ${q(name)}.`,
    purpose: (name: string, now: string, was: string): string => `${q(name)} now process your data for another purpose: ${q(now)} (before: ${q(was)}).`,
    location: (name: string, countries: readonly string[]): string =>
      countries.length ? `${q(name)} now process your data in ${countryList(countries)}.` : `The policy no longer says where ${q(name)} process your data.`,
    data: (name: string, added: readonly string[], removed: readonly string[]): string =>
      `${q(name)} ${[added.length ? `now receive ${categories(added)}` : '', removed.length ? `no longer receive ${categories(removed)}` : ''].filter(Boolean).join(' and ')}.`,
    labels: (was: string) => ({ name: `the name of the recipients ${q(was)}` }),
  },
  document: {
    /** Dates are ISO; the phrase writes them in the policy's `date_style`. */
    effective: (now: string, was: string, style: DateStyle | undefined): string =>
      `The policy now takes effect ${formatDateAfter('on', now, style)}; the previous version took effect ${formatDateAfter('on', was, style)}.`,
    lastUpdated: (date: string | undefined, style: DateStyle | undefined): string =>
      date ? `The policy is now marked as last updated ${formatDateAfter('on', date, style)}.` : 'The policy no longer shows a separate "last updated" date.',
    url: (url: string | undefined): string =>
      url ? `The policy is now published at ${url}.` : 'The policy no longer names the address where it is published.',
    dateStyle: 'Dates in the policy are now written in a different style.',
    keyPoints: (shown: boolean): string => (shown ? 'The policy now opens with its key points.' : 'The policy no longer opens with its key points.'),
    earlierVersions: (url: string | undefined): string =>
      url ? `Earlier versions of the policy are now listed at ${url}.` : 'The policy no longer links to its earlier versions.',
    /** Languages by code; `own` is each language's name for itself ("Deutsch"), for a code this phrase book has no name for. */
    language: (now: string, was: string, own: (code: string) => string): string =>
      `The policy is now written first in ${LANGUAGE_NAMES[now] ?? own(now)} instead of ${LANGUAGE_NAMES[was] ?? own(was)}.`,
    languagesAdded: (codes: readonly string[], own: (code: string) => string): string =>
      `The policy is now also published in ${joinList(codes.map((c) => LANGUAGE_NAMES[c] ?? own(c)))}.`,
    languagesRemoved: (codes: readonly string[], own: (code: string) => string): string =>
      `The policy is no longer published in ${joinList(codes.map((c) => LANGUAGE_NAMES[c] ?? own(c)))}.`,
    languagesOrder: 'The policy lists the languages it is published in in a different order.',
    clauses: 'The policy now uses a different set of customised clauses.',
    labels: { title: 'the title of the policy', service: 'the name of the service the policy covers', summary: 'the summary under the title' },
  },
  controller: {
    name: (now: string, was: string): string => `The company responsible for your data is now ${now}, no longer ${was}.`,
    tradingName: (now: string | undefined, was: string | undefined): string =>
      now ? `We now trade as ${now}${was ? ` instead of ${was}` : ''}.` : `We no longer trade as ${was ?? ''}.`,
    /** Country codes. */
    country: (name: string, now: string | undefined, was: string | undefined): string =>
      now
        ? `${name} is now established in ${localCountryInSentence(now)}${was ? ` instead of ${localCountryInSentence(was)}` : ''}.`
        : `The policy no longer says where ${name} is established.`,
    legalForm: (name: string, now: string | undefined): string => (now ? `${name} is now ${now}.` : `The policy no longer states the legal form of ${name}.`),
    registrationNumber: (now: string | undefined): string =>
      now ? `Our registration number is now ${now}.` : 'The policy no longer states our registration number.',
    registerCourt: (now: string | undefined): string => (now ? `We are now registered with ${now}.` : 'The policy no longer states where we are registered.'),
    vatId: (now: string | undefined): string =>
      now ? `Our VAT identification number is now ${now}.` : 'The policy no longer states our VAT identification number.',
    /**
     * The words before the names of the people who run the company, for their office
     * (`controller.management_role`): the policy's sentence, or with `now` a notice's.
     */
    managementLead: (role: ManagementRole, count: number, now: boolean): string => {
      const is = `${count === 1 ? 'is' : 'are'}${now ? ' now' : ''}`;
      switch (role) {
        case 'board':
          return `The ${count === 1 ? 'member' : 'members'} of our board ${is}`;
        case 'partners':
          return `The ${count === 1 ? 'partner' : 'partners'} in our business ${is}`;
        case 'owner':
          return `Our business is ${now ? 'now ' : ''}owned and run by`;
        case 'managing_directors':
          return `Our managing ${count === 1 ? 'director' : 'directors'} ${is}`;
      }
    },
    directors: (now: readonly string[] | undefined, role: ManagementRole): string =>
      now
        ? `${EN_PHRASES.controller.managementLead(role, now.length, true)} ${joinList(now)}.`
        : `The policy no longer names ${{ managing_directors: 'our managing directors', board: 'the members of our board', partners: 'the partners in our business', owner: 'the owner of our business' }[role]}.`,
    /** What the policy covers (`scope`) or says it does not (`out_of_scope`): the company's words, quoted. */
    scopeCorrected: (excludes: boolean): string => `We corrected the wording of what this policy ${excludes ? 'does not cover' : 'covers'}.`,
    covers: (items: readonly string[]): string => `This policy now also covers ${joinList(items.map(q))}.`,
    coversNoLonger: (items: readonly string[]): string => `This policy no longer covers ${joinList(items.map(q))}.`,
    excludes: (items: readonly string[]): string => `This policy now excludes ${joinList(items.map(q))}.`,
    excludesNoLonger: (items: readonly string[]): string => `This policy no longer excludes ${joinList(items.map(q))}.`,
    labels: { description: 'the description of what we do' },
  },
  /** Another company that is the controller instead of us for some people (`controller.other_controllers`); `company` is its name, else its description. */
  otherControllers: {
    added: (company: string, scope: ControllerScope, alongside: boolean): string =>
      `For ${whom(scope)}, ${company} is now the company responsible for your data${alongside ? '; we remain responsible for some of its processing' : ', instead of us'}.`,
    removed: (company: string, scope: ControllerScope): string => `For ${whom(scope)}, ${company} is no longer the company responsible for your data.`,
    company: (now: string, was: string, scope: ControllerScope): string =>
      `For ${whom(scope)}, the company responsible for your data is now ${now}, no longer ${was}.`,
    scope: (company: string, now: ControllerScope, was: ControllerScope): string =>
      `${company} is now the company responsible for the data of ${whom(now)}, no longer of ${whom(was)}.`,
    alongside: (company: string, now: boolean): string =>
      now
        ? `We are now also responsible for some of the processing of the data ${company} is responsible for.`
        : `We are no longer responsible for any of the processing of the data ${company} is responsible for.`,
    /** Country codes. */
    country: (company: string, now: string | undefined, was: string | undefined): string =>
      now
        ? `${company} is now established in ${localCountryInSentence(now)}${was ? ` instead of ${localCountryInSentence(was)}` : ''}.`
        : `The policy no longer says where ${company} is established.`,
    described: (company: string): string => `We changed how we describe ${company}.`,
    contact: (company: string): string => `The contact details of ${company} changed.`,
  },
  changes: {
    subscribe: (url: string | undefined): string =>
      url ? `You can now subscribe to updates of this policy at ${url}.` : 'The policy no longer says where to subscribe to its updates.',
    /** ISO 8601 durations. */
    noticePeriod: (now: string | undefined, was: string | undefined): string =>
      now
        ? `We will now tell you about important changes ${durationInWords(now)} before they take effect${was ? ` instead of ${durationInWords(was)}` : ''}.`
        : 'We no longer promise a notice period before important changes take effect.',
    /** `any` when any one of the channels may be used; `dropped` are the channels no longer used. */
    channels: (now: readonly string[], any: boolean, dropped: readonly string[]): string => {
      const told = now.length
        ? `We will now tell you about changes ${channels(now, any ? 'or' : 'and')}`
        : 'The policy no longer says how we tell you about changes';
      return dropped.length > 0 && now.length ? `${told}, no longer ${channels(dropped, 'or')}.` : `${told}.`;
    },
    levels: 'We changed which kinds of change to this policy we treat as important enough to announce in advance.',
    continuedUse: (now: boolean): string =>
      now
        ? 'Using the service after a change now means you accept the updated policy.'
        : 'Using the service after a change no longer means you accept the updated policy.',
    /** `may`: the policy now says only that we may tell people. */
    notify: (may: boolean): string =>
      may ? 'We no longer promise to tell you about changes: the policy now says only that we may.' : 'We now promise to tell you about changes.',
    scope: (all: boolean): string =>
      all
        ? 'We will now tell you about every change to this policy, not only material ones.'
        : 'We will now tell you only about material changes to this policy, no longer about every change.',
  },
  apps: {
    added: (name: string): string => `The policy now covers the app ${name}.`,
    removed: (name: string): string => `The policy no longer declares the app ${name}.`,
    changed: (name: string): string => `What the policy says about the app ${name} changed.`,
    tracking: (category: string): string => `${category} is now used to track you across other companies' apps and websites.`,
    trackingStopped: (category: string): string => `${category} is no longer used to track you.`,
    sharing: (category: string, purposes: readonly GooglePurpose[]): string =>
      `${category} is now shared with other companies for ${purposes.map((p) => p.replace(/_/g, ' ')).join(', ')}.`,
    labels: (category: string): string => `What the app-store labels say about ${category} changed.`,
    purposeLabels: (purpose: string): string => `What the app-store labels say about the purpose "${purpose}" changed.`,
    /** `purpose` as the company wrote it, a sentence of its own. */
    permissionAdded: (app: string, permission: string, purpose: string): string => `${app} now asks for the permission ${q(permission)}: ${purpose}`,
    permissionRemoved: (app: string, permission: string): string => `${app} no longer asks for the permission ${q(permission)}.`,
    platforms: (app: string, permission: string, platforms: readonly string[]): string =>
      `${app} now asks for ${q(permission)} on ${platforms.map((p) => (p === 'ios' ? 'iOS' : 'Android')).join(' and ')}.`,
    required: (app: string, permission: string): string => `${app} no longer says you can refuse ${q(permission)} and still use the app.`,
    permissionChanged: (app: string, permission: string): string => `${app} changed when it asks for ${q(permission)}, or whether you can refuse it.`,
    permissionPurpose: (app: string, permission: string): string => `what ${app} uses ${q(permission)} for`,
  },
  children: {
    minAge: (now: number | undefined, was: number | undefined): string =>
      now === undefined
        ? 'The policy no longer states a minimum age for using the service.'
        : `The service is now meant for people aged ${now} and over${was === undefined ? '' : ` instead of ${was} and over`}.`,
    directed: (now: boolean): string => (now ? 'The service is now aimed at children.' : 'The service is no longer aimed at children.'),
    deletion: (now: boolean): string =>
      now ? "We now delete a child's data as soon as we learn we have it." : "We no longer promise to delete a child's data as soon as we learn we have it.",
    knowingly: (now: boolean): string =>
      now
        ? 'We now say that we do not knowingly collect personal data from anyone below the minimum age.'
        : 'The policy no longer says that we do not knowingly collect personal data from anyone below the minimum age.',
    accountClosing: (now: boolean): string =>
      now
        ? 'We now close the account of a user we learn or suspect is below the minimum age.'
        : 'We no longer promise to close the account of a user we learn or suspect is below the minimum age.',
  },
  breach: {
    /** Each promise: the sentence when it is now made, and when it no longer is. */
    flags: {
      notify_users: ['We now tell affected people about a data breach.', 'We no longer promise to tell affected people about a data breach.'],
      notify_authority: [
        'We now tell the supervisory authority about a data breach.',
        'We no longer promise to tell the supervisory authority about a data breach.',
      ],
      where_feasible: [
        'Our deadline for reporting a data breach now applies only where feasible.',
        'Our deadline for reporting a data breach now applies without exception.',
      ],
    } as Readonly<Record<'notify_users' | 'notify_authority' | 'where_feasible', readonly [on: string, off: string]>>,
    within: (now: string | undefined, was: string | undefined): string =>
      now
        ? `We now report a data breach within ${durationInWords(now)}${was ? ` instead of ${durationInWords(was)}` : ''}.`
        : 'The policy no longer says how soon we report a data breach.',
  },
  security: {
    added: (measures: readonly string[]): string => `New security measures: ${joinList(measures)}.`,
    removed: (measures: readonly string[]): string => `We no longer list these security measures: ${joinList(measures)}.`,
    disclaimer: (now: boolean): string =>
      now ? 'We now point out that no system is perfectly secure.' : 'We no longer point out that no system is perfectly secure.',
    useIsAcceptance: (now: boolean): string =>
      now
        ? 'Using the service now means you accept the security risks of sending data over the internet.'
        : 'Using the service no longer means you accept the security risks of sending data over the internet.',
    labels: { advice: 'our advice on keeping your account secure' },
  },
  visibility: {
    /** `audience` as the policy names it, if it does. */
    visible: (audience: string | undefined, items: readonly string[]): string => `${capitalize(audience ?? 'other users')} can now see ${joinList(items)}.`,
    invisible: (audience: string | undefined, items: readonly string[]): string =>
      `${capitalize(audience ?? 'other users')} can no longer see ${joinList(items)}.`,
    promiseDropped: (audience: string | undefined, items: readonly string[]): string =>
      `We no longer promise that ${audience ?? 'other users'} never see ${joinList(items)}.`,
    promised: (audience: string | undefined, items: readonly string[]): string =>
      `We now promise that ${audience ?? 'other users'} never see ${joinList(items)}.`,
    labels: { audience: 'who can see your information', copies: 'what happens to copies other users keep' },
  },
  jurisdictions: {
    added: (id: Jurisdiction): string => `This policy now also follows ${LAWS[id].name}.`,
    removed: (id: Jurisdiction, rightsGone: boolean): string =>
      `This policy no longer follows ${LAWS[id].name}${rightsGone ? ', and no longer describes the rights it gives you' : ''}.`,
    /** A law as the company names it. */
    otherAdded: (law: string): string => `This policy now also follows ${law}.`,
    otherRemoved: (law: string): string => `This policy no longer follows ${law}.`,
    compliance: (now: boolean): string =>
      now ? 'We now state that we follow the laws this policy is written for.' : 'We no longer state that we follow the laws this policy is written for.',
  },
  sections: {
    added: (title: string): string => `New section: ${q(title)}.`,
    removed: (title: string): string => `We removed the section ${q(title)}.`,
    rewritten: (title: string): string => `We rewrote the section ${q(title)}.`,
    moved: (title: string): string => `We moved the section ${q(title)}.`,
    labels: (was: string) => ({ title: `the title of the section ${q(was)}` }),
  },
  products: {
    added: (name: string): string => `This policy now also covers ${q(name)}.`,
    removed: (name: string): string => `This policy no longer covers ${q(name)}.`,
    labels: (was: string, name: string) => ({
      name: `the name of the product ${q(was)}`,
      description: `the description of ${q(name)}`,
      url: `the address of ${q(name)}`,
      policy_url: `the address of the privacy policy of ${q(name)}`,
    }),
  },
  deletionStages: {
    /** `label` is the entry's heading, `categories` its categories' names; `now` and `was` ISO 8601 durations. */
    changed: (label: string | undefined, categories: readonly string[], stage: DeletionStage, now: string | undefined, was: string | undefined): string => {
      const what = (label ?? categories.join(', ')).trim();
      return now === undefined
        ? `For ${what}, the policy no longer says ${STAGES[stage].unstated}.`
        : `For ${what}, ${STAGES[stage].within(durationInWords(now))}${was ? ` instead of ${durationInWords(was)}` : ''}.`;
    },
  },
  unclassified: (path: string): string => `Something policyc does not classify yet changed: ${path}.`,
};

/** The parts of the Data Privacy Framework, as a change notice names them. */
const DPF_FRAMEWORKS: Readonly<Record<'eu_us' | 'uk_extension' | 'swiss_us', string>> = {
  eu_us: 'the EU-U.S. Data Privacy Framework',
  uk_extension: 'its UK Extension',
  swiss_us: 'the Swiss-U.S. Data Privacy Framework',
};

/** Every language's phrases have the English ones' shape: a phrase one of them lacks is a type error. */
export type NoticePhrases = typeof EN_PHRASES;
