import type { Jurisdiction, LawfulBasis, Right, TransferMechanism } from '../model/policy.generated.js';

/** A law policyc knows: one of the schema's jurisdictions. */
export type LawId = Jurisdiction;

/** The laws that grant a list of rights (COPPA protects children through parents, not by rights lists). */
export type RightsLawId = Exclude<LawId, 'coppa'>;

/** The European laws that protect people by territory and restrict transfers out of it. */
export type EuropeanLawId = Extract<LawId, 'gdpr' | 'uk_gdpr' | 'swiss_fadp'>;

/** The laws whose transfer rules policyc models (GDPR and UK GDPR Chapter V, FADP Art. 16–17). */
export type TransferLawId = Extract<LawId, 'gdpr' | 'uk_gdpr' | 'swiss_fadp'>;

/**
 * A provision as the law numbers it, without the law's name: "Art. 15", "Art. 6(1)(a)",
 * "§ 1798.120". `cite` adds the law's name in the law's own citation form.
 */
export type Provision = string;

/** A deadline the law sets, as an ISO 8601 duration, with how the law words it. */
export interface Deadline {
  max: string;
  words: string;
  provision: Provision;
  /** A provision outside the law's own text: "Data Protection Ordinance Art. 18". */
  source?: string;
}

export interface LawEntry {
  id: LawId;
  /** In running text, the first time: "the EU General Data Protection Regulation (GDPR)". */
  name: string;
  /** In running text, after the name was given: "the GDPR". */
  short: string;
  /** Inside a citation: "GDPR" in "Art. 15 GDPR". */
  abbreviation: string;
  /** How a provision is cited: `{p}` is the provision. "{p} GDPR", "Cal. Civ. Code {p}". */
  citation: string;
  /** Where the law protects people, for "If you are in …"; absent for laws that protect by residence. */
  region?: string;
  /** The law's own term for the data it protects. */
  personalData: 'personal data' | 'personal information';
  /** Processing needs one of the Art. 6(1) bases and the notice must name it. */
  requiresLawfulBasis: boolean;
  /** Where a controller must answer rights requests by. */
  responseTime?: Deadline;
  /** The controller facilitates the exercise of the rights (GDPR Art. 12(2)): a way to make a request, fit for one. */
  requestsFacilitated?: Provision;
  /** Personal data is processed with appropriate security, including protection against unauthorised disclosure (GDPR Art. 5(1)(f)). */
  confidentiality?: Provision;
  /** How much longer the law lets a controller take for a complex or numerous request, once it tells the person. */
  responseExtension?: Deadline;
  /** The law lets a person make requests through someone they authorise (an authorised agent): where, cited in full. */
  authorizedAgents?: { citation: string };
  /**
   * The one authority the law lets people complain to, where it names one (the UK GDPR's
   * Commissioner, Art. 77(1); the FDPIC, to whom the FADP lets anyone report a breach, Art. 49);
   * absent under the GDPR, where it is the authority where the person lives or works.
   */
  complaintAuthority?: { name: string; url: string; provision: Provision };
  /** Breach notification duties. */
  breach?: {
    authority: Deadline;
    /** People are told without undue delay, and only when the breach is likely to result in a high risk. */
    individuals: Provision;
  };
  /** A controller outside the territory that targets people in it appoints a representative there. */
  representative?: { provision: Provision; region: string; /** Where the notice must name it and say how to reach it. */ notice?: Provision };
  /** The contract a processor works under. */
  processorContract?: Provision;
  /**
   * The right to object to direct marketing at any time, after which the data is no longer used
   * for it, without a balancing of interests (GDPR Art. 21(2), (3)). Absent where the law has no
   * such absolute right; the notice must state it separately (`directMarketingNotice`).
   */
  directMarketingObjection?: Provision;
  /** The right is brought to the person's attention at the latest at the first communication, clearly and separately. */
  directMarketingNotice?: Provision;
  /** Decisions based solely on automated processing. */
  automatedDecisions?: Provision;
  /** The notice explains such decisions: the logic involved, their significance and envisaged consequences. */
  automatedDecisionsNotice?: Provision;
  /** Special categories of personal data need a condition of their own, beside the legal basis. */
  specialCategories?: Provision;
  /** The notice must say where a copy of the transfer safeguards can be obtained. */
  safeguardCopies?: Provision;
  /**
   * Whose law a legal obligation (Art. 6(1)(c)) must be laid down by: the GDPR's Union or
   * Member State law, the UK GDPR's domestic law (Art. 6(3)). An order under any other law is no
   * such obligation (cf. GDPR Art. 48). `laws` name them in running text, each completing
   * "where … requires us to".
   */
  obligationLaw?: { provision: Provision; laws: readonly string[] };
  /**
   * The notice states the existence or absence of an adequacy decision for a third country data
   * goes to (Art. 13(1)(f)); `provision` is where the law makes them (Art. 45). `none` and
   * `certifiedOnly` are the sentences: `{citation}` the provision cited, `{countries}` the
   * countries as they read inside a sentence, `{framework}` the framework a certified-only
   * decision recognises.
   */
  adequacyNotice?: { provision: Provision; none: string; certifiedOnly: string };
  /** The provisions that allow a transfer out of the territory only on adequacy or a safeguard. */
  transferRule?: Provision;
  /** The notice must say whether data goes to a third country (GDPR) or to which state it is disclosed (FADP). */
  transferNotice?: Provision;
  /**
   * The first effective date policyc judges transfers under this law for; before it, the law's
   * transfer rules are not modelled and policyc says nothing about them.
   */
  transfersJudgedFrom?: string;
}

export interface RightEntry {
  label: string;
  /** Completes "You can …"; `{pd}` stands for the law's term for personal data. */
  explanation: string;
  /** Where each law grants it. A law absent here does not grant it by that name. */
  provisions: Partial<Record<RightsLawId, Provision>>;
  /** The explanation under a law whose right differs in substance from the one `explanation` describes. */
  explanations?: Partial<Record<RightsLawId, string>>;
  /**
   * The right as a company's promise to everyone, wherever they live, where `explanation` states a
   * law's conditions or exceptions: those bind only where that law applies (GDPR Art. 3), so the
   * list for everyone must not state them as the promise's terms.
   */
  promise?: string;
  /**
   * Whole sentences, in place of "You can …", under a law that words the right as a protection
   * rather than as something the person does: the GDPR's Art. 22 right not to be subject to a
   * decision. `{pd}` as in `explanation`.
   */
  statements?: Partial<Record<RightsLawId, string>>;
}

export interface LawfulBasisEntry {
  label: string;
  provision: Provision;
}

/** What a transfer mechanism is in law. */
export type TransferToolKind = 'adequacy' | 'safeguard' | 'derogation' | 'none';

export interface TransferToolEntry {
  kind: TransferToolKind;
  /** A noun phrase for "We rely on …". */
  label: string;
  /** For a table cell. */
  short: string;
  /** The laws under which it is a valid ground for a transfer, with the provision. */
  validUnder: Partial<Record<TransferLawId, Provision>>;
  /** When it stopped being valid (the Privacy Shield: 16 July 2020), if it did. */
  validFrom?: string;
  validUntil?: string;
  /**
   * How it is named for each set of laws it is relied on under (the laws' ids, sorted, joined by
   * commas): the DPF's UK Extension is named only under the UK GDPR, and the Swiss-U.S. Data
   * Privacy Framework, a framework of its own with its own certification, only under the FADP.
   */
  namesByLaws?: Readonly<Record<string, ToolNames>>;
}

/** A transfer tool's names: a noun phrase for running text, and a table cell. */
export interface ToolNames {
  label: string;
  short: string;
}

/** An adequacy decision: a country (or certified recipients there) the law treats as safe, from a date. */
export interface AdequacyDecision {
  law: TransferLawId;
  country: string;
  /** The decision's reference: "Decision 2010/625/EU". */
  reference: string;
  /** When it took effect, and when it ended (struck down or expired), ISO dates. */
  from: string;
  until?: string;
  /** Only recipients certified under a framework are covered (the DPF), not the whole country. */
  certifiedOnly?: boolean;
  /** The mechanism that names that framework, for a certified-only decision: `dpf`, `privacy_shield`. */
  framework?: TransferMechanism;
}

export type { Jurisdiction, LawfulBasis, Right, TransferMechanism };
