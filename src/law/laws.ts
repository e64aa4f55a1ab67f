import type { LawEntry, LawId, Right } from './types.js';

/**
 * The laws policyc knows, as the laws themselves state them. Every name, provision and deadline
 * a policy, a rule, the diff or a notice uses comes from here; a lawyer reviews this file once
 * instead of every sentence of every policy.
 */
export const LAWS: Readonly<Record<LawId, LawEntry>> = {
  gdpr: {
    id: 'gdpr',
    name: 'the EU General Data Protection Regulation (GDPR)',
    short: 'the GDPR',
    abbreviation: 'GDPR',
    citation: '{p} GDPR',
    region: 'the European Economic Area',
    personalData: 'personal data',
    requiresLawfulBasis: true,
    responseTime: { max: 'P1M', words: 'one month', provision: 'Art. 12(3)' },
    responseExtension: { max: 'P2M', words: 'two months', provision: 'Art. 12(3)' },
    requestsFacilitated: 'Art. 12(2)',
    confidentiality: 'Art. 5(1)(f)',
    breach: { authority: { max: 'PT72H', words: '72 hours', provision: 'Art. 33(1)' }, individuals: 'Art. 34(1)' },
    representative: { provision: 'Art. 27', region: 'the European Union', notice: 'Art. 13(1)(a)' },
    processorContract: 'Art. 28',
    directMarketingObjection: 'Art. 21(2) and (3)',
    directMarketingNotice: 'Art. 21(4)',
    automatedDecisions: 'Art. 22',
    automatedDecisionsNotice: 'Art. 13(2)(f)',
    specialCategories: 'Art. 9',
    safeguardCopies: 'Art. 13(1)(f)',
    obligationLaw: { provision: 'Art. 6(3)', laws: ['EU law', 'the law of an EU Member State'] },
    adequacyNotice: {
      provision: 'Art. 45',
      none: 'The European Commission has not adopted an adequacy decision {citation} finding an adequate level of protection in {countries}',
      certifiedOnly:
        "The European Commission's adequacy decision {citation} for {countries} covers only recipients certified under the framework it recognises ({framework})",
    },
    transferRule: 'Art. 44–46',
    transferNotice: 'Art. 13(1)(f)',
  },
  uk_gdpr: {
    id: 'uk_gdpr',
    name: 'the UK General Data Protection Regulation (UK GDPR)',
    short: 'the UK GDPR',
    abbreviation: 'UK GDPR',
    citation: '{p} UK GDPR',
    region: 'the United Kingdom',
    personalData: 'personal data',
    requiresLawfulBasis: true,
    responseTime: { max: 'P1M', words: 'one month', provision: 'Art. 12(3)' },
    responseExtension: { max: 'P2M', words: 'two months', provision: 'Art. 12(3)' },
    requestsFacilitated: 'Art. 12(2)',
    confidentiality: 'Art. 5(1)(f)',
    breach: { authority: { max: 'PT72H', words: '72 hours', provision: 'Art. 33(1)' }, individuals: 'Art. 34(1)' },
    representative: { provision: 'Art. 27', region: 'the United Kingdom', notice: 'Art. 13(1)(a)' },
    complaintAuthority: { name: "Information Commissioner's Office (ICO)", url: 'https://ico.org.uk/make-a-complaint/', provision: 'Art. 77(1)' },
    processorContract: 'Art. 28',
    // Art. 21(2)–(4) were kept as they are in the GDPR.
    directMarketingObjection: 'Art. 21(2) and (3)',
    directMarketingNotice: 'Art. 21(4)',
    // Arts. 22A–22D since 5 February 2026 (Data (Use and Access) Act 2025, s. 80); 22A defines the decisions.
    automatedDecisions: 'Art. 22A',
    automatedDecisionsNotice: 'Art. 13(2)(f)',
    specialCategories: 'Art. 9',
    safeguardCopies: 'Art. 13(1)(f)',
    // The UK GDPR's Art. 6(3) asks for "domestic law": the law of the United Kingdom or of a part of it.
    obligationLaw: { provision: 'Art. 6(3)', laws: ['UK law'] },
    // Adequacy regulations the Secretary of State makes (Data Protection Act 2018, s. 17A).
    adequacyNotice: {
      provision: 'Art. 45',
      none: 'The UK has made no adequacy regulations {citation} finding an adequate level of protection in {countries}',
      certifiedOnly:
        "The UK's adequacy regulations {citation} for {countries} cover only recipients certified under the framework they recognise ({framework})",
    },
    transferRule: 'Art. 44–46',
    transferNotice: 'Art. 13(1)(f)',
  },
  swiss_fadp: {
    id: 'swiss_fadp',
    name: 'the Swiss Federal Act on Data Protection (FADP)',
    short: 'the FADP',
    abbreviation: 'FADP',
    citation: '{p} FADP',
    region: 'Switzerland',
    personalData: 'personal data',
    // The FADP requires no legal basis for processing that follows its principles (Art. 6, 31).
    requiresLawfulBasis: false,
    responseTime: { max: 'P30D', words: '30 days', provision: 'Art. 18', source: 'Data Protection Ordinance' },
    representative: { provision: 'Art. 14', region: 'Switzerland' },
    complaintAuthority: { name: 'Federal Data Protection and Information Commissioner (FDPIC)', url: 'https://www.edoeb.admin.ch/', provision: 'Art. 49' },
    automatedDecisions: 'Art. 21',
    // No directMarketingObjection: processing against a person's express objection violates their
    // personality (Art. 30(2)(b)) unless an overriding interest justifies it (Art. 31(1)), so the
    // FADP's objection is not the GDPR's absolute one. (The CCPA has no right to object to a
    // business's own direct marketing at all.)
    // Disclosure abroad: on a Federal Council adequacy decision (Art. 16(1)) or a safeguard (Art.
    // 16(2)); Art. 17 lists the exceptions. SR 235.1, https://www.fedlex.admin.ch/eli/cc/2022/491/en
    transferRule: 'Art. 16',
    // The controller names the state data is disclosed to, and the safeguard or exception relied on.
    transferNotice: 'Art. 19(4)',
    // The revised FADP and its Data Protection Ordinance (DPO, SR 235.11) took effect on 1 September
    // 2023, and with them the Federal Council's binding list of adequate states (DPO Annex 1).
    // Before, under the FADP of 1992 (Art. 6), the FDPIC's list of states was an aid without
    // binding force: the exporter had to judge each country's protection itself (Federal Office of
    // Justice, https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/anerkennung-staaten.html).
    // policyc cannot say what such a judgement concluded, so it makes no claim about Swiss
    // transfers in a policy dated before the revised law.
    transfersJudgedFrom: '2023-09-01',
  },
  ccpa: {
    id: 'ccpa',
    name: 'the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA)',
    short: 'the CCPA',
    abbreviation: 'CCPA',
    citation: 'Cal. Civ. Code {p}',
    personalData: 'personal information',
    requiresLawfulBasis: false,
    responseTime: { max: 'P45D', words: '45 days', provision: '§ 1798.130(a)(2)' },
    responseExtension: { max: 'P45D', words: '45 days', provision: '§ 1798.130(a)(2)(A)' },
    // The CCPA regulations: a consumer may use an authorized agent to submit requests to know, delete, correct, opt out and limit.
    authorizedAgents: { citation: 'Cal. Code Regs. tit. 11, § 7063' },
  },
  coppa: {
    id: 'coppa',
    name: "the Children's Online Privacy Protection Act (COPPA)",
    short: 'COPPA',
    abbreviation: 'COPPA',
    citation: '{p} COPPA',
    personalData: 'personal information',
    requiresLawfulBasis: false,
  },
};

/** The order laws are listed in when several apply. */
export const LAW_ORDER: readonly LawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa', 'coppa'];

/**
 * The rights a notice under each European law must tell people of, with the provision that
 * requires it: GDPR/UK GDPR Art. 13(2)(b)–(d); the FADP's access (Art. 25), portability (Art. 28)
 * and rectification and erasure (Art. 32).
 */
export const NOTICE_RIGHTS: Readonly<Record<'gdpr' | 'uk_gdpr' | 'swiss_fadp', readonly Right[]>> = {
  gdpr: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'object', 'complaint'],
  uk_gdpr: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'object', 'complaint'],
  swiss_fadp: ['access', 'rectification', 'erasure', 'portability'],
};

/** What the CCPA's words mean, where a policy uses them. */
export const CCPA_DEFINITIONS = {
  /** Selling, renting, disclosing … personal information to a third party for valuable consideration. */
  sale: '§ 1798.140(ad)',
  /** Making personal information available to a third party for cross-context behavioral advertising. */
  sharing: '§ 1798.140(ah)',
  /** The right to opt out of sale and sharing, and the link that offers it. */
  optOut: '§ 1798.120',
  optOutLink: '§ 1798.135',
  /** The privacy policy says whether personal information is sold or shared. */
  saleStatement: '§ 1798.130(a)(5)(C)',
  /** California's Shine the Light law: disclosures to third parties for their own direct marketing. */
  shineTheLight: '§ 1798.83',
  /** The right to limit the use of sensitive personal information. */
  limitSensitive: '§ 1798.121',
  /** Financial incentives for personal information: allowed with the consumer's prior opt-in consent, which may be revoked at any time. */
  financialIncentiveConsent: '§ 1798.125(b)(3)',
} as const;

/** What the CCPA regulations (Cal. Code Regs. tit. 11) add, cited in full: they are not part of the Civil Code. */
export const CCPA_REGULATIONS = {
  /** A business that sells or shares processes opt-out preference signals such as Global Privacy Control. */
  optOutSignals: 'Cal. Code Regs. tit. 11, § 7025',
  /** The purposes for which sensitive personal information may be used without offering the right to limit. */
  sensitiveLimitedUse: 'Cal. Code Regs. tit. 11, § 7027(m)',
  /** What a notice of financial incentive contains. */
  financialIncentiveNotice: 'Cal. Code Regs. tit. 11, § 7016(b)',
} as const;
