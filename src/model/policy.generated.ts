/* Generated from schema/privacy.schema.json by `npm run gen` (scripts/gen-types.mjs). Do not edit. */

/**
 * Plain text. It is printed literally: Markdown, HTML and template syntax are shown as typed.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A web address starting with https:// or http://, without a user name or password.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * A calendar date, YYYY-MM-DD, in the years 1900 to 2199.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "iso_date".
 */
export type IsoDate = string;
/**
 * A privacy law: gdpr (EU/EEA GDPR), uk_gdpr (UK GDPR and DPA 2018), swiss_fadp (Swiss FADP), ccpa (California CCPA as amended by CPRA), coppa (US Children's Online Privacy Protection Act).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "jurisdiction".
 */
export type Jurisdiction = 'gdpr' | 'uk_gdpr' | 'swiss_fadp' | 'ccpa' | 'coppa';
/**
 * An email address, name@example.com, without '?', '&' or '%'.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string;
/**
 * An ISO 3166-1 alpha-2 country code (upper case), or EU for the European Union as a whole.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "country".
 */
export type Country = string;
/**
 * Where people live: EEA (the European Economic Area: the EU, Iceland, Liechtenstein and Norway), or an ISO 3166-1 alpha-2 country code (GB for the United Kingdom, CH for Switzerland).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "region".
 */
export type Region = string;
/**
 * The groups of people (from `audiences.covered`) whose personal data an entry concerns: each an audience's `id`, or its `kind` when only one covered group has that kind. The record of processing activities lists them as the categories of data subjects (GDPR Art. 30(1)(c)).
 *
 * @minItems 1
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "audience_scope".
 */
export type AudienceScope = [Id, ...Id[]];
/**
 * A short identifier: up to 64 lower-case letters, digits, '_' and '-', starting with a letter.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * Product ids from the top-level `products` list: the products an entry applies to. Leave it out when it applies to all of them.
 *
 * @minItems 1
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "product_scope".
 */
export type ProductScope = [Id, ...Id[]];
/**
 * A category of personal information as the CCPA lists them in Cal. Civ. Code 1798.140(v)(1)(A)–(K): identifiers (A: a name, alias, postal address, online identifier, IP address, email address, account name, government ID number), customer_records (B: the records of 1798.80(e), such as a signature, telephone number, bank account or card number), protected_classifications (C: characteristics of protected classifications under California or federal law, such as age, sex or marital status), commercial (D: records of products or services purchased, obtained or considered, purchasing histories), biometric (E), internet_activity (F: browsing and search history, interaction with a website, application or advertisement), geolocation (G), sensory (H: audio, electronic, visual, thermal, olfactory or similar information), professional (I: professional or employment-related information), education (J: non-public education information under FERPA), inferences (K: inferences drawn to create a profile of preferences, characteristics or behaviour). Sensitive personal information (L, 1798.140(ae)) is not listed here: mark the data category sensitive.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "ccpa_category".
 */
export type CcpaCategory =
  | 'identifiers'
  | 'customer_records'
  | 'protected_classifications'
  | 'commercial'
  | 'biometric'
  | 'internet_activity'
  | 'geolocation'
  | 'sensory'
  | 'professional'
  | 'education'
  | 'inferences';
/**
 * One of Apple's App Store data types (App Privacy details): name, email_address, phone_number, physical_address, other_contact_info, health, fitness, payment_information, credit_and_fraud, other_financial_info, precise_location, coarse_location, sensitive_info, contacts, emails_or_text_messages, photos_or_videos, audio, gameplay_content, customer_support, other_user_content, browsing_history, search_history, user_id, device_id, purchase_history, product_interaction, advertising_data, other_usage_data, crash_data, performance_data, other_diagnostic_data, other_data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "apple_data_type".
 */
export type AppleDataType =
  | 'name'
  | 'email_address'
  | 'phone_number'
  | 'physical_address'
  | 'other_contact_info'
  | 'health'
  | 'fitness'
  | 'payment_information'
  | 'credit_and_fraud'
  | 'other_financial_info'
  | 'precise_location'
  | 'coarse_location'
  | 'sensitive_info'
  | 'contacts'
  | 'emails_or_text_messages'
  | 'photos_or_videos'
  | 'audio'
  | 'gameplay_content'
  | 'customer_support'
  | 'other_user_content'
  | 'browsing_history'
  | 'search_history'
  | 'user_id'
  | 'device_id'
  | 'purchase_history'
  | 'product_interaction'
  | 'advertising_data'
  | 'other_usage_data'
  | 'crash_data'
  | 'performance_data'
  | 'other_diagnostic_data'
  | 'other_data';
/**
 * One of Google Play's Data safety data types: name, email_address, user_ids, address, phone_number, race_and_ethnicity, political_or_religious_beliefs, sexual_orientation, other_personal_info, user_payment_info, purchase_history, credit_score, other_financial_info, approximate_location, precise_location, web_browsing_history, emails, sms_or_mms, other_in_app_messages, photos, videos, voice_or_sound_recordings, music_files, other_audio_files, health_info, fitness_info, contacts, calendar_events, crash_logs, diagnostics, other_app_performance_data, files_and_docs, app_interactions, in_app_search_history, installed_apps, other_user_generated_content, other_actions, device_or_other_ids.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "google_data_type".
 */
export type GoogleDataType =
  | 'name'
  | 'email_address'
  | 'user_ids'
  | 'address'
  | 'phone_number'
  | 'race_and_ethnicity'
  | 'political_or_religious_beliefs'
  | 'sexual_orientation'
  | 'other_personal_info'
  | 'user_payment_info'
  | 'purchase_history'
  | 'credit_score'
  | 'other_financial_info'
  | 'approximate_location'
  | 'precise_location'
  | 'web_browsing_history'
  | 'emails'
  | 'sms_or_mms'
  | 'other_in_app_messages'
  | 'photos'
  | 'videos'
  | 'voice_or_sound_recordings'
  | 'music_files'
  | 'other_audio_files'
  | 'health_info'
  | 'fitness_info'
  | 'contacts'
  | 'calendar_events'
  | 'crash_logs'
  | 'diagnostics'
  | 'other_app_performance_data'
  | 'files_and_docs'
  | 'app_interactions'
  | 'in_app_search_history'
  | 'installed_apps'
  | 'other_user_generated_content'
  | 'other_actions'
  | 'device_or_other_ids';
/**
 * One of Google Play's Data safety purposes: app_functionality, analytics, developer_communications, fraud_prevention_security, advertising, personalization, account_management.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "google_purpose".
 */
export type GooglePurpose =
  | 'app_functionality'
  | 'analytics'
  | 'developer_communications'
  | 'fraud_prevention_security'
  | 'advertising'
  | 'personalization'
  | 'account_management';
/**
 * A lawful basis under GDPR Art. 6(1): (a) consent, (b) contract, (c) legal_obligation, (d) vital_interests, (e) public_task, (f) legitimate_interests.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "lawful_basis".
 */
export type LawfulBasis =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interests'
  | 'public_task'
  | 'legitimate_interests';
/**
 * A list of data-category ids.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "id_list".
 */
export type IdList = Id[];
/**
 * The condition of GDPR Art. 9(2) that lets a purpose use special categories of personal data (health, biometrics, beliefs and the others of Art. 9(1)): explicit_consent (a), employment (b, employment and social security law), vital_interests (c), not_for_profit (d), made_public (e, data the person manifestly made public), legal_claims (f), substantial_public_interest (g), health_care (h), public_health (i), archiving_research (j, archiving, research or statistics).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "special_category_condition".
 */
export type SpecialCategoryCondition =
  | 'explicit_consent'
  | 'employment'
  | 'vital_interests'
  | 'not_for_profit'
  | 'made_public'
  | 'legal_claims'
  | 'substantial_public_interest'
  | 'health_care'
  | 'public_health'
  | 'archiving_research';
/**
 * One of Apple's App Store purposes: third_party_advertising, developers_advertising, analytics, product_personalization, app_functionality, other_purposes.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "apple_purpose".
 */
export type ApplePurpose =
  | 'third_party_advertising'
  | 'developers_advertising'
  | 'analytics'
  | 'product_personalization'
  | 'app_functionality'
  | 'other_purposes';
/**
 * One country code or a list of them.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "countries".
 */
export type Countries = Country | [Country, ...Country[]];
/**
 * The ground for a transfer out of the EEA, the UK or Switzerland: adequacy (an adequacy decision for the country; under the FADP, the Federal Council's list in Annex 1 of the Data Protection Ordinance), dpf (the recipient is certified under the EU-US Data Privacy Framework and its UK Extension, from 10 July 2023, and, for a policy under the FADP, under the Swiss-US Data Privacy Framework, a ground there from 15 September 2024), privacy_shield (the recipient was certified under the EU-US Privacy Shield, valid from 1 August 2016 until the Court of Justice struck it down on 16 July 2020), scc (the European Commission's Standard Contractual Clauses: a GDPR safeguard; the UK needs uk_idta too, Switzerland swiss_scc), uk_idta (UK International Data Transfer Agreement or Addendum), swiss_scc (the Commission's clauses with the adaptations for Swiss law that the FDPIC requires: a FADP safeguard, recognised from 27 August 2021; list it beside scc), bcr (Binding Corporate Rules), derogation_consent (Art. 49(1)(a) GDPR, Art. 17(1)(a) FADP: explicit consent to an occasional transfer, not a safeguard, and never consent by use), derogation_contract (Art. 49(1)(b) GDPR, Art. 17(1)(b) FADP: an occasional transfer necessary for a contract with the person), none.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "transfer_mechanism".
 */
export type TransferMechanism =
  | 'adequacy'
  | 'dpf'
  | 'privacy_shield'
  | 'scc'
  | 'uk_idta'
  | 'swiss_scc'
  | 'bcr'
  | 'derogation_consent'
  | 'derogation_contract'
  | 'none';
/**
 * An ISO 8601 duration: P90D, P7Y, P1M, PT72H, P2W; at most 999 years, and at most 4 digits for each other unit.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string;
/**
 * An ISO 8601 duration (P90D, P7Y) or a keyword for an open-ended period.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "retention_period".
 */
export type RetentionPeriod = Duration | RetentionKeyword;
/**
 * A retention period without a duration: an open-ended one (account_lifetime, until_deleted_by_user, until_consent_withdrawn, until_purpose_fulfilled, as_required_by_law, indefinite), or none at all: deleted_after_use (kept only until it is used, then deleted at once, such as a message scanned and discarded) or not_stored (never stored). A zero duration (P0D) reads as deleted_after_use.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "retention_keyword".
 */
export type RetentionKeyword =
  | 'account_lifetime'
  | 'until_deleted_by_user'
  | 'until_consent_withdrawn'
  | 'until_purpose_fulfilled'
  | 'as_required_by_law'
  | 'indefinite'
  | 'deleted_after_use'
  | 'not_stored';
/**
 * A data-subject right. GDPR/UK GDPR: access, rectification, erasure, restriction, portability, object, automated_decisions, withdraw_consent, complaint. CCPA/CPRA: know, delete, correct, opt_out_sale_sharing, limit_sensitive, non_discrimination. Elsewhere: opt_out_marketing.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "right".
 */
export type Right =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'object'
  | 'automated_decisions'
  | 'withdraw_consent'
  | 'complaint'
  | 'know'
  | 'delete'
  | 'correct'
  | 'opt_out_sale_sharing'
  | 'limit_sensitive'
  | 'non_discrimination'
  | 'opt_out_marketing';
/**
 * A built-in section.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "section_id".
 */
export type SectionId =
  | 'about'
  | 'scope'
  | 'commitments'
  | 'collection'
  | 'use'
  | 'legal-bases'
  | 'sharing'
  | 'visibility'
  | 'transfers'
  | 'government-requests'
  | 'retention'
  | 'security'
  | 'rights'
  | 'children'
  | 'cookies'
  | 'ai'
  | 'breaches'
  | 'changes'
  | 'contact';

/**
 * A company's data practices, stated once, from which policyc builds its privacy policy and change notices.
 */
export interface Policy {
  policy?: Presentation;
  effective_date: IsoDate;
  last_updated?: IsoDate;
  /**
   * The privacy laws that apply to the company's handling of personal data. Jurisdiction-specific sections (rights, authorities, transfers) appear only for these. Declaring a law here is not a statement that the company complies with it: `controller.claims_compliance` makes that statement.
   */
  jurisdictions?: Jurisdiction[];
  /**
   * Other data protection laws the company says it follows, in its own words: national laws that supplement a declared jurisdiction, or laws policyc has no jurisdiction for.
   */
  other_laws?: Text[];
  controller: Controller;
  /**
   * The mobile apps the policy covers. Declaring one asks every data category for its app-store names (`stores`), from which `policyc export apple-privacy` and `play-data-safety` write the store labels.
   */
  apps?: App[];
  /**
   * The products or services the policy covers, when it covers several and some practices differ between them. A data category, purpose, subprocessor, retention entry, audience, commitment or the cookies can then name the products it applies to (`products: [app]`); an entry that names none applies to all of them.
   *
   * @minItems 1
   */
  products?: [Product, ...Product[]];
  audiences?: Audiences;
  /**
   * Every kind of personal data the company collects. An empty list, `data_categories: []` with `purposes: []`, declares that the company collects no personal data: the policy then says so, and says nothing about uses, legal bases, retention or recipients (rule nothing-collected-consistent reports any field that would contradict it).
   */
  data_categories: DataCategory[];
  /**
   * What the data is used for, each with its lawful basis under GDPR Art. 6(1). Empty (`purposes: []`) only beside `data_categories: []`, when the company collects no personal data.
   */
  purposes: Purpose[];
  /**
   * Service providers that process personal data on the company's behalf.
   */
  subprocessors?: Subprocessor[];
  /**
   * Kinds of service provider the policy names only by category, not by name (GDPR Art. 13(1)(e) allows 'categories of recipients'). Name providers in `subprocessors` whenever you can.
   */
  recipient_categories?: RecipientCategory[];
  /**
   * Other occasions on which personal data is disclosed, beyond service providers: to authorities, in a business transfer, to other users, with consent.
   */
  disclosures?: Disclosure[];
  visibility?: Visibility;
  sale_and_sharing?: SaleAndSharing;
  /**
   * Assurances and self-limits the company states, each as an item: we never sell personal data, we collect no special categories or biometrics, staff do not access content, no third-party analytics, a warrant canary. `policyc diff` reports removing or rewording one as a material change.
   */
  commitments?: Commitment[];
  transfers?: Transfers;
  government_requests?: GovernmentRequests;
  /**
   * How long each category of data is kept.
   */
  retention?: RetentionEntry[];
  security?: Security;
  rights?: Rights;
  children?: Children;
  cookies?: Cookies;
  ai?: Ai;
  breach_notification?: BreachNotification;
  changes?: Changes;
  contact?: Contact;
  /**
   * The company's own sections, in Markdown, placed before or after a built-in section. A last resort for facts no field expresses.
   */
  sections?: CustomSection[];
}
/**
 * How the policy document itself is presented, and how strictly validate checks it.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "presentation".
 */
export interface Presentation {
  title?: Text;
  service?: Text;
  url?: Url;
  summary?: Text;
  /**
   * Whether the policy opens with its key points: a short list, made from this file, of what is collected, why, who receives it, how long it is kept, the rights and how to reach the company, each linking to its section (the layered notice the UK ICO recommends). On unless false; its wording is the clause key-points.
   */
  key_points?: boolean;
  earlier_versions?: Url;
  /**
   * How dates are written: long_us (April 3, 2026), long_intl (3 April 2026), iso (2026-04-03), or month_year (April 2026) for a policy that dates itself by the month only ('Last revised April 2024'): the day in the file is then never shown.
   */
  date_style?: 'long_us' | 'long_intl' | 'iso' | 'month_year';
  /**
   * The language this file's own text is written in, and the policy's first language: its documents are privacy.md, .html and .txt. One of the languages policyc writes (docs/translating.md): en, de, fr.
   */
  language?: string;
  /**
   * More languages to publish the policy in, each written as <name>.<lang>.md, .html and .txt beside the others. With these declared, validate asks every text value for a translation into each (a map by language: { en: Session recordings, de: Sitzungsaufzeichnungen }).
   *
   * @maxItems 20
   */
  languages?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ];
  /**
   * A folder, relative to this file, of .hbs files that replace built-in clauses of the same name.
   */
  clauses?: string;
  /**
   * The level of a validate rule, by its id (docs/rules.md): off, warning or error. A warning can be turned off or raised to an error; a rule that is an error by default always stays one.
   */
  rules?: {
    [k: string]: 'off' | 'warning' | 'error' | undefined;
  };
}
/**
 * The company responsible for the data (the data controller) and how to reach it.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "controller".
 */
export interface Controller {
  name: Text;
  trading_name?: Text;
  legal_form?: Text;
  registration_number?: Text;
  register_court?: Text;
  vat_id?: Text;
  /**
   * The people who manage the company (managing directors, Geschäftsführer), as the company names them.
   *
   * @minItems 1
   */
  managing_directors?: [Text, ...Text[]];
  /**
   * What the people in managing_directors are to the company, so the policy names their office as its legal form has it: managing_directors (a GmbH's Geschäftsführer, a company's managing directors; the default), board (the board of an association or foundation, a German e. V.'s or AG's Vorstand), partners (the partners of a partnership, a GbR's or OHG's Gesellschafter), owner (the owner who runs a sole proprietorship, an Einzelunternehmen's Inhaber).
   */
  management_role?: 'managing_directors' | 'board' | 'partners' | 'owner';
  description?: Text;
  /**
   * The sites, apps and services this policy covers.
   */
  scope?: Text[];
  /**
   * What this policy does not cover, such as third-party websites linked from the company's own or services it integrates with.
   */
  out_of_scope?: Text[];
  email: Email;
  phone?: Text;
  fax?: Text;
  website?: Url;
  legal_notice?: Url;
  address?: Address;
  country?: Country;
  /**
   * The company states that it follows the laws in `jurisdictions` in how it handles personal data, and the policy says so ("We follow the GDPR … in how we handle personal data"). Without it, `jurisdictions` only selects the legal text that applies (rights, authorities, transfers) and the policy makes no claim of compliance, which is a representation a company must be able to stand behind. Laws in `other_laws` are named in that sentence either way: the company declared them in its own words.
   */
  claims_compliance?: boolean;
  /**
   * The Data Protection Officer, if one is appointed.
   */
  dpo?: {
    name?: Text;
    email: Email;
    phone?: Text;
    fax?: Text;
    url?: Url;
    address?: Address;
  };
  /**
   * Representatives under GDPR Art. 27 (in the EU) or UK GDPR Art. 27 (in the UK) for companies established elsewhere.
   */
  representatives?: {
    /**
     * Which law the representative is appointed under.
     */
    jurisdiction: 'gdpr' | 'uk_gdpr' | 'swiss_fadp';
    name?: Text;
    email?: Email;
    address?: Address;
  }[];
  /**
   * Other companies that are the controller, instead of this one, for some people or products: a group company for people in the EEA, the company that would employ a job applicant. Each entry says for whom (`regions` or `except_regions`, `audiences` and/or `products`; with several, for the people who match all of them). Without an entry here the policy says that this controller decides for everyone it covers.
   *
   * @minItems 1
   */
  other_controllers?: [OtherController, ...OtherController[]];
}
/**
 * A postal address.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "address".
 */
export interface Address {
  street?: Text;
  locality?: Text;
  region?: Text;
  /**
   * Postal code.
   */
  postal_code?: string;
  country: Country;
}
/**
 * A company that is the controller, instead of the main one, for the people this entry names.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "other_controller".
 */
export interface OtherController {
  name?: Text;
  description?: Text;
  email?: Email;
  address?: Address;
  country?: Country;
  /**
   * It is the controller for people who live in these places.
   *
   * @minItems 1
   */
  regions?: [Region, ...Region[]];
  /**
   * It is the controller for people who do not live in these places (a US company for everyone outside the countries a European company serves).
   *
   * @minItems 1
   */
  except_regions?: [Region, ...Region[]];
  audiences?: AudienceScope;
  products?: ProductScope;
  /**
   * The main controller is also a controller for some of the processing of these people's data, and the policy says so. Leave it out when this company alone decides.
   */
  alongside_main?: boolean;
}
/**
 * A mobile app the policy covers, published in an app store.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "app".
 */
export interface App {
  id: Id;
  name: Text;
  /**
   * The stores it is published in: ios (the App Store), android (Google Play).
   *
   * @minItems 1
   */
  platforms: ['ios' | 'android', ...('ios' | 'android')[]];
  /**
   * All user data the app sends is encrypted in transit (Google Play asks).
   */
  encrypted_in_transit?: boolean;
  /**
   * How people create an account in the app, in Google Play's terms: username_password, username_other_auth, username_password_other_auth, oauth, other, none.
   *
   * @minItems 1
   */
  account_creation?: [
    (
      | 'username_password'
      | 'username_other_auth'
      | 'username_password_other_auth'
      | 'oauth'
      | 'other'
      | 'none'
    ),
    ...(
      | 'username_password'
      | 'username_other_auth'
      | 'username_password_other_auth'
      | 'oauth'
      | 'other'
      | 'none'
    )[]
  ];
  /**
   * The device permissions the app asks for, each with what it is for and when it is asked.
   */
  permissions?: {
    name: Text;
    purpose: Text;
    /**
     * The platforms on which the app asks for it, when not all of the app's own.
     *
     * @minItems 1
     */
    platforms?: ['ios' | 'android', ...('ios' | 'android')[]];
    when?: Text;
    /**
     * True when people can refuse it and still use the app; false when the app cannot work without it.
     */
    optional?: boolean;
  }[];
  account_deletion_url?: Url;
  data_deletion_url?: Url;
}
/**
 * A product or service the policy covers.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "product".
 */
export interface Product {
  id: Id;
  name: Text;
  description?: Text;
  url?: Url;
  policy_url?: Url;
}
/**
 * Whose personal data the policy covers, and the data the company processes only on its customers' behalf (as their processor or service provider), which the policy does not cover.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "audiences".
 */
export interface Audiences {
  /**
   * The groups of people whose personal data the policy covers.
   *
   * @minItems 1
   */
  covered?: [Audience, ...Audience[]];
  /**
   * People whose data the policy does not cover, in the company's words, as phrases.
   */
  not_covered?: Text[];
  as_processor?: ProcessorData;
}
/**
 * A group of people whose personal data the policy covers.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "audience".
 */
export interface Audience {
  id?: Id;
  /**
   * visitors (of the websites), prospects (people interested in becoming customers), customers, authorised_users (people a customer lets use its account), end_users (people who use a customer's own service built on ours), applicants (job applicants), event_attendees, partners (business partners and their staff), other (say who in `name`).
   */
  kind:
    | 'visitors'
    | 'prospects'
    | 'customers'
    | 'authorised_users'
    | 'end_users'
    | 'applicants'
    | 'event_attendees'
    | 'partners'
    | 'other';
  name?: Text;
  description?: Text;
  products?: ProductScope;
}
/**
 * Personal data the company processes on behalf of its customers, as their processor (GDPR Art. 28) or service provider (CCPA), which the customer's own privacy notice covers and this policy does not.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "processor_data".
 */
export interface ProcessorData {
  data: Text;
  dpa_url?: Url;
  /**
   * People whose data this is should send requests to the customer, whom the company helps to answer them.
   */
  contact_customer?: boolean;
}
/**
 * One kind of personal data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "data_category".
 */
export interface DataCategory {
  id: Id;
  name: Text;
  description?: Text;
  /**
   * Items of data in this category. The policy prints them as examples ("for example full name, email address and phone number"), since a policy that names a few items rarely means that they are all; `examples_complete: true` prints them as the whole category.
   */
  examples?: Text[];
  /**
   * Whether `examples` names every item of data in the category ("your IP address, browser and operating system" and nothing else). The policy then lists them as the whole category instead of as examples.
   */
  examples_complete?: boolean;
  /**
   * Where the data comes from: provided (by you), automatic (collected automatically), third_party (from others), generated (derived by us, for example by AI).
   */
  source?: 'provided' | 'automatic' | 'third_party' | 'generated';
  source_detail?: Text;
  /**
   * Special-category (GDPR Art. 9) or sensitive personal information (CPRA).
   */
  sensitive?: boolean;
  /**
   * A special category of personal data under GDPR Art. 9(1) (health, biometric data for identification, racial or ethnic origin, political opinions, religious beliefs, trade-union membership, sex life or sexual orientation, genetic data), which the legal-bases section names beside a purpose's `special_category_condition`. `sensitive` alone also covers the CPRA's sensitive personal information (such as account log-in credentials), which is not a special category.
   */
  special_category?: boolean;
  /**
   * The categories of personal information of Cal. Civ. Code 1798.140(v) this data falls under. With the CCPA declared, the policy lists each category with the data in it, where it comes from, the purposes, who receives it, whether it was sold or shared and how long it is kept, in the table California notices use; a category marked sensitive is also sensitive personal information (1798.140(ae)). Once one data category is mapped, map them all (rule ccpa-categories-listed).
   *
   * @minItems 1
   */
  ccpa_categories?: [CcpaCategory, ...CcpaCategory[]];
  /**
   * Processed only on the person's device by the software; never sent to or received by the company. The policy then says it stays on the device and does not count it as collected: it leaves the collection lists, the key points, the retention section, the California categories and the exports (app-store labels, Art. 30 record). Such a category may not be shared with a provider or recipient, kept under a retention entry, or transferred (rule on-device-not-sent).
   */
  on_device?: boolean;
  /**
   * True when giving this data is optional.
   */
  optional?: boolean;
  condition?: Text;
  products?: ProductScope;
  note?: Text;
  stores?: DataCategoryStores;
}
/**
 * How the app stores' privacy labels name this data, for `policyc export apple-privacy` and `play-data-safety`. Every category needs it once the file declares an app in `apps` (rule store-mapping-declared).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "data_category_stores".
 */
export interface DataCategoryStores {
  /**
   * False when the app never collects this data (a form on the website, job applications): the store labels leave it out.
   */
  in_app?: boolean;
  /**
   * Apple's App Privacy details for this data.
   */
  apple?: {
    /**
     * Apple's data types this category contains.
     */
    types: AppleDataType[];
    /**
     * Linked to the user's identity (Apple's 'Data Linked to You'). Default true: only data de-identified before it is used is not linked.
     */
    linked?: boolean;
    /**
     * Used to track the user, in Apple's sense: linked with other companies' data for targeted advertising or advertising measurement, or shared with a data broker. Default false; say so either way for data used for third-party advertising (rule advertising-states-tracking).
     */
    tracking?: boolean;
  };
  /**
   * Google Play's Data safety answers for this data.
   */
  google?: {
    /**
     * Google's data types this category contains.
     */
    types: GoogleDataType[];
    /**
     * Processed only in memory for the request and never stored (Google's 'processed ephemerally'). Default false.
     */
    ephemeral?: boolean;
    /**
     * The purposes for which the data is shared with other companies, in Google's sense (a transfer to a third party that is not a service provider acting for you). Leave out when it is not shared.
     */
    shared_for?: GooglePurpose[];
  };
}
/**
 * One use of personal data and its lawful basis.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "purpose".
 */
export interface Purpose {
  id: Id;
  name: Text;
  description?: Text;
  group?: Text;
  /**
   * The lawful basis this use rests on under GDPR Art. 6(1), or a list of them when it rests on several, written `[contract, legitimate_interests]`. The policy lists the use under each basis, in the article's order, with what belongs to that basis (the interest under legitimate_interests, the law under legal_obligation, how consent works under consent), and its `national_basis` and `special_category_condition` once, under the first. Say in `description` which part of the use rests on which basis. Consent is best alone: rule consent-stands-alone warns when it is one of several.
   */
  lawful_basis?: LawfulBasis | [LawfulBasis, ...LawfulBasis[]];
  data_categories?: IdList;
  products?: ProductScope;
  audiences?: AudienceScope;
  legitimate_interest?: Text;
  legal_obligation?: Text;
  if_not_provided?: Text;
  /**
   * Whether people must give the data this purpose needs (GDPR Art. 13(2)(e)): statutory (the law requires it), contractual (a contract with the person requires it), contract_precondition (it is needed to enter into a contract), voluntary (giving it is up to the person). Say what follows from not giving it in `if_not_provided`.
   */
  requirement?: 'statutory' | 'contractual' | 'contract_precondition' | 'voluntary';
  special_category_condition?: SpecialCategoryCondition;
  national_basis?: Text;
  /**
   * How consent is given and withdrawn, for consent.
   */
  consent?: {
    how_given?: Text;
    withdraw?: Text;
  };
  stores?: PurposeStores;
  /**
   * This use is direct marketing: newsletters, offers or other promotional messages sent to the person, and profiling for them. Under the GDPR and the UK GDPR people can object to it at any time, and the company must then stop (Art. 21(2), (3)); the policy must bring this right to their attention clearly and separately from other information (Art. 21(4)). When a direct-marketing use rests on a basis other than consent alone (withdrawing consent stops one on consent), the rights section prints that right in a paragraph of its own, listing the direct-marketing uses with their `opt_out`, and the rights contact. `true`, or an object that says how to opt out. (Disclosing data to others for their own marketing is `sale_and_sharing.shares_for_direct_marketing`.)
   */
  direct_marketing?:
    | boolean
    | {
        opt_out?: Text;
      };
}
/**
 * This purpose in the app stores' words, for `policyc export apple-privacy` and `play-data-safety`.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "purpose_stores".
 */
export interface PurposeStores {
  /**
   * Apple's purposes this purpose falls under.
   */
  apple?: ApplePurpose[];
  /**
   * Google's purposes this purpose falls under.
   */
  google?: GooglePurpose[];
}
/**
 * A service provider that processes personal data on the company's behalf.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "subprocessor".
 */
export interface Subprocessor {
  name: Text;
  purpose: Text;
  category?: Text;
  location?: Countries;
  region?: Text;
  /**
   * processor (acts on our instructions, under a contract as GDPR Art. 28 asks) or controller (decides for itself, as a payment service, an analytics or an advertising network may). The policy says providers process data "on our behalf" only when every provider states its role: a provider that works under its own terms is not one. Without it, the provider is still counted as a processor where the law needs a side (the CCPA table, the DPA sentence).
   */
  role?: 'processor' | 'controller';
  /**
   * What the provider is under the CCPA, for the California table: service_provider (Cal. Civ. Code 1798.140(ag)), contractor (1798.140(j): someone the company makes personal information available to under a written contract, not processing it on its behalf) or third_party (1798.140(ai)). When absent, a processor is a service provider and a controller a third party.
   */
  ccpa_recipient?: 'service_provider' | 'contractor' | 'third_party';
  /**
   * The ground for transfers to this provider, or several when the company has more than one in place (the Data Privacy Framework, with the Standard Contractual Clauses as a fallback should it fall): each one listed is stated as in place. Its values are those of transfers.mechanisms.
   */
  transfer_mechanism?: TransferMechanism | [TransferMechanism, ...TransferMechanism[]];
  data_categories?: IdList;
  url?: Url;
  condition?: Text;
  products?: ProductScope;
  /**
   * Whether the provider may use the data to train its own AI models.
   */
  trains_on_data?: boolean;
  /**
   * The terms under which the provider handles the data: dpa (a data processing agreement with the company, GDPR Art. 28(3)), written_agreement (a written agreement with the company that obliges the provider to protect the data, where the policy does not call it a data processing agreement), own_terms (the provider's own privacy policy or terms).
   */
  terms?: ('dpa' | 'written_agreement' | 'own_terms')[];
  note?: Text;
}
/**
 * A kind of service provider, described without naming it.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "recipient_category".
 */
export interface RecipientCategory {
  name: Text;
  purpose: Text;
  location?: Countries;
  data_categories?: IdList;
}
/**
 * An occasion on which data is disclosed to someone other than a service provider.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "disclosure".
 */
export interface Disclosure {
  /**
   * legal_requirement (authorities, courts), protect_rights (to protect rights, property or safety, or investigate fraud), business_transfer (merger or acquisition), with_consent (a disclosure the person agrees to: consent, with its right to withdraw), at_your_request (to the people or services a person asks the company to share with, such as an app they connect: their instruction, not consent as a legal basis), other_users (people you interact with in the service), professional_advisers, affiliates.
   */
  kind:
    | 'legal_requirement'
    | 'protect_rights'
    | 'business_transfer'
    | 'with_consent'
    | 'at_your_request'
    | 'other_users'
    | 'professional_advisers'
    | 'affiliates';
  description?: Text;
  /**
   * Who receives the data on this occasion, as the company names them.
   *
   * @minItems 1
   */
  recipients?: [Text, ...Text[]];
}
/**
 * What other users of the service can see about a person, and what they cannot.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "visibility".
 */
export interface Visibility {
  audience: Text;
  /**
   * What they see.
   *
   * @minItems 1
   */
  visible: [Text, ...Text[]];
  /**
   * What they never see.
   */
  not_visible?: Text[];
  copies?: Text;
}
/**
 * Statements about selling and sharing personal data (CCPA/CPRA 'sale' and 'sharing').
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "sale_and_sharing".
 */
export interface SaleAndSharing {
  /**
   * Whether personal data is sold.
   */
  sells: boolean;
  /**
   * Whether personal data is shared for cross-context behavioural advertising.
   */
  shares_for_advertising?: boolean;
  /**
   * Whether data brokers receive personal data.
   */
  shares_with_data_brokers?: boolean;
  /**
   * With `sells` or `shares_for_advertising` true: the company's position is that some of its disclosures may be considered a sale or sharing as the law defines them, not that it sells data in the everyday sense. The policy says "Some of our disclosures of personal information may be considered a “sale” …" instead of "We sell …". Every duty that follows from a sale or sharing (the opt-out, rules sale-opt-out and gpc-honored) still applies.
   */
  may_be_considered?: boolean;
  /**
   * What was sold or shared in the 12 months before the policy's date, by data category (Cal. Civ. Code 1798.130(a)(5)(C)): an empty list says none was.
   */
  past_12_months?: {
    sold?: IdList;
    shared?: IdList;
    /**
     * The categories of third parties they went to, as the company names them.
     */
    recipients?: Text[];
  };
  /**
   * Whether a Global Privacy Control signal from the browser is treated as a request to opt out of sale and sharing. The CCPA regulations require it of a business that sells or shares (rule gpc-honored).
   */
  honors_gpc?: boolean;
  /**
   * Sensitive personal information is used only for the purposes the CCPA regulations list in Cal. Code Regs. tit. 11, § 7027(m), for which there is no right to limit its use (rule limit-sensitive-offered).
   */
  sensitive_limited_use?: boolean;
  /**
   * Whether personal information is disclosed to third parties for their own direct marketing (California's Shine the Light law, Cal. Civ. Code 1798.83).
   */
  shares_for_direct_marketing?: boolean;
  note?: Text;
}
/**
 * One assurance or self-limit. Its kind has a standard sentence; `statement` replaces it with the company's own words.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "commitment".
 */
export interface Commitment {
  /**
   * no_sale (we never sell personal data), no_advertising_sharing (we never share it for cross-context behavioural advertising), no_special_categories (we do not collect special categories of data), no_biometrics (we do not collect biometric data), no_staff_access (our staff do not access the content of your account), no_third_party_analytics (no third-party analytics), no_third_party_advertising (no third-party advertising or ad trackers), no_ai_training (your data does not train AI models), warrant_canary (no secret government request received, as of a date), other (say it in `statement`).
   */
  kind:
    | 'no_sale'
    | 'no_advertising_sharing'
    | 'no_special_categories'
    | 'no_biometrics'
    | 'no_staff_access'
    | 'no_third_party_analytics'
    | 'no_third_party_advertising'
    | 'no_ai_training'
    | 'warrant_canary'
    | 'other';
  statement?: Text;
  except?: Text;
  as_of?: IsoDate;
  products?: ProductScope;
}
/**
 * Where data is stored and how it crosses borders.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "transfers".
 */
export interface Transfers {
  storage?: Countries;
  storage_detail?: Text;
  /**
   * True when no copy is kept outside the EEA and UK.
   */
  eea_only?: boolean;
  /**
   * The safeguards relied on for transfers out of the EEA, the UK or Switzerland.
   */
  mechanisms?: TransferMechanism[];
  explicit_consent?: Text;
  /**
   * People can ask for a copy of the transfer safeguards at the privacy address (GDPR Art. 13(1)(f) asks the notice to say how to obtain one). The policy says so only when this is true.
   */
  copies_on_request?: boolean;
  copies_email?: Email;
  user_initiated?: Text;
  government_access?: Text;
  note?: Text;
  /**
   * The company's own certification under the Data Privacy Framework, for a US company that receives personal data from the EU, the UK or Switzerland under it: what the DPF Principles ask its privacy policy to say. The policy then also states, as the Principles do, that they prevail over it, that the company stays liable for onward transfers to its agents, and that binding arbitration is available under certain conditions.
   */
  dpf?: {
    /**
     * The parts of the framework the company is certified under: eu_us (the EU-U.S. Data Privacy Framework), uk_extension (its UK Extension), swiss_us (the Swiss-U.S. Data Privacy Framework).
     *
     * @minItems 1
     */
    frameworks: [
      'eu_us' | 'uk_extension' | 'swiss_us',
      ...('eu_us' | 'uk_extension' | 'swiss_us')[]
    ];
    /**
     * The independent recourse mechanism the company has chosen for complaints it does not resolve, free of charge to the person.
     */
    recourse: {
      name: Text;
      url?: Url;
    };
    /**
     * The US authority with investigatory and enforcement powers over the company: ftc (the Federal Trade Commission) or dot (the Department of Transportation).
     */
    enforcement?: 'ftc' | 'dot';
  };
}
/**
 * How the company answers requests for personal data from governments, courts and law enforcement.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "government_requests".
 */
export interface GovernmentRequests {
  /**
   * Data is disclosed to an authority only under valid legal process (a subpoena, court order or warrant), not on request alone.
   */
  legal_process?: boolean;
  legal_process_detail?: Text;
  /**
   * Requests the company considers unlawful or overbroad are challenged or narrowed.
   */
  challenge?: boolean;
  /**
   * The person is told of a request for their data before it is answered, unless an exception in notice_exceptions applies.
   */
  notify_users?: boolean;
  /**
   * When the person is not told: prohibited (the law or a court order forbids it), emergency (a danger of death or serious physical injury), counterproductive (telling would defeat the purpose, such as in an account takeover).
   */
  notice_exceptions?: ('prohibited' | 'emergency' | 'counterproductive')[];
  /**
   * Data may be disclosed without legal process when the company believes in good faith that an emergency involving danger of death or serious physical injury requires it.
   */
  emergency_disclosure?: boolean;
  /**
   * Requests from authorities of other countries are answered only through a mutual legal assistance treaty (MLAT) or another form of international cooperation.
   */
  foreign_via_treaty?: boolean;
  preservation?: Duration;
  transparency_report?: Url;
  guidelines_url?: Url;
  note?: Text;
}
/**
 * How long some data is kept.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "retention_entry".
 */
export interface RetentionEntry {
  label?: Text;
  data_categories: IdList;
  products?: ProductScope;
  period: RetentionPeriod;
  /**
   * True when the period is a maximum ('up to 90 days').
   */
  up_to?: boolean;
  start?: Text;
  until?: Text;
  reason?: Text;
  /**
   * Periods that depend on the customer's plan.
   */
  by_plan?: {
    plan: Text;
    period: RetentionPeriod;
  }[];
  /**
   * Conditions under which data is kept longer.
   */
  exceptions?: {
    when: Text;
    until?: Text;
    period?: RetentionPeriod;
  }[];
  backups?: Duration;
  /**
   * What happens after the data is deleted, stage by stage, in order: trash (it can still be restored), active_systems (it is removed from the systems in use), backups (backup copies are removed), each with the longest time it takes after the stage before it ends (the first: after the deletion), as policies say “another 30 days”. Give backups here or in `backups`, not both (rule deletion-stages-consistent).
   *
   * @minItems 1
   */
  deletion_stages?: [
    {
      /**
       * The stage.
       */
      stage: 'trash' | 'active_systems' | 'backups';
      within: Duration;
    },
    ...{
      /**
       * The stage.
       */
      stage: 'trash' | 'active_systems' | 'backups';
      within: Duration;
    }[]
  ];
  /**
   * What happens at the end: deleted, anonymized or aggregated.
   */
  then?: 'deleted' | 'anonymized' | 'aggregated';
}
/**
 * How data is protected.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "security".
 */
export interface Security {
  /**
   * The technical and organisational measures.
   *
   * @minItems 1
   */
  measures: [Text, ...Text[]];
  /**
   * Say that no system is perfectly secure.
   */
  disclaimer?: boolean;
  /**
   * The policy says that by using the service people acknowledge and accept the security risks of sending data over the internet.
   */
  use_is_acceptance?: boolean;
  advice?: Text;
}
/**
 * The rights people have and how to use them.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "rights".
 */
export interface Rights {
  /**
   * Rights the company gives every user, wherever they live. The policy lists them as its promise, without a law's article or conditions (a law binds only where it applies); under each declared law it then says which of them that law grants, with the provision and subject to the law's conditions and exceptions. The company's own limits go in `limits`.
   */
  everyone?: Right[];
  gdpr?: JurisdictionRights;
  uk_gdpr?: JurisdictionRights;
  swiss_fadp?: JurisdictionRights;
  ccpa?: JurisdictionRights;
  email?: Email;
  url?: Url;
  in_app?: Text;
  /**
   * The rights `in_app` serves, when it does not serve all of them (a profile page where people can see, correct or delete their details). Given, the policy offers `in_app` for these rights in a sentence of its own ("For the right of access and the right to erasure, you can also go to …") instead of for every right. Each should be a right the policy lists (rule in-app-rights-listed).
   *
   * @minItems 1
   */
  in_app_rights?: [Right, ...Right[]];
  subject_line?: Text;
  response_time?: Duration;
  /**
   * `response_time` is the time the company usually takes, not a promise for every request: the policy says "In most cases, we respond within …". A law's deadline binds for every request, so rule rights-response-time asks for that law's own `response_time` beside it.
   */
  response_time_usual?: boolean;
  /**
   * How identity is verified before a request is acted on: a sentence, or, better, the steps as fields (what is asked, for which requests, whether it is matched against the records held), as the CCPA regulations describe them (Cal. Code Regs. tit. 11, § 7060–7062). What an authorized agent must show is authorized_agents.proof.
   */
  verification?: Text | Verification;
  phone?: Text;
  address?: Address;
  /**
   * The company gives everyone the same rights wherever they live, not only where a law grants them; the policy says so. List the rights in `everyone` (rule rights-same-for-everyone checks that no law's list grants more); with none listed, the policy says it does not list them, and never that rights depend on where you live.
   */
  same_for_everyone?: boolean;
  extension?: Duration;
  /**
   * Financial incentives, or price or service differences, offered in exchange for personal information (CCPA, Cal. Civ. Code 1798.125(b)). Stated only when declared: the policy never says a company offers none.
   *
   * @minItems 1
   */
  financial_incentives?: [FinancialIncentive, ...FinancialIncentive[]];
  /**
   * Whether someone the person authorizes (an authorized agent) can make a request for them, and what the agent must show. The CCPA lets people use one (rule authorized-agents-accepted).
   */
  authorized_agents?: {
    /**
     * Requests from an authorized agent are accepted.
     */
    accepted: boolean;
    proof?: Text;
  };
  /**
   * How people can appeal when the company declines to act on a request, as some US state laws (Virginia, Colorado, Connecticut and others) require.
   */
  appeal?: {
    how: Text;
    /**
     * Where people have the right to appeal, when not everywhere.
     *
     * @minItems 1
     */
    regions?: [Text, ...Text[]];
    response_time?: Duration;
    /**
     * Where people can complain if the appeal is denied.
     */
    authority?: {
      name: Text;
      url?: Url;
      /**
       * Where people can take a denied appeal to it, when not everywhere the appeal is open ("in some US states").
       *
       * @minItems 1
       */
      regions?: [Text, ...Text[]];
    };
  };
  /**
   * When the company may decline a request or part of it, each a phrase completing 'We may decline a request, or part of it, …'.
   */
  exemptions?: Text[];
  /**
   * Extra steps for particular rights, by right.
   */
  instructions?: {
    [k: string]: Text | undefined;
  };
  /**
   * What the company keeps back from a right it gives everyone (`everyone`), in its own words, by right: a sentence printed after the right in the list for everyone. That list states the company's promise without any law's conditions; where a declared law grants the right, the policy states that law's conditions and exceptions under it, and a company's limit cannot narrow them (rule rights-limit-for-everyone).
   */
  limits?: {
    [k: string]: Text | undefined;
  };
}
/**
 * The rights granted under one law.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "jurisdiction_rights".
 */
export interface JurisdictionRights {
  /**
   * The rights granted.
   */
  rights: Right[];
  response_time?: Duration;
  in_app?: Text;
  subject_line?: Text;
  /**
   * The supervisory authority people can complain to.
   */
  authority?: {
    name: Text;
    url?: Url;
    /**
     * Also mention the authority where the person lives.
     */
    local?: boolean;
  };
}
/**
 * How identity is verified, step by step.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "verification".
 */
export interface Verification {
  /**
   * Each way identity is checked: for which requests, in which case, and what is asked.
   *
   * @minItems 1
   */
  steps: [
    {
      /**
       * The requests this step is for, by the right they exercise; every request when absent.
       *
       * @minItems 1
       */
      requests?: [Right, ...Right[]];
      when?: Text;
      /**
       * What the person is asked for, each item a noun phrase.
       *
       * @minItems 1
       */
      asks: [Text, ...Text[]];
      /**
       * What is given is matched against the information the company already holds.
       */
      matched?: boolean;
      /**
       * The person also signs a declaration under penalty of perjury that they are who the request is about (Cal. Code Regs. tit. 11, § 7062(c), for specific pieces of personal information).
       */
      signed_declaration?: boolean;
    },
    ...{
      /**
       * The requests this step is for, by the right they exercise; every request when absent.
       *
       * @minItems 1
       */
      requests?: [Right, ...Right[]];
      when?: Text;
      /**
       * What the person is asked for, each item a noun phrase.
       *
       * @minItems 1
       */
      asks: [Text, ...Text[]];
      /**
       * What is given is matched against the information the company already holds.
       */
      matched?: boolean;
      /**
       * The person also signs a declaration under penalty of perjury that they are who the request is about (Cal. Code Regs. tit. 11, § 7062(c), for specific pieces of personal information).
       */
      signed_declaration?: boolean;
    }[]
  ];
  note?: Text;
}
/**
 * A financial incentive, or a price or service difference, offered in exchange for personal information (Cal. Civ. Code 1798.125(b)): a loyalty program, a discount for signing up to a newsletter. The notice of financial incentive gives what it offers, the data it involves, how to join and withdraw, and the value of the data with how it is calculated (Cal. Code Regs. tit. 11, § 7016(b)).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "financial_incentive".
 */
export interface FinancialIncentive {
  name: Text;
  summary: Text;
  data_categories?: IdList;
  opt_in?: Text;
  withdraw?: Text;
  value?: Text;
  value_method?: Text;
  terms_url?: Url;
}
/**
 * Children's data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "children".
 */
export interface Children {
  /**
   * The youngest age the service is meant for.
   */
  min_age: number;
  /**
   * Whether the service is aimed at children.
   */
  directed_to_children?: boolean;
  contact?: Email;
  /**
   * false: the company states that it does not knowingly collect personal data from anyone under min_age ("we do not knowingly collect …"). Unstated, the policy says nothing about it.
   */
  knowingly_collects?: boolean;
  /**
   * Data found to come from a child below min_age is deleted once the company learns of it.
   */
  delete_on_discovery?: boolean;
  /**
   * An account the company learns or has reason to suspect belongs to someone below min_age is closed.
   */
  close_account_on_discovery?: boolean;
}
/**
 * Cookies, local storage and tracking technologies.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "cookies".
 */
export interface Cookies {
  /**
   * The kinds used: strictly_necessary, preferences, analytics, advertising, social_media.
   */
  used: ('strictly_necessary' | 'preferences' | 'analytics' | 'advertising' | 'social_media')[];
  products?: ProductScope;
  /**
   * What the cookies do, in the company's words.
   */
  purposes?: Text[];
  /**
   * Named tracking tools, such as pixels.
   */
  tools?: Text[];
  local_storage?: Text;
  /**
   * Whether third-party tracking scripts or advertising cookies run.
   */
  third_party_tracking?: boolean;
  /**
   * Each cookie or similar technology, one by one, for a table in the policy.
   */
  list?: Cookie[];
  /**
   * Whether the site responds to Do Not Track signals from the browser. California's CalOPPA asks a site that tracks people across other sites to say (rule do-not-track-stated).
   */
  honors_dnt?: boolean;
  dnt_effect?: Text;
  control?: Text;
  policy_url?: Url;
}
/**
 * One cookie or similar technology.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "cookie".
 */
export interface Cookie {
  name: Text;
  provider?: Text;
  /**
   * Its kind, one of those in `used`.
   */
  kind?: 'strictly_necessary' | 'preferences' | 'analytics' | 'advertising' | 'social_media';
  purpose: Text;
  /**
   * How long it stays on the device: an ISO 8601 duration, or session (until the browser is closed).
   */
  duration?: Duration | 'session';
  /**
   * first (set by the company's own site) or third (set by another company).
   */
  party?: 'first' | 'third';
  opt_out?: Url;
}
/**
 * AI and automated processing of personal data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "ai".
 */
export interface Ai {
  /**
   * Each AI feature or automated pipeline.
   */
  features?: {
    name: Text;
    description: Text;
    data_categories?: IdList;
    provider?: Text;
    limitations?: Text;
  }[];
  /**
   * Whether user data trains models: never, opt_in (only with consent), opt_out (unless the user objects), anonymized (only after anonymization), yes.
   */
  training?: 'never' | 'opt_in' | 'opt_out' | 'anonymized' | 'yes';
  training_data_categories?: IdList;
  training_detail?: Text;
  /**
   * Whether decisions with legal or similarly significant effects are made solely by automated means (GDPR Art. 22).
   */
  automated_decisions?: boolean;
  decision_logic?: Text;
  decision_consequences?: Text;
  advice?: Text;
}
/**
 * What happens after a personal data breach.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "breach_notification".
 */
export interface BreachNotification {
  /**
   * Affected people are told.
   */
  notify_users?: boolean;
  /**
   * The supervisory authority is told.
   */
  notify_authority?: boolean;
  within?: Duration;
  /**
   * The deadline is 'where feasible'.
   */
  where_feasible?: boolean;
}
/**
 * How changes to the policy are announced.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "changes".
 */
export interface Changes {
  notice_period?: Duration;
  /**
   * How users are told: email, in_app, website, other.
   *
   * @minItems 1
   */
  channels?: [
    'email' | 'in_app' | 'website' | 'other',
    ...('email' | 'in_app' | 'website' | 'other')[]
  ];
  /**
   * Which changes the company announces: material ones (the default: "If we make a material change, we will tell you …") or every change ("If we change this policy, we will tell you …").
   */
  scope?: 'material' | 'all';
  /**
   * will (the default): the company promises to tell people as `channels` says. may: it says only that it may tell them ("we may tell you …"), which is no promise.
   */
  notify?: 'will' | 'may';
  /**
   * Users are told through one of the channels, as the company chooses ("by email or with a notice in the app"), rather than through every one of them (the default: "by email and with a notice in the app").
   */
  any_channel?: boolean;
  /**
   * The policy says that using the service after a change means accepting it.
   */
  continued_use_is_acceptance?: boolean;
  subscribe_url?: Url;
  /**
   * Re-level change kinds in `policyc diff`, e.g. treat every new subprocessor as minor. The base version's levels apply (the old file, or the `--base` revision), never the new file's; a change to them is itself a material change.
   */
  levels?: {
    [k: string]: 'material' | 'minor' | 'editorial' | undefined;
  };
}
/**
 * Where privacy questions go, when it is not the controller's general email.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  email?: Email;
  url?: Url;
  forum?: Url;
  phone?: Text;
  team?: Text;
}
/**
 * A section of the company's own, written in Markdown.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "custom_section".
 */
export interface CustomSection {
  id: Id;
  title: Text;
  /**
   * Markdown. Raw HTML is shown as text; only http(s) and mailto links are kept.
   */
  body: string;
  after?: SectionId;
  before?: SectionId;
}
