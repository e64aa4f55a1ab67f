import type { GermanCase, OrganisationCase } from './german.js';
import type { LanguageCode } from './language-codes.js';
import type { LawId, LawfulBasis, Right, RightsLawId, ToolNames, TransferLawId, TransferMechanism } from '../law/types.js';
import type { ChangeChannel } from '../render/helpers/changes.js';
import type { Audience, RetentionKeyword, SpecialCategoryCondition } from '../model/policy.generated.js';
import type { Topic } from '../diff/types.js';
import type { CcpaCategoryId } from '../law/ccpa-categories.js';
import type { NoticePhrases } from './phrases/en.js';

/**
 * Every word policyc's code (not its clauses) writes into a policy, in one language: the words
 * helpers, the view and the page use. Clauses live in `clauses/<lang>/`; this is the rest. A
 * language is one catalog plus one clause pack, listed once in ./languages.ts.
 */
export interface Catalog {
  /** BCP 47 tag, as `<html lang>` and `hreflang` take it. */
  code: LanguageCode;
  /** The language's own name, for the language switch: "Deutsch". */
  name: string;
  /** "and" and "or" as they join the last two items of a list. */
  and: string;
  or: string;
  /**
   * Whether a list whose items hold commas or conjunctions puts a separator before its last
   * conjunction too ("A, Inc.; B, Inc.; and C"): English does, German and French never do.
   */
  serialComma: boolean;
  /** The preposition of `under` forms, said once when several laws follow it: "nach der DSGVO, der UK GDPR und dem nDSG". */
  underPreposition: string;
  /** Between list items that hold commas, and between citations: "; ", French " ; ". */
  semicolon: string;
  /** A list item contains its own conjunction: separate the last item with a comma too. */
  hasConjunction: RegExp;
  /**
   * A phrase that is a subordinate clause ("indem Sie …", "wenn …"), which German sets off with a
   * comma from the sentence it completes; absent where the language needs none.
   */
  subordinateClause?: RegExp;
  /**
   * A preposition before a phrase, where the language joins the two ("à les pratiques" is
   * "aux pratiques" in French); absent where it never does, and the two are written apart.
   */
  withPreposition?(preposition: string, phrase: string): string;
  /**
   * A product's name with the article its case asks for, where the language writes one before a
   * common noun ("der Pocket-Anwendung"); absent where names stand bare.
   */
  withArticle?(name: string, grammaticalCase: GermanCase): string;
  /**
   * A company's or organisation's name with the article its case asks for, where the language
   * writes one before a name that ends in a legal form or an organisational noun ("die Internet
   * Security Research Group"); absent where such names stand bare.
   */
  withOrganisationArticle?(name: string, grammaticalCase: OrganisationCase): string;
  /** A phrase that starts with an article or possessive, capitalised at the start of a sentence. */
  articleStart: RegExp;
  /** An institution's name in running text ("the Information Commissioner's Office"). */
  institution(name: string): string;
  /**
   * A name written as a heading ("Session recordings") as it reads inside a sentence. English
   * lower-cases a plain capitalised first word; German keeps nouns capitalised.
   */
  inSentence(name: string): string;
  /** Names of one capitalised word ("Communications") are lower-cased inside a sentence. */
  lowerCaseNames: boolean;
  /** A right's label as an item of a list in running text: "das Recht auf Auskunft", "le droit d’accès". */
  rightInList(label: string): string;
  /**
   * The CLDR locales whose dates (by the policy's `date_style`) and lists ("A, B and C") the
   * catalog's own words must equal: tests/unit/i18n/intl.test.ts checks them against Intl on each
   * Node. policyc does not ask Intl at run time (src/render/helpers/date.ts).
   */
  intl: { date(style: 'long_us' | 'long_intl'): string; list: string };
  /** The day of a date as the language writes it where CLDR differs ("1er" in French); the number otherwise. */
  day?(day: number): string;
  /**
   * A date after the preposition its place asks for, the date already written: "on 3 April 2026"
   * but "in April 2026" (a policy dated by the month), „ab dem 1. April“ but „ab April 2026“,
   * « à compter du 1er avril » but « à compter d’avril 2026 ».
   */
  dateAfter(preposition: DatePreposition, date: string, monthOnly: boolean): string;
  /** The twelve month names. */
  months: readonly string[];
  /** A long date, as CLDR writes it in the locale of `intl.date(style)` but for `day`. */
  longDate(day: number, month: string, year: string, style: 'long_us' | 'long_intl'): string;
  /**
   * "90 days", "1 year" for one unit of a duration, in the case its place in the sentence asks
   * for where the language declines it (German: "innerhalb von 30 Tagen", "30 Tage vor").
   */
  durationUnit(count: number, unit: DurationUnit, form: DurationCase): string;
  /** A duration of no time. */
  noTime: string;
  /** Retention periods, worded to follow "We keep it …". */
  retention: {
    keywords: Readonly<Record<RetentionKeyword, string>>;
    duration(words: string, upTo: boolean): string;
    durationOrUntil(duration: string, until: string): string;
    until(until: string): string;
  };
  /** How a change is announced, worded to follow "we will tell you …"; `service` undefined when the policy names none. */
  /** `alone`: the only channel named, so `other` has nothing to be other than (the Matrix.org review). */
  changeChannel(channel: ChangeChannel, service: string | undefined, alone: boolean): string;
  /**
   * What the policy covers when it names no product or service (`policy.service`): "our services",
   * as the subject or object of a sentence. A company's name is not a service ("to run Acme GmbH").
   */
  ourServices: string;
  /** The law's term for the data a policy is about. */
  personalData: string;
  /** The CCPA's term. */
  personalInformation: string;
  /** Country names by ISO 3166-1 alpha-2 code (generated from CLDR, never the runtime's ICU). */
  countries: Readonly<Record<string, string>>;
  /** A country as it reads inside a sentence ("the United States"), from its name. */
  countryInSentence(code: string, name: string): string;
  /** How a provision is written in this language: "Art. 6(1)(a)" → "Art. 6 Abs. 1 lit. a". */
  provision(provision: string): string;
  /**
   * The language's own typography, applied to a rendered document after the citations are held
   * together (src/render/typography.ts): no-break spaces inside its citation forms and, in French,
   * before « : ; ! ? » and inside « ». Absent where the language needs nothing more.
   */
  typography?: (markdown: string) => string;
  /** The law base's names in this language. */
  law: LawText;
  /** The words of a change notice around the changes (`policyc diff --lang`). */
  notice: NoticeWords;
  /** The page's own words. */
  page: {
    title: string;
    contents: string;
    skipContents: string;
    backToContents: string;
    print: string;
    keyPoints: string;
    languages: string;
    /** What a table cell says, in every format, when the file does not state its value (not-stated.ts). */
    notStated: string;
  };
  /** The name of each kind of group a policy covers, as a heading ("Job applicants"); `other` groups name themselves. */
  audiences: Readonly<Record<Audience['kind'], string>>;
}

export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/**
 * The case a duration stands in: the dative after a preposition that governs it ("innerhalb von",
 * "bis zu"), the default; the accusative for a span of time measured on its own ("30 Tage vor …",
 * "bis zu 90 Tage lang", a table cell). Languages that do not decline nouns ignore it.
 */
export type DurationCase = 'dative' | 'accusative';

/** The law base's words in one language; the facts (provisions, deadlines) stay in src/law. */
export interface LawText {
  laws: Readonly<
    Record<
      LawId,
      {
        name: string;
        short: string;
        /** "under the GDPR" as it reads in this language, where its article changes with the case: "nach der DSGVO". */
        under?: string;
        /** The same with the law's full name, where a rights list introduces a law readers may not know (the FADP, the CCPA). */
        underFull?: string;
        abbreviation: string;
        /** `{p}` is the provision. */
        citation: string;
        region?: string;
        /**
         * The region as it follows "outside" or "out of", where the language declines it: "des
         * Europäischen Wirtschaftsraums" (after "außerhalb"), "de l’Espace économique européen"
         * (after "hors" and "en dehors"). English reads `region`.
         */
        regionOf?: string;
        representativeRegion?: string;
        /** The laws a legal obligation is laid down by (LawEntry.obligationLaw), each completing "where … requires us to", in the language's case for it. */
        obligationLaws?: readonly string[];
        /** The sentences on adequacy decisions (LawEntry.adequacyNotice), `{countries}` as `countryInSentence` writes them. */
        adequacy?: { none: string; certifiedOnly: string };
        /** "infringes the GDPR", completing "if you consider that our processing of your personal data …" (Art. 77(1)). */
        infringes?: string;
        /** The law's own complaint authority (LawEntry.complaintAuthority), named as a label: "Information Commissioner's Office (ICO)". */
        authority?: string;
      }
    >
  >;
  /** "Data Protection Ordinance", the source of the FADP's response time. */
  deadlineSources: Readonly<Record<string, string>>;
  /**
   * Each right's label and what it lets a person do; `under` a law whose right differs in substance;
   * `promise` the right as a company promises it to everyone, without a law's conditions (src/law/rights.ts).
   */
  rights: Readonly<
    Record<
      Right,
      { label: string; explanation: string; under?: Partial<Record<RightsLawId, string>>; promise?: string; statements?: Partial<Record<RightsLawId, string>> }
    >
  >;
  lawfulBases: Readonly<Record<LawfulBasis, string>>;
  /** The Art. 9(2) conditions for special categories, each completing "we rely on …". */
  specialCategoryConditions: Readonly<Record<SpecialCategoryCondition, string>>;
  /** Each transfer tool's names; `namesByLaws` as src/law/transfers.ts gives them in English, keyed by the sorted transfer laws. */
  transferTools: Readonly<Record<TransferMechanism, ToolNames & { namesByLaws?: Readonly<Record<string, ToolNames>> }>>;
  /** The CCPA's categories of personal information (Cal. Civ. Code § 1798.140(v)), as a row heading. */
  ccpaCategories: Readonly<Record<CcpaCategoryId, string>>;
  /** For a table cell: "EEA", "UK". */
  regionShort: Readonly<Record<TransferLawId, string>>;
}

/** A change notice's own words. */
export interface NoticeWords {
  subject(company: string, date: WrittenDate): string;
  /** The subject for a policy whose title names the company or the service ("Firefox Privacy Notice"). */
  subjectTitled(title: string, date: WrittenDate): string;
  intro(service: string, date: WrittenDate): string;
  /** After the intro, when nothing but the date changed, or only the wording. */
  onlyDate: string;
  onlyWording: string;
  continuedUse(service: string, date: WrittenDate): string;
  /** Before the policy's address and the privacy address, each followed by the link and a full stop. */
  readAt: string;
  questions: string;
  summaryHeading: string;
  topics: Readonly<Record<Topic, string>>;
  /** The "In short" sentence of each kind of change (src/diff/notice/gists.ts has the English). */
  gists: Gists;
  /**
   * Every other sentence of a notice: each change as the diff checks word it, the warning to the
   * sender, the redline's heading (src/i18n/phrases/<lang>.ts; the English one is the type).
   */
  phrases: NoticePhrases;
}

/**
 * A notice's summary sentences by kind, once for one change and once for several (`{n}` is the
 * number). They hold no value from the policy, so each reads as a sentence in any language.
 */
export type Gists = Readonly<Record<string, readonly [one: string, several: string]>>;

/** Where a date stands in a sentence: the day something happens, the day from which, until which, after which. */
export type DatePreposition = 'on' | 'from' | 'until' | 'after';

/** The notice's effective date, bare or after a preposition, in the policy's date style. */
export type WrittenDate = (preposition?: DatePreposition) => string;
