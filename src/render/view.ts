import {
  lawfulBases,
  marketingOptOut,
  restsOn,
  retentionOverriddenFor,
  scopedProducts,
  staysOnDevice,
  usesOnlyDeviceData,
  companyPurposes,
  sharingDeclarations,
  saleSharingSources,
  type PolicyModel,
  type SubprocessorModel,
} from '../model/normalize.js';
import type {
  Audience,
  Commitment,
  Contact,
  DataCategory,
  Jurisdiction,
  JurisdictionRights,
  LawfulBasis,
  OtherController,
  Policy,
  Presentation,
  Product,
  Purpose,
  RetentionEntry,
  Right,
  TransferMechanism,
  SectionId,
} from '../model/policy.generated.js';
import { words } from '../i18n/active.js';
import { properNames } from './proper-words.js';
import { lowerName, type ProperNames } from './names-in-sentence.js';
import { WORD_PATTERNS } from '../i18n/word-patterns.js';
import { durationInWords, sumDurations } from '../model/duration.js';
import { localCountryInSentence, regionInSentence } from './helpers/countries.js';
import { adequacySentences } from './adequacy-view.js';
import {
  CCPA_DEFINITIONS,
  CCPA_REGULATIONS,
  cite,
  citeAll,
  citeEach,
  LAW_ORDER,
  LAWS,
  NOTICE_RIGHTS,
  provisionId,
  grantsRight,
  RIGHTS,
  SPECIAL_CATEGORY_CONDITIONS,
  type RightsLawId,
  type TransferLawId,
} from '../law/index.js';
import { establishedUnder, establishment } from '../model/territory.js';
import type { OtherControllerModel } from '../model/controllers.js';
import { audienceName } from './helpers/audiences.js';
import {
  gdprCitation,
  lawName,
  lawRegion,
  lawRegionOf,
  lawShortName,
  lawsUnder,
  obligationLaws,
  lawsUnderTitle,
  rightsLawTitle,
  type RightsJurisdiction,
} from './helpers/law.js';
import { LAWFUL_BASIS_ORDER } from './helpers/lawful-basis.js';
import { inSentence, joinList, proseList } from './helpers/text.js';
import { rightExplanation, rightLabel, rightReadsAlike, rightReferences, rightStatement } from './helpers/rights.js';
import { lawPhrase } from './provenance/trace.js';
import type { DateStyle } from './helpers/date.js';
import { californiaView, type CaliforniaView } from './california-view.js';
import { verificationView, type VerificationView } from './verification-view.js';

/**
 * What clauses see: the policy as written (`policy`), plus facts arranged the way the prose needs
 * them (grouped, ordered, resolved from ids). All values are plain text; escaping happens when a
 * clause prints them. No wording lives here beyond headings chosen by the data.
 */
export interface ClauseContext {
  policy: Policy;
  presentation: Presentation;
  contact: Contact;
  title: string;
  company: string;
  legalName: string;
  /** The company is known by a name other than its legal name. */
  tradingName: boolean;
  /** The product or service the policy covers by name, or the catalog's "our services" (a plural) when it has none (PolicyModel.namedService). */
  service: string;
  namedService: string | undefined;
  /** The policy covers "our services" rather than a named product: a plural, where a sentence agrees with it. */
  serviceIsCompany: boolean;
  /** "personal data" where GDPR-family law applies, else the CCPA's "personal information". */
  pd: string;
  gdprLike: boolean;
  /** The file declares that no personal data is collected (`data_categories: []`). */
  collectsNothing: boolean;
  /** Some purpose is the company's own processing: the intro says the policy explains how it "uses" data. */
  usesData: boolean;
  /** Someone besides the company receives or sees data (sharingDeclarations): the intro says "shares". */
  sharesData: boolean;
  laws: Readonly<Record<Jurisdiction, boolean>>;
  /** "GDPR", "UK GDPR", "GDPR and UK GDPR", or "" (then no article is cited). */
  citation: string;
  /** The same laws after "under": "nach der DSGVO und der UK GDPR", "au titre du RGPD et du UK GDPR". */
  citationUnder: string;
  /** The laws a legal obligation under them is laid down by: "EU law, the law of an EU Member State or UK law" (Art. 6(3)). */
  obligationLaw: string;
  /** The laws the policy says it follows, as named in running text. */
  lawNames: string[];
  dateStyle: DateStyle;
  privacyEmail: string;
  rightsEmail: string;
  rightsByEmail: boolean;
  /** The rights `rights.in_app` serves when it does not serve them all, as a list names them. */
  inAppRights: string[];
  collection: CategoryGroup[];
  /**
   * The categories that stay on the person's device (`on_device`): their own subsection of the
   * collection section, never among what "we collect".
   */
  onDevice: CategoryView[];
  /** Some category stays on the device: the subsection's fixed sentence is shown on, and traced to, their `on_device`. */
  deviceData: boolean;
  /** More than one source: the collection section has a sub-heading per source. */
  collectionBySource: boolean;
  purposeGroups: PurposeGroup[];
  bases: BasisGroup[];
  /** Purposes that cite only a national provision, no basis of Art. 6(1) (a German company's § 25 TTDSG for necessary cookies): listed with the provision they cite, never under a basis they do not claim. */
  nationalOnly: PurposeView[];
  /** Every purpose states its legal basis. */
  basesComplete: boolean;
  /** Purposes the file gives no legal basis: the section names them rather than leave them out unsaid. */
  basesMissing: Policy['purposes'];
  /** People can object to processing on legitimate interests: a GDPR-family law applies or the policy grants the right. */
  canObject: boolean;
  sharing: SharingView;
  transfers: TransfersView;
  retention: RetentionView;
  rights: RightsView;
  ai: AiView;
  /** The products and the people the policy covers. */
  scope: ScopeView;
  commitments: CommitmentView[];
  /** The products that use cookies, when `cookies.products` names some; empty for all of them. */
  cookieProducts: string[];
  /** Who a breach is reported to: the authorities named in `rights`, if any. */
  breachAuthorities: string[];
  /** What the declared laws require after a breach, cited; absent when no declared law sets a deadline. */
  breachLaw?: BreachLawView;
  /** Each law's names, for clauses that name a law in running text. */
  lawText: Readonly<Record<Jurisdiction, { name: string; short: string; under: string }>>;
  /** "Art. 22 GDPR and UK GDPR", or "" when no declared law has the provision. */
  automatedDecisionsCitation: string;
  /** The company's representatives, with the region and provision each is appointed under. */
  representatives: RepresentativeView[];
  /** The DPO's `name` is a person's or team's, not the office itself ("Data Protection Officer"), so it is printed beside the office. */
  dpoNamed: boolean;
  /**
   * The companies that are the controller instead of the main one for some people or products,
   * each with the names of the places, groups and products it is the controller for; empty when
   * the main controller decides for everyone the policy covers.
   */
  otherControllers: OtherControllerView[];
  /** The file names other controllers: what "we" means, and who decides, depends on the reader (a flag, so that --explain traces the sentences it conditions). */
  othersNamed: boolean;
  keyPoints: KeyPointsView;
  /** What was sold or shared in the past 12 months, by category name, when the file says. */
  pastYear?: { soldDeclared: boolean; sold: string[]; sharedDeclared: boolean; shared: string[]; recipients: string[] };
  /** Which columns the table of cookies needs: only those some cookie fills. */
  cookieTable: { anyProvider: boolean; anyKind: boolean; anyDuration: boolean; anyParty: boolean; anyOptOut: boolean };
  /** The CCPA's categories of personal information, as a table, when the CCPA is declared and data categories are mapped to them. */
  california?: CaliforniaView<RetentionRow>;
  /** Financial incentives offered for personal information, each with the names of the data it involves. */
  financialIncentives: Array<NonNullable<NonNullable<Policy['rights']>['financial_incentives']>[number] & { categoryNames: string[] }>;
  /** California provisions the selling-and-sharing and rights sections cite. */
  californiaCitations: { shineTheLight: string; sensitiveLimitedUse: string; financialIncentiveConsent: string };
}

export interface BreachLawView {
  /** "the GDPR and the UK GDPR". */
  laws: string;
  count: number;
  authorityWithin: string;
  authorityCitation: string;
  individualsCitation: string;
}

export type OtherControllerView = OtherController & {
  /** "the European Economic Area", "the United Kingdom" ("im Europäischen Wirtschaftsraum" in German: with its preposition where the language needs one). */
  regionNames: string[];
  /** The same for `except_regions`: the places whose people it is not the controller for. */
  exceptRegionNames: string[];
  /** The covered groups it is the controller for, as running text names them ("job applicants"). */
  audienceNames: string[];
  productNames: string[];
};

export type RepresentativeView = NonNullable<Policy['controller']['representatives']>[number] & { region: string; citation: string };

/**
 * The facts the key points summarise, each taken from the file, a few named and the rest counted.
 * `anchors` link each point to its section; the renderer fills them in once the sections exist.
 */
export interface KeyPointsView {
  /** The file declares that no personal data is collected: the point says so. */
  collectsNothing: boolean;
  categories: string[];
  moreCategories: number;
  purposes: number;
  /** The first purpose, as named in the file. */
  firstPurpose: string;
  recipients: string[];
  moreRecipients: number;
  /** The recipients are kinds of recipient (`recipient_categories`) only. */
  recipientKinds: boolean;
  /** The recipients are of more than one sort (providers, kinds of recipient, recipients of other disclosures), or recipients of disclosures alone: counted as "recipients". */
  mixedRecipients: boolean;
  /** Some disclosures name no recipient, so the names are not everyone who receives the data. */
  otherDisclosures: boolean;
  /** The file says the company does not sell personal data. */
  noSale: boolean;
  /** The file says the company sells personal data. */
  sells: boolean;
  /** The file says the company shares it for cross-context behavioural advertising: the point says so beside "we do not sell it". */
  sharesForAds: boolean;
  /** The company says its disclosures may be considered a sale or sharing, not that it sells or shares: the point says so. */
  hedged: boolean;
  /**
   * Some rights are listed only for people under one law: the point says `some` depend on where you
   * live, or, when no listed right is given wherever the person lives, that they `all` do (the Let's
   * Encrypt review: "some" implied the others applied everywhere).
   */
  rightsVary: 'some' | 'all' | false;
  /** The first retention entry that a phrase states whole (one period for all products, no exceptions); `more` counts the others. */
  retention?: {
    data: string;
    period: RetentionRow['period'];
    up_to?: boolean;
    until?: string;
    start?: RetentionRow['start'];
    more: number;
    /** Data categories with no period: the point must not read as the whole of it. */
    unstated: number;
  };
  rights: string[];
  moreRights: number;
  anchors: Partial<Record<SectionId, string>>;
}

/** How many of a list the key points name before counting the rest. */
const NAMED = 4;

export type Source = NonNullable<DataCategory['source']> | 'unspecified';

export interface CategoryGroup {
  source: Source;
  categories: CategoryView[];
}

export interface CategoryView extends DataCategory {
  /** Anything to say after the name. */
  hasDetails: boolean;
  /** The products that collect it, when not all of them (`products`); empty otherwise. */
  productNames: string[];
}

export interface PurposeView extends Purpose {
  /** The data it uses that the company receives. */
  categoryNames: string[];
  /** The data it uses only on the person's device (`on_device`): said apart, so that "give us this data" never covers it. */
  deviceNames: string[];
  /** The products it applies to, when not all of them; empty otherwise. */
  productNames: string[];
  /** The names of the categories it receives that are marked special (Art. 9(1)), for the Art. 9 condition. */
  specialNames: string[];
  /**
   * Its Art. 9(2) condition in words, and cited when a GDPR-family law applies ("Art. 9(2)(a) GDPR and UK GDPR"; "" otherwise).
   * Left out when the special data it names all stays on the device: the company processes none.
   */
  specialCondition?: { label: string; citation: string };
}

export interface PurposeGroup {
  heading?: string;
  purposes: PurposeView[];
}

export interface BasisGroup {
  basis: LawfulBasis;
  purposes: PurposeView[];
  /** Some purpose says more than its name under this basis (an interest, a law, how consent works), so each is a labelled item. */
  detailed: boolean;
}

export interface SubprocessorView extends SubprocessorModel {
  /** The names of the data it receives as the file writes them, for a cell of the table. */
  categoryNames: string[];
  /** The same names run on inside a sentence, after "Data shared:" (« Données communiquées : données techniques »). */
  dataNames: string[];
  /** It receives every category the policy lists. */
  allData: boolean;
  /** The file says it receives no personal data (`data_categories: []`): its data cell says "none", not "not stated". */
  receivesNone: boolean;
  /** The safeguard partial has something to say: a safeguard, or that its transfers need none. */
  safeguardStated: boolean;
  /** Whether it trains on the data is said here, in the provider's note (no AI section says it). */
  trainingShown: boolean;
  /** The products it works for, when not all of them; empty otherwise. */
  productNames: string[];
}

/** Providers that work for the same products, listed together under those products' names. */
export interface ProviderGroup {
  /** Empty for the providers of every product. */
  productNames: string[];
  processors: SubprocessorView[];
  noted: SubprocessorView[];
}

export interface SharingView {
  processors: SubprocessorView[];
  /** Some providers are independent controllers, so "on our behalf" needs a caveat. */
  anyController: boolean;
  /** Every provider states its role: only then does the policy say the others act on our behalf. */
  othersProcess: boolean;
  /** Some providers have a category: show it as a column. */
  anyCategory: boolean;
  /** Transfer safeguards are relevant: a GDPR-family law applies and some provider is outside the EEA/UK or names one. */
  showSafeguards: boolean;
  /** Some provider lists the data it receives: show it as a column. */
  anyData: boolean;
  /** Providers with more to say than a table cell holds, said under the table. */
  noted: SubprocessorView[];
  /** Some provider works for only some products: the providers are listed per product, in these groups; empty otherwise. */
  groups: ProviderGroup[];
  /** Providers under a data processing agreement, and those under their own terms. */
  dpa: string[];
  ownTerms: string[];
  /** The provision that requires a data processing agreement under the declared laws, cited; "" when none does. */
  dpaCitation: string;
  /** Every provider (of two or more) works under a data processing agreement / its own terms. */
  dpaAll: boolean;
  ownTermsAll: boolean;
  /** Providers under a written agreement to protect the data that the policy does not call a data processing agreement; every one of two or more. */
  agreement: string[];
  agreementAll: boolean;
  /** "Your rights" lists the CCPA's right to opt out of sale and sharing, so the opt-out can point there. */
  optOutListed: boolean;
  /** "Your rights" lists the CCPA's right to limit the use of sensitive personal information, so the statement on its use can point there. */
  limitListed: boolean;
  /**
   * The selling section's heading speaks of "sharing" (the CCPA's term of art for cross-context
   * behavioural advertising) only where that word means something: the CCPA is declared, or the
   * file says whether it shares data for advertising. Otherwise it is about selling alone (the
   * Let's Encrypt review: "Selling and sharing" over a GDPR policy's "We do not sell").
   */
  saleHeadingShares: boolean;
  recipientCategories: Array<NonNullable<Policy['recipient_categories']>[number] & { categoryNames: string[] }>;
}

export interface TransfersView {
  /** Providers processing data outside the territory of a declared transfer law (the EEA, the UK). */
  outside: SubprocessorView[];
  /** They are all the providers there are (two or more). */
  allOutside: boolean;
  /** The provider list shows a safeguard or an adequacy decision for each of them. */
  eachSafeguarded: boolean;
  /** The countries outside that territory they process it in, in order of first mention. */
  outsideCountries: string[];
  /** That territory in words: "the European Economic Area and the United Kingdom"; "or" for "out of …". */
  regionAnd: string;
  /** The same after "outside", where the language declines it (`lawRegionOf`). */
  regionOfAnd: string;
  regionOr: string;
  /** For a table cell: "EEA", "UK", "EEA/UK", "EEA/UK/Switzerland". */
  regionShort: string;
  /** The transfer laws, for naming a tool the way they do (`mechanismShorts`). */
  laws: readonly TransferLawId[];
  /**
   * The policy-wide mechanisms (`transfers.mechanisms`) by the territory they are valid for: one
   * entry for laws that accept the same ones ("the European Economic Area or the United Kingdom"),
   * else one per law, so the EU's clauses are never said to cover transfers from the UK. Without a
   * transfer law, one entry without a region.
   */
  grounds: TransferGround[];
  /** Where no adequacy decision covers a country the section names, what the law says of it (`adequacySentences`). */
  adequacy: string[];
  /** The section has something to say. */
  present: boolean;
}

export interface TransferGround {
  region: string;
  /** The same after "out of" (`lawRegionOf`). */
  regionOf: string;
  mechanisms: TransferMechanism[];
  /** How the laws are named in a citation: "GDPR", "GDPR and UK GDPR", "GDPR, UK GDPR and FADP"; "" for none. */
  citation: string;
  /** A sentence for mechanisms valid under all the laws came first. */
  also: boolean;
}

export interface RetentionRow extends RetentionEntry {
  data: string;
  /** The products the period applies to, when not all of them; empty otherwise. */
  productNames: string[];
  /** It applies to all products, while another entry for some of its data gives some products' period: it is the other products'. */
  otherProducts: boolean;
  /** by_plan is given and `period` differs from every plan's period: say it applies otherwise. */
  otherwise: boolean;
  hasDetails: boolean;
  /** The deletion stages' times added up, when they count in one unit; undefined otherwise. */
  stagesTotal: string | undefined;
}

export interface RetentionView {
  rows: RetentionRow[];
  /** Two or more entries read best as a table; one as a sentence. */
  table: boolean;
  hasDetails: boolean;
  /** Every data category has a period: only then may the table be introduced as the whole of it. */
  complete: boolean;
  /** The data categories no entry gives a period, as names in a sentence: the policy says it sets out none for them. */
  unstated: string[];
  /**
   * The same categories, for a list of their names as written: two or more are listed rather than joined
   * into a sentence, where a name with its own "and" ("Aliases and places of use") or a language's
   * articles would blur them.
   */
  unstatedCategories: DataCategory[];
}

export interface RightItem {
  right: Right;
  /** The law's own term: the CCPA speaks of "personal information". */
  pd: string;
  label: string;
  reference: string;
  /** Absent for a right that is the company's own promise, described by its instructions. */
  explanation?: string;
  /** In place of the explanation, the whole sentence a law words its right in (`rightStatement`). */
  statement?: string;
  instruction?: string;
  /** What the company keeps back from a right it gives everyone, in its own words. */
  limit?: string;
}

export interface RightsGroup {
  laws: RightsJurisdiction[];
  /** Several laws with the same rights share one list. */
  merged: boolean;
  /** The heading's place: "the European Economic Area or the United Kingdom"; empty for the CCPA. */
  regions: string[];
  /**
   * Where the controller is established, "Norway", when that puts it under one of these laws: the
   * law then covers people wherever they are, and the heading names no place.
   */
  home?: string;
  /** The law of that place: "the UK GDPR". */
  homeLaw?: string;
  /** How the list introduces its laws: "the GDPR and the UK GDPR". */
  lawTitle: string;
  /** The laws named again: "the GDPR and the UK GDPR", "the CCPA". */
  lawShort: string;
  /** "under the GDPR and the UK GDPR", for languages whose article changes with the case ("nach der DSGVO"). */
  lawUnder: string;
  /** `lawUnder` with a single little-known law's full name, for introducing its rights. */
  lawUnderTitle: string;
  /** The rights this law grants beyond those everyone has (all of them when no one else has any). */
  rights: RightItem[];
  responseTime?: string;
  inApp?: string;
  subjectLine?: string;
  /** Where to complain, per law: the named authority, or (no name) the one where the person lives. */
  complaints: Complaint[];
  /**
   * These laws let people make requests through an authorized agent (the law base says which),
   * and the file does not say how the company handles agents: the policy states the law alone.
   */
  agentsByLaw: boolean;
  /**
   * The rights listed for everyone that these laws grant too, named with their provisions: the list
   * for everyone states the company's promise, so the group says which of them the law gives, on
   * the law's terms (the CCPA gives no right to restriction, so each group names its own).
   */
  alsoAbove: string[];
  /** `alsoAbove` names one right, which the sentence introduces in the singular. */
  alsoAboveOne: boolean;
}

export interface Complaint {
  law: RightsJurisdiction;
  /** Where this applies, when one list covers several laws with different authorities. */
  region?: string;
  name?: string;
  url?: string;
  local?: boolean;
  /** "infringes the GDPR": the law grants the right to whoever considers the processing infringes it (Art. 77(1)). */
  infringes?: string;
}

export interface RightsView {
  present: boolean;
  everyone: RightItem[];
  groups: RightsGroup[];
  /** Instructions for rights no list mentions, so they are not lost. */
  otherInstructions: RightItem[];
  /** Some right is listed, for everyone or under a law: only then can the channels speak of "these rights". */
  listed: boolean;
  /**
   * A declared law has no list of its own in the file and the rights for everyone leave out some it
   * requires the policy to name: the policy must not read as the whole of what the law gives (the
   * Joplin review). `place` when such a law covers people by where they are, `always` when each
   * covers them wherever they live (the company is established under it).
   */
  furtherByLaw: 'place' | 'always' | false;
  /** What makes `furtherByLaw` true: each such law, and the rights it requires that the policy leaves out. */
  furtherRights: Array<{ law: 'gdpr' | 'uk_gdpr' | 'swiss_fadp'; rights: Right[] }>;
  /**
   * The laws `furtherByLaw` is about, after "under" ("under the GDPR"): when no right is listed at
   * all, the section says it does not list them rather than speak of "further" rights (the MDN Plus review).
   */
  unlistedUnder: string;
  /**
   * A right listed is the right to complain to an authority, which is made to the authority, not to
   * the company: "to exercise any of these rights, email us" leaves it out (the Let's Encrypt review).
   */
  complaintListed: boolean;
  /** How identity is verified, when the file says. */
  verification?: VerificationView;
  /**
   * The paragraph on the right to object to direct marketing is shown: a declared law gives it
   * and a purpose needs it (PolicyModel.marketingObjection). A flag, so that --explain traces the
   * paragraph's fixed sentences to the purposes that make it apply.
   */
  objectToMarketing: boolean;
  marketing?: MarketingObjectionView;
}

/** The right to object to direct marketing, stated apart from the other rights (GDPR Art. 21(4)). */
export interface MarketingObjectionView {
  /** "Art. 21(2) and (3) GDPR and UK GDPR", marked with the law entries it cites. */
  citation: string;
  /** The direct-marketing purposes the right stops, the file's own objects (their names and `direct_marketing.opt_out`). */
  purposes: readonly Purpose[];
  /** Some purpose says how to opt out: the rights contact is then named as a further way. */
  optOuts: boolean;
}

export interface AiView {
  trainingProviders: string[];
  nonTrainingProviders: string[];
  features: Array<NonNullable<NonNullable<Policy['ai']>['features']>[number] & { categoryNames: string[] }>;
  /** What training uses, as it reads in a sentence ("design files and assets"); empty for all personal data. */
  trainingData: string[];
}

export interface ScopeView {
  products: readonly Product[];
  audiences: Array<Audience & { productNames: string[] }>;
  /** The section has something to say. */
  present: boolean;
}

export type CommitmentView = Commitment & { productNames: string[] };

const SOURCE_ORDER: readonly Source[] = ['provided', 'automatic', 'third_party', 'generated', 'unspecified'];
const RIGHTS_LAWS: readonly RightsJurisdiction[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

export function buildContext(model: PolicyModel): ClauseContext {
  const policy = model.source;
  const pd = model.gdprLike ? words().personalData : words().personalInformation;
  const laws = {
    gdpr: model.jurisdictions.has('gdpr'),
    uk_gdpr: model.jurisdictions.has('uk_gdpr'),
    swiss_fadp: model.jurisdictions.has('swiss_fadp'),
    ccpa: model.jurisdictions.has('ccpa'),
    coppa: model.jurisdictions.has('coppa'),
  };
  const names = (ids: readonly string[] | undefined): string[] => {
    const out: string[] = [];
    for (const id of ids ?? []) {
      const category = model.categories.get(id);
      if (category) out.push(category.name);
    }
    return out;
  };
  const productNames = (scope: readonly string[] | undefined): string[] => scopedProducts(model, scope).map((product) => product.name);
  const onDevice = (id: string): boolean => staysOnDevice(model, id);
  // Only categories declared special under Art. 9(1): the CPRA's sensitive information (log-in credentials) is not.
  const special = (ids: readonly string[] | undefined): string[] =>
    names((ids ?? []).filter((id) => model.categories.get(id)?.special_category === true)).map((name) => lowerName(name, properNames(model.source)));
  const specialLaws = model.laws.filter((law) => LAWS[law].specialCategories !== undefined);
  const purposes: PurposeView[] = model.purposes.map((p) => {
    const ids = p.data_categories ?? [];
    const received = ids.filter((id) => !onDevice(id));
    // The sentences on giving data and on Art. 9 speak of data the company receives: a purpose whose
    // data all stays on the device has none to ask for, and special data on the device is not the company's.
    const deviceOnly = usesOnlyDeviceData(model.source, p);
    const specialNames = special(received);
    const specialElsewhere = specialNames.length === 0 && (deviceOnly || special(ids).length > 0);
    const { requirement, ...rest } = p;
    return {
      ...rest,
      ...(requirement === undefined || deviceOnly ? {} : { requirement }),
      // After "Data used:" the names run on as a list inside a sentence (« Données utilisées : données techniques … »).
      categoryNames: names(received).map((name) => lowerName(name, properNames(model.source))),
      deviceNames: names(ids.filter(onDevice)).map((name) => lowerName(name, properNames(model.source))),
      productNames: productNames(p.products),
      specialNames,
      ...(p.special_category_condition === undefined || specialElsewhere
        ? {}
        : {
            specialCondition: {
              label: words().law.specialCategoryConditions[p.special_category_condition],
              citation: specialLaws.length === 0 ? '' : citeAll(specialLaws, SPECIAL_CATEGORY_CONDITIONS[p.special_category_condition].provision),
            },
          }),
    };
  });
  const rights = rightsView(model, pd);
  // On-device data is neither kept nor shared by the company: "no period is stated for" and "all the data we collect" speak of the rest.
  const collectedIds = model.collected.map((c) => c.id);
  const retention = retentionView(model.retention, names, productNames, model.collected, properNames(model.source));
  const processors: SubprocessorView[] = model.subprocessors.map((s) => ({
    ...s,
    categoryNames: names(s.data_categories),
    dataNames: names(s.data_categories).map((name) => lowerName(name, properNames(model.source))),
    allData: collectedIds.length > 1 && collectedIds.every((id) => s.data_categories?.includes(id)),
    receivesNone: s.data_categories?.length === 0,
    safeguardStated: s.safeguards.length > 0 || s.transfer === 'inside' || s.transfer === 'adequate',
    trainingShown: policy.ai === undefined && s.trains_on_data !== undefined,
    productNames: productNames(s.products),
  }));
  const audiences = policy.audiences;
  const dpa = processors.filter((s) => s.terms?.includes('dpa')).map((s) => s.name);
  const ownTerms = processors.filter((s) => s.terms?.includes('own_terms')).map((s) => s.name);
  const agreement = processors.filter((s) => s.terms?.includes('written_agreement')).map((s) => s.name);
  return {
    policy,
    presentation: policy.policy ?? {},
    contact: policy.contact ?? {},
    title: policy.policy?.title ?? words().page.title,
    company: model.companyName,
    legalName: model.legalName,
    tradingName: model.companyName !== model.legalName,
    service: model.namedService ?? words().ourServices,
    // A name left in the file's own language falls back into the others: the office in any language is no name.
    dpoNamed:
      policy.controller.dpo?.name !== undefined &&
      !Object.values(WORD_PATTERNS).some(({ dpoOffice }) => dpoOffice.test(policy.controller.dpo?.name?.trim() ?? '')),
    namedService: model.namedService,
    serviceIsCompany: policy.policy?.service === undefined,
    pd,
    gdprLike: model.gdprLike,
    collectsNothing: model.collectsNothing,
    usesData: companyPurposes(policy).length > 0,
    sharesData: sharingDeclarations(policy).length > 0,
    laws,
    citation: gdprCitation(model.jurisdictions),
    citationUnder: lawsUnder((['gdpr', 'uk_gdpr'] as const).filter((law) => model.jurisdictions.has(law))),
    obligationLaw: obligationLaws((['gdpr', 'uk_gdpr'] as const).filter((law) => model.jurisdictions.has(law))),
    // A claim of compliance only where the company makes it: a law in `jurisdictions` selects text.
    lawNames: [...(policy.controller.claims_compliance === true ? (policy.jurisdictions ?? []).map(lawName) : []), ...(policy.other_laws ?? [])],
    dateStyle: policy.policy?.date_style ?? 'long_us',
    privacyEmail: model.privacyEmail,
    rightsEmail: model.rightsEmail,
    rightsByEmail: model.rightsByEmail,
    inAppRights: (policy.rights?.in_app_rights ?? []).map((right) => words().rightInList(lowerName(rightLabel(right)))),
    ...collectionView(model.collected, model.onDevice, productNames),
    purposeGroups: purposeGroups(purposes),
    bases: basisGroups(purposes),
    nationalOnly: purposes.filter((p) => lawfulBases(p).length === 0 && p.national_basis !== undefined),
    // "The purposes for which we rely on each" claims the list is whole: only when every purpose has its
    // basis. A purpose that uses only data on the device needs none: the company processes nothing for it.
    basesComplete: purposes.every((p) => lawfulBases(p).length > 0 || p.national_basis !== undefined || usesOnlyDeviceData(policy, p)),
    basesMissing: purposes.filter((p) => lawfulBases(p).length === 0 && p.national_basis === undefined && !usesOnlyDeviceData(policy, p)),
    canObject:
      model.gdprLike ||
      [policy.rights?.everyone, ...RIGHTS_LAWS.map((law) => policy.rights?.[law]?.rights)].some((granted) => granted?.includes('object') === true),
    sharing: {
      processors,
      anyController: processors.some((s) => s.role === 'controller'),
      // "On our behalf" is a processor's role (Art. 28): said only of providers the file declares so.
      othersProcess: processors.every((s) => s.role !== undefined),
      anyCategory: processors.some((s) => s.category !== undefined),
      showSafeguards: model.transferLaws.length > 0 && processors.some((s) => s.outside || s.transfer_mechanism !== undefined),
      anyData: processors.some((s) => s.categoryNames.length > 0),
      noted: processors.filter(noted),
      groups: providerGroups(processors),
      dpa,
      ownTerms,
      dpaAll: processors.length > 1 && dpa.length === processors.length,
      ownTermsAll: processors.length > 1 && ownTerms.length === processors.length,
      agreement,
      agreementAll: processors.length > 1 && agreement.length === processors.length,
      // Art. 28 requires the agreement of a processor; an independent controller's is its own choice.
      dpaCitation: processors.some((s) => s.role === 'controller' && s.terms?.includes('dpa') === true)
        ? ''
        : citeEach(model.laws, (law) => LAWS[law].processorContract),
      optOutListed: [policy.rights?.everyone, policy.rights?.ccpa?.rights].some((granted) => granted?.includes('opt_out_sale_sharing') === true),
      limitListed: [policy.rights?.everyone, policy.rights?.ccpa?.rights].some((granted) => granted?.includes('limit_sensitive') === true),
      saleHeadingShares: saleSharingSources(policy).length > 0,
      // After "Data shared:" the names run on inside the sentence, as after "Data used:".
      recipientCategories: (policy.recipient_categories ?? []).map((r) => ({
        ...r,
        categoryNames: names(r.data_categories).map((name) => lowerName(name, properNames(model.source))),
      })),
    },
    transfers: transfersView(model, processors),
    retention,
    rights,
    ai: {
      trainingProviders: processors.filter((s) => s.trains_on_data === true).map((s) => s.name),
      nonTrainingProviders: processors.filter((s) => s.trains_on_data === false).map((s) => s.name),
      features: (policy.ai?.features ?? []).map((f) => ({
        ...f,
        categoryNames: names(f.data_categories).map((name) => lowerName(name, properNames(model.source))),
      })),
      trainingData: names(policy.ai?.training_data_categories).map((name) => lowerName(name, properNames(model.source))),
    },
    scope: {
      products: [...model.products.values()],
      audiences: (audiences?.covered ?? []).map((a) => ({ ...a, productNames: productNames(a.products) })),
      present: model.products.size > 0 || audiences !== undefined,
    },
    commitments: (policy.commitments ?? []).map((c) => ({ ...c, productNames: productNames(c.products) })),
    cookieProducts: productNames(policy.cookies?.products),
    ...lawViews(model),
    otherControllers: model.otherControllers.map((c) => otherControllerView(c, productNames)),
    othersNamed: model.otherControllers.length > 0,
    // Only authorities the file names: the one the law names for complaints (the ICO) is not the
    // one a breach in the EEA is reported to.
    breachAuthorities: model.laws.flatMap((law) => {
      const name = law === 'ccpa' || law === 'coppa' ? undefined : policy.rights?.[law]?.authority?.name;
      return name === undefined ? [] : [name];
    }),
    keyPoints: keyPointsView(model, processors, rights, retention, names),
    ...pastYearView(policy, (ids) => names(ids).map((name) => lowerName(name, properNames(model.source)))),
    cookieTable: {
      anyProvider: (policy.cookies?.list ?? []).some((c) => c.provider !== undefined),
      anyKind: (policy.cookies?.list ?? []).some((c) => c.kind !== undefined),
      anyDuration: (policy.cookies?.list ?? []).some((c) => c.duration !== undefined),
      anyParty: (policy.cookies?.list ?? []).some((c) => c.party !== undefined),
      anyOptOut: (policy.cookies?.list ?? []).some((c) => c.opt_out !== undefined),
    },
    ...withCalifornia(californiaView({ policy, purposes, processors, retention: retention.rows })),
    financialIncentives: (policy.rights?.financial_incentives ?? []).map((f) => ({
      ...f,
      categoryNames: names(f.data_categories).map((name) => lowerName(name, properNames(model.source))),
    })),
    californiaCitations: {
      shineTheLight: cite('ccpa', CCPA_DEFINITIONS.shineTheLight),
      sensitiveLimitedUse: CCPA_REGULATIONS.sensitiveLimitedUse,
      financialIncentiveConsent: cite('ccpa', CCPA_DEFINITIONS.financialIncentiveConsent),
    },
  };
}

/** Art. 77(1)'s condition, "if you consider that … infringes the GDPR", where the law words the right so. */
function complaintCondition(law: RightsLawId): Pick<Complaint, 'infringes'> {
  const infringes = words().law.laws[law].infringes;
  const provision = RIGHTS.complaint.provisions[law];
  return infringes === undefined || provision === undefined ? {} : { infringes: lawPhrase(infringes, [provisionId(law, provision)]) };
}

function withCalifornia(view: CaliforniaView<RetentionRow> | undefined): Pick<ClauseContext, 'california'> {
  return view === undefined ? {} : { california: view };
}

function pastYearView(policy: Policy, names: (ids: readonly string[]) => string[]): Pick<ClauseContext, 'pastYear'> {
  const past = policy.sale_and_sharing?.past_12_months;
  if (past === undefined) return {};
  return {
    pastYear: {
      soldDeclared: past.sold !== undefined,
      sold: names(past.sold ?? []),
      sharedDeclared: past.shared !== undefined,
      shared: names(past.shared ?? []),
      recipients: past.recipients ?? [],
    },
  };
}

function keyPointsView(
  model: PolicyModel,
  processors: readonly SubprocessorView[],
  rights: RightsView,
  retention: RetentionView,
  names: (ids: readonly string[]) => string[],
): KeyPointsView {
  const policy = model.source;
  const none = model.collectsNothing;
  // "We do not sell it" speaks of the data the point before lists: with none collected, nothing to say.
  const sale = none ? undefined : policy.sale_and_sharing;
  // What the company collects: data that stays on the person's device is not counted.
  const categories = model.collected.map((c) => lowerName(c.name, properNames(model.source)));
  const ownPurposes = companyPurposes(policy);
  // Everyone the sharing section names: providers, then kinds of recipient, then the recipients of
  // other disclosures (an affiliate), so the point never reads as if only the first kind received it.
  const named = processors.map((s) => s.name);
  const kinds = (policy.recipient_categories ?? []).map((r) => lowerName(r.name, properNames(model.source)));
  const others = (policy.disclosures ?? []).flatMap((d) => d.recipients ?? []);
  const recipients = [...new Set([...named, ...kinds, ...others])];
  const rightLabels = [...new Set([...rights.everyone, ...rights.groups.flatMap((g) => g.rights)].map((r) => lowerName(r.label)))];
  // The point names one period whole: an entry with plans, products or exceptions does not fit in
  // a phrase, and leaving them out would misstate it, so the first entry that fits is named.
  // Nor one whose data another entry keeps for another period from the same start: the point would
  // name one of two periods. (An entry with its own start, "after you delete your account", is a
  // later stage, which the first period does not contradict.)
  const keptElsewhere = (row: (typeof retention.rows)[number]): boolean =>
    retention.rows.some((other) => other !== row && other.start === undefined && other.data_categories.some((id) => row.data_categories.includes(id)));
  const first = retention.rows.find(
    (row) => row.by_plan === undefined && row.productNames.length === 0 && !row.otherProducts && (row.exceptions ?? []).length === 0 && !keptElsewhere(row),
  );
  return {
    collectsNothing: none,
    categories: categories.slice(0, NAMED),
    moreCategories: Math.max(0, categories.length - NAMED),
    // Uses of data on the person's device only are the person's, not the company's processing.
    purposes: ownPurposes.length,
    firstPurpose: ownPurposes[0]?.name ?? '',
    recipients: recipients.slice(0, NAMED - 1),
    moreRecipients: Math.max(0, recipients.length - (NAMED - 1)),
    recipientKinds: named.length === 0 && others.length === 0 && kinds.length > 0,
    mixedRecipients: [named, kinds, others].filter((list) => list.length > 0).length > 1 || (named.length === 0 && others.length > 0),
    // Disclosures that name no recipient (to authorities, other users, a buyer) are not in the list:
    // the point says there are more, so it never reads as the whole (the Matrix.org review).
    otherDisclosures: !none && (policy.disclosures ?? []).some((d) => (d.recipients ?? []).length === 0),
    noSale: sale?.sells === false,
    sells: sale?.sells === true,
    sharesForAds: sale?.shares_for_advertising === true,
    hedged: sale?.may_be_considered === true,
    rightsVary: rightsVary(rights),
    ...(first === undefined
      ? {}
      : {
          retention: {
            data:
              first.label === undefined
                ? proseList(names(first.data_categories).map((name) => lowerName(name, properNames(model.source))))
                : lowerName(first.label, properNames(model.source)),
            period: first.period,
            ...(first.up_to === undefined ? {} : { up_to: first.up_to }),
            ...(first.until === undefined ? {} : { until: first.until }),
            ...(first.start === undefined ? {} : { start: first.start }),
            more: retention.rows.length - 1,
            unstated: retention.unstated.length,
          },
        }),
    rights: rightLabels.slice(0, NAMED).map((label) => words().rightInList(label)),
    moreRights: Math.max(0, rightLabels.length - NAMED),
    anchors: {},
  };
}

function otherControllerView(c: OtherControllerModel, productNames: (scope: readonly string[] | undefined) => string[]): OtherControllerView {
  return {
    ...c.entry,
    regionNames: c.regions.map(regionInSentence),
    exceptRegionNames: c.exceptRegions.map(regionInSentence),
    audienceNames: c.audiences.map((audience) => inSentence(audienceName(audience))),
    productNames: productNames(c.entry.products),
  };
}

function lawViews(model: PolicyModel): Pick<ClauseContext, 'breachLaw' | 'lawText' | 'automatedDecisionsCitation' | 'representatives'> {
  const breachLaws = model.laws.filter((law) => LAWS[law].breach !== undefined);
  const first = breachLaws[0];
  const breach = first === undefined ? undefined : LAWS[first].breach;
  const text = words().law.laws;
  const lawText = Object.fromEntries(
    LAW_ORDER.map((law) => [law, { name: text[law].name, short: text[law].short, under: text[law].under ?? `under ${text[law].short}` }]),
  ) as ClauseContext['lawText'];
  return {
    ...(breach === undefined
      ? {}
      : {
          breachLaw: {
            laws: joinList(breachLaws.map((law) => text[law].short)),
            count: breachLaws.length,
            authorityWithin: durationInWords(breach.authority.max),
            authorityCitation: citeEach(breachLaws, (law) => LAWS[law].breach?.authority.provision),
            individualsCitation: citeEach(breachLaws, (law) => LAWS[law].breach?.individuals),
          },
        }),
    lawText,
    automatedDecisionsCitation: citeEach(model.laws, (law) => LAWS[law].automatedDecisions),
    representatives: (model.source.controller.representatives ?? []).flatMap((r) => {
      const representative = LAWS[r.jurisdiction].representative;
      return representative === undefined
        ? []
        : [{ ...r, region: text[r.jurisdiction].representativeRegion ?? representative.region, citation: cite(r.jurisdiction, representative.provision) }];
    }),
  };
}

function transfersView(model: PolicyModel, processors: readonly SubprocessorView[]): TransfersView {
  const regions = model.transferLaws.map((law) => lawRegion(law));
  const outside = processors.filter((s) => s.outside);
  return {
    outside,
    allOutside: processors.length > 1 && outside.length === processors.length,
    eachSafeguarded: outside.every((s) => s.safeguarded),
    outsideCountries: [...new Set(outside.flatMap((s) => s.outsideLocations))],
    regionAnd: joinList(regions),
    regionOfAnd: joinList(model.transferLaws.map((law) => lawRegionOf(law))),
    regionOr: joinList(regions, 'or'),
    regionShort: model.transferLaws.map((law) => words().law.regionShort[law]).join('/'),
    laws: model.transferLaws,
    grounds: transferGrounds(model),
    adequacy: adequacySentences(model),
    present: model.source.transfers !== undefined || outside.length > 0,
  };
}

/** The model's transfer grounds, each with its laws' regions and abbreviations in the language being written. */
function transferGrounds(model: PolicyModel): TransferGround[] {
  return model.transferGrounds.map(({ laws, mechanisms }, index) => ({
    region: joinList(
      laws.map((law) => lawRegion(law)),
      'or',
    ),
    regionOf: joinList(
      laws.map((law) => lawRegionOf(law)),
      'or',
    ),
    mechanisms: [...mechanisms],
    citation: joinList(laws.map((law) => words().law.laws[law].abbreviation)),
    also: index > 0,
  }));
}

/** Providers with more to say than a table cell holds. */
function noted(s: SubprocessorView): boolean {
  return s.note !== undefined || s.trainingShown;
}

/**
 * The providers grouped by the products they work for, those of every product first, then each
 * set of products in the order the file first names it; empty when every provider works for all.
 */
function providerGroups(processors: readonly SubprocessorView[]): ProviderGroup[] {
  if (processors.every((s) => s.productNames.length === 0)) return [];
  const groups = new Map<string, ProviderGroup>();
  for (const s of [...processors.filter((p) => p.productNames.length === 0), ...processors.filter((p) => p.productNames.length > 0)]) {
    const key = JSON.stringify(s.productNames);
    const group = groups.get(key) ?? { productNames: s.productNames, processors: [], noted: [] };
    group.processors.push(s);
    if (noted(s)) group.noted.push(s);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function collectionView(
  collected: readonly DataCategory[],
  onDevice: readonly DataCategory[],
  productNames: (scope: readonly string[] | undefined) => string[],
): { collection: CategoryGroup[]; collectionBySource: boolean; onDevice: CategoryView[]; deviceData: boolean } {
  const groups = SOURCE_ORDER.map((source) => ({
    source,
    categories: collected
      .filter((c) => (c.source ?? 'unspecified') === source)
      .map((c) => ({
        ...c,
        hasDetails: Boolean(c.examples?.length || c.description || c.source_detail || c.optional || c.sensitive || c.note || c.products),
        productNames: productNames(c.products),
      })),
  })).filter((g) => g.categories.length > 0);
  return {
    collection: groups,
    collectionBySource: groups.length > 1 || (groups.length === 1 && groups[0]?.source !== 'unspecified'),
    // Shown with what it is, never with a source, an "optional to give us" or "we treat it as": we never receive it.
    onDevice: onDevice.map((c) => ({
      ...c,
      hasDetails: Boolean(c.examples?.length || c.description || c.note || c.products),
      productNames: productNames(c.products),
    })),
    deviceData: onDevice.length > 0,
  };
}

/**
 * Each basis with the purposes that rest on it; a purpose that rests on several is listed under
 * each. What the purpose rests on besides Art. 6 (a national provision, an Art. 9 condition) is
 * said once, under its first basis, so that it does not read as a second provision per basis.
 */
function basisGroups(purposes: readonly PurposeView[]): BasisGroup[] {
  return LAWFUL_BASIS_ORDER.map((basis) => {
    const under = purposes
      .filter((p) => restsOn(p, basis))
      .map((p) => (lawfulBases(p)[0] === basis ? p : { ...p, national_basis: undefined, specialCondition: undefined }));
    return { basis, purposes: under, detailed: under.some((p) => basisDetail(p, basis)) };
  }).filter((group) => group.purposes.length > 0);
}

/** Whether a purpose has something to say under `basis` beyond its name. */
function basisDetail(purpose: PurposeView, basis: LawfulBasis): boolean {
  if (purpose.national_basis !== undefined || purpose.specialCondition !== undefined) return true;
  switch (basis) {
    case 'consent':
      return purpose.consent?.how_given !== undefined || purpose.consent?.withdraw !== undefined;
    case 'legal_obligation':
      return purpose.legal_obligation !== undefined;
    case 'legitimate_interests':
      return purpose.legitimate_interest !== undefined;
    default:
      return false;
  }
}

/** Ungrouped purposes first, then each group in the order it first appears. */
function purposeGroups(purposes: readonly PurposeView[]): PurposeGroup[] {
  const groups: PurposeGroup[] = [];
  const ungrouped = purposes.filter((p) => p.group === undefined);
  if (ungrouped.length > 0) groups.push({ purposes: ungrouped });
  for (const purpose of purposes) {
    if (purpose.group === undefined) continue;
    const existing = groups.find((g) => g.heading === purpose.group);
    if (existing) existing.purposes.push(purpose);
    else groups.push({ heading: purpose.group, purposes: [purpose] });
  }
  return groups;
}

function retentionView(
  entries: readonly RetentionEntry[],
  names: (ids: readonly string[]) => string[],
  productNames: (scope: readonly string[] | undefined) => string[],
  collected: readonly DataCategory[],
  proper: ProperNames,
): RetentionView {
  const rows = entries.map((entry) => {
    const otherwise = entry.by_plan !== undefined && entry.by_plan.length > 0 && entry.by_plan.every((p) => p.period !== entry.period);
    return {
      ...entry,
      data: entry.label ?? proseList(names(entry.data_categories)),
      productNames: productNames(entry.products),
      otherProducts: false,
      otherwise,
      hasDetails: Boolean(entry.backups || entry.then || entry.deletion_stages),
      // Each stage counts from the end of the one before (the first from deletion).
      stagesTotal:
        entry.deletion_stages !== undefined && entry.deletion_stages.length > 1 ? sumDurations(entry.deletion_stages.map((stage) => stage.within)) : undefined,
    };
  });
  rows.forEach((row, index) => (row.otherProducts = productNames(retentionOverriddenFor(entries, index)).length > 0));
  const kept = new Set(entries.flatMap((entry) => entry.data_categories));
  const unstatedCategories = collected.filter((category) => !kept.has(category.id));
  const unstated = unstatedCategories.map((category) => lowerName(category.name, proper));
  return { rows, table: rows.length > 1, hasDetails: rows.some((r) => r.hasDetails), complete: unstated.length === 0, unstated, unstatedCategories };
}

/** "right of access (Art. 15)". */
function withReference(name: string, reference: string): string {
  return reference === '' ? name : `${name} (${reference})`;
}

function rightsView(model: PolicyModel, pd: string): RightsView {
  const rights = model.source.rights;
  if (rights === undefined)
    return {
      present: false,
      everyone: [],
      groups: [],
      otherInstructions: [],
      listed: false,
      furtherByLaw: false,
      furtherRights: [],
      unlistedUnder: '',
      complaintListed: false,
      objectToMarketing: false,
    };
  const instructions = rights.instructions ?? {};
  const limits = rights.limits ?? {};
  /**
   * A right under `law`, in that law's words, with its provision. A right listed for everyone is
   * the company's promise, wherever the person lives: it cites no law (a law binds only where it
   * applies) and is explained without a law's conditions, which each law's group states. One that
   * no declared law grants is the company's alone: with its instructions, those are its whole
   * description, since any explanation would state what nothing here makes it mean.
   */
  const item = (right: Right, term: string, reference: string, law: RightsLawId | 'promise' | undefined): RightItem => {
    const instruction = instructions[right];
    const statement = law === undefined || law === 'promise' ? undefined : rightStatement(right, term, law);
    return {
      right,
      pd: term,
      label: rightLabel(right),
      reference,
      ...(statement === undefined ? { explanation: rightExplanation(right, term, law) } : { statement }),
      ...(instruction === undefined ? {} : { instruction }),
    };
  };
  const promised = (right: Right): RightItem => {
    const { explanation, ...promise } = item(right, pd, '', 'promise');
    const limit = limits[right];
    const granted = model.laws.some((law) => law !== 'coppa' && grantsRight(law, right));
    return {
      ...promise,
      ...(!granted && promise.instruction !== undefined ? {} : { explanation }),
      ...(limit === undefined ? {} : { limit }),
    };
  };
  const everyoneRights = rights.everyone ?? [];
  // A right promised to everyone is told once, above; a law's list names it again only where the law
  // words it as a protection of its own (Art. 22), which the promise does not say.
  const listed = (granted: readonly Right[], law: RightsLawId): Right[] =>
    granted.filter((r) => !everyoneRights.includes(r) || rightStatement(r, pd, law) !== undefined);
  // Laws whose lists read the same (the same rights, times and channels, each right in the same
  // words) share one list; the CCPA always has its own, since its rights are different ones.
  const sets: Array<{ laws: RightsJurisdiction[]; terms: JurisdictionRights }> = [];
  for (const law of RIGHTS_LAWS) {
    const terms = rights[law];
    if (terms === undefined || !model.jurisdictions.has(law)) continue;
    const same =
      law === 'ccpa'
        ? undefined
        : sets.find(
            (set) =>
              set.laws[0] !== 'ccpa' &&
              sameTerms(set.terms, terms) &&
              listed(terms.rights, law).every((r) => rightReadsAlike(r, set.laws[0] as RightsLawId, law)),
          );
    if (same) same.laws.push(law);
    else sets.push({ laws: [law], terms });
  }
  const home = establishment(model.source);
  const groups: RightsGroup[] = sets.map(({ laws, terms }) => {
    const homeLaw = home === undefined ? undefined : laws.find((law) => law !== 'ccpa' && establishedUnder(law, home));
    const term = laws[0] === 'ccpa' ? words().personalInformation : pd;
    const named = laws.includes('swiss_fadp') && laws.length > 1;
    const complaints = laws.flatMap((law): Complaint[] => {
      const authority = rights[law]?.authority;
      const infringes = complaintCondition(law);
      // "Or the authority where you live" is the GDPR's (Art. 77(1)); the UK GDPR and the FADP have one authority.
      if (authority) return [{ law, ...authority, ...(law === 'gdpr' ? {} : { local: false }), ...infringes }];
      // CCPA complaints go to the Attorney General or the CPPA only if the company names them.
      if (!rights[law]?.rights.includes('complaint') || law === 'ccpa') return [];
      const byLaw = LAWS[law].complaintAuthority;
      if (byLaw === undefined) return [{ law, ...infringes }];
      return [{ law, name: lawPhrase(words().law.laws[law].authority ?? byLaw.name, [provisionId(law, byLaw.provision)]), url: byLaw.url, ...infringes }];
    });
    // Whatever the file's list for this law names: the law grants what it grants. By the right's
    // own provision only: the CCPA's right to know, the same as access, has its own item here.
    const alsoAbove = everyoneRights
      .filter((r) => laws.some((law) => RIGHTS[r].provisions[law] !== undefined) && !listed([r], laws[0] as RightsLawId).includes(r))
      .map((r) => withReference(words().rightInList(lowerName(rightLabel(r))), rightReferences(r, laws, named)));
    return {
      laws,
      merged: laws.length > 1,
      regions: homeLaw !== undefined ? [] : laws.flatMap((law) => (law === 'ccpa' ? [] : [lawRegion(law)])),
      ...(home === undefined || homeLaw === undefined ? {} : { home: localCountryInSentence(home), homeLaw: lawShortName(homeLaw) }),
      lawTitle: rightsLawTitle(laws),
      lawShort: joinList(laws.map(lawShortName)),
      lawUnder: lawsUnder(laws),
      lawUnderTitle: lawsUnderTitle(laws),
      rights: listed(terms.rights, laws[0] as RightsLawId).map((r) => item(r, term, rightReferences(r, laws, named), laws[0])),
      // The general response time is stated once, under "How to exercise your rights".
      ...(terms.response_time === undefined || terms.response_time === rights.response_time ? {} : { responseTime: terms.response_time }),
      ...(terms.in_app === undefined ? {} : { inApp: terms.in_app }),
      ...(terms.subject_line === undefined ? {} : { subjectLine: terms.subject_line }),
      complaints: regionalComplaints(laws.length > 1, complaints),
      agentsByLaw: rights.authorized_agents === undefined && laws.some((law) => LAWS[law].authorizedAgents !== undefined),
      alsoAbove,
      alsoAboveOne: alsoAbove.length === 1,
    };
  });
  const everyone = everyoneRights.map(promised);
  const named = new Set<string>([...everyone.map((r) => r.right), ...groups.flatMap((g) => g.rights.map((r) => r.right))]);
  const otherInstructions = Object.keys(instructions)
    .filter((r) => !named.has(r))
    .sort()
    .map((r) => item(r as Right, pd, '', undefined));
  const verification = verificationView(rights.verification);
  const furtherRights = (['gdpr', 'uk_gdpr', 'swiss_fadp'] as const)
    .filter((law) => model.jurisdictions.has(law) && rights[law] === undefined && rights.same_for_everyone !== true)
    .map((law) => ({ law, rights: NOTICE_RIGHTS[law].filter((r) => !everyoneRights.includes(r)) }))
    .filter((further) => further.rights.length > 0);
  const furtherByLaw =
    furtherRights.length === 0
      ? false
      : furtherRights.every(({ law }) => home !== undefined && establishedUnder(law, home))
        ? ('always' as const)
        : ('place' as const);
  const marketing = marketingObjectionView(model);
  return {
    present: true,
    everyone,
    groups,
    otherInstructions,
    listed: named.size > 0,
    furtherByLaw,
    furtherRights,
    unlistedUnder: furtherRights.length === 0 ? '' : lawsUnder(furtherRights.map(({ law }) => law)),
    complaintListed: named.has('complaint') || groups.some((g) => g.complaints.length > 0),
    ...(verification === undefined ? {} : { verification }),
    objectToMarketing: marketing !== undefined,
    ...(marketing === undefined ? {} : { marketing }),
  };
}

function marketingObjectionView(model: PolicyModel): MarketingObjectionView | undefined {
  const objection = model.marketingObjection;
  if (objection === undefined) return undefined;
  // Laws that number the right alike are cited together, each marked for --explain.
  const byProvision = new Map<string, RightsLawId[]>();
  for (const law of objection.laws) {
    const provision = LAWS[law].directMarketingObjection;
    if (provision !== undefined && law !== 'coppa') byProvision.set(provision, [...(byProvision.get(provision) ?? []), law]);
  }
  const citation = [...byProvision]
    .map(([provision, laws]) =>
      lawPhrase(
        citeAll(laws, provision),
        laws.map((law) => provisionId(law, provision)),
      ),
    )
    .join(words().semicolon);
  return { citation, purposes: objection.purposes, optOuts: objection.purposes.some((p) => marketingOptOut(p) !== undefined) };
}

/**
 * Some right is listed only under a law that covers people by where they are. A law that covers
 * them wherever they are (the controller is established under it) does not vary by place, nor does
 * a right that such a law, or the company for everyone, also gives (the Matrix.org review: a UK
 * company's GDPR list repeats its UK GDPR list).
 */
function rightsVary(rights: RightsView): 'some' | 'all' | false {
  // A right and the words a law states it in: the GDPR's Art. 22 is not the UK GDPR's Art. 22C.
  const key = (item: RightItem): string => `${item.right}|${item.statement ?? ''}`;
  const everywhere = new Set<string>([...rights.everyone.map(key), ...rights.groups.filter((g) => g.home !== undefined).flatMap((g) => g.rights.map(key))]);
  const varies = rights.groups.some((g) => g.home === undefined && g.rights.some((r) => !everywhere.has(key(r))));
  if (!varies) return false;
  return everywhere.size === 0 ? 'all' : 'some';
}

/** In a list for several laws, say which authority is whose, unless all are "where you live". */
function regionalComplaints(merged: boolean, complaints: Complaint[]): Complaint[] {
  if (!merged) return complaints;
  if (complaints.every((c) => c.name === undefined)) return complaints.slice(0, 1);
  return complaints.map((c) => (c.law === 'ccpa' ? c : { ...c, region: lawRegion(c.law) }));
}

/** Lists for several laws can be shown as one when everything but the authority is the same. */
function sameTerms(a: JurisdictionRights | undefined, b: JurisdictionRights): boolean {
  if (a === undefined) return false;
  const rights = (r: JurisdictionRights): string => [...r.rights].sort().join(',');
  return rights(a) === rights(b) && a.response_time === b.response_time && a.in_app === b.in_app && a.subject_line === b.subject_line;
}
