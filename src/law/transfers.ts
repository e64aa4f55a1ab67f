import { LAWS } from './laws.js';
import type { AdequacyDecision, LawId, ToolNames, TransferLawId, TransferMechanism, TransferToolEntry } from './types.js';

/** The laws whose transfer rules policyc models: GDPR and UK GDPR Chapter V, FADP Art. 16–17. */
export const TRANSFER_LAWS: readonly TransferLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp'];

export function isTransferLaw(law: string): law is TransferLawId {
  return (TRANSFER_LAWS as readonly string[]).includes(law);
}

/**
 * The declared laws whose transfer rules policyc judges a policy by on `date`: a law whose rules
 * are modelled only from a date (the FADP from 1 September 2023) is left out before it.
 */
export function transferLawsOn(laws: Iterable<LawId>, date: string): TransferLawId[] {
  const declared = new Set(laws);
  return TRANSFER_LAWS.filter((law) => declared.has(law) && date >= (LAWS[law].transfersJudgedFrom ?? ''));
}

/**
 * Each transfer mechanism the schema names, what it is in law and under which laws it is a
 * valid ground. An Art. 49 derogation (FADP Art. 17 exception) is a ground for an occasional
 * transfer, never a safeguard; the Commission's SCCs are a safeguard under the GDPR only (the UK
 * needs its Addendum or the IDTA, Switzerland the adaptations the FDPIC requires); the UK IDTA
 * and Addendum only under the UK GDPR, the Swiss adaptations only under the FADP.
 *
 * FADP provisions (SR 235.1, https://www.fedlex.admin.ch/eli/cc/2022/491/en): Art. 16(1) a
 * Federal Council decision that a state's legislation guarantees adequate protection; Art.
 * 16(2)(d) standard data protection clauses the FDPIC has approved, issued or recognised
 * beforehand; Art. 16(2)(e) binding corporate rules approved in advance by the FDPIC or by the
 * data protection authority of a state with adequate protection; Art. 17(1)(a) the data
 * subject's explicit consent; Art. 17(1)(b)(1) disclosure directly connected with the conclusion
 * or performance of a contract between the controller and the data subject.
 */
export const TRANSFER_TOOLS: Readonly<Record<TransferMechanism, TransferToolEntry>> = {
  adequacy: {
    kind: 'adequacy',
    label: 'adequacy decisions, which recognize that the destination country protects personal data adequately',
    short: 'Adequacy decision',
    validUnder: { gdpr: 'Art. 45', uk_gdpr: 'Art. 45', swiss_fadp: 'Art. 16(1)' },
  },
  dpf: {
    kind: 'adequacy',
    label: 'the EU-U.S. Data Privacy Framework and its UK Extension, under which the recipient is certified',
    short: 'EU-U.S. Data Privacy Framework',
    // Under the FADP only on the Federal Council's decision for recipients certified under the
    // Swiss-U.S. framework, from 15 September 2024 (the ADEQUACY entry below).
    validUnder: { gdpr: 'Art. 45', uk_gdpr: 'Art. 45', swiss_fadp: 'Art. 16(1)' },
    validFrom: '2023-07-10',
    // A US recipient certifies under the Swiss-U.S. framework separately from the EU-U.S. one,
    // and a UK transfer rests on the UK Extension (in force from 12 October 2023).
    namesByLaws: {
      gdpr: { label: 'the EU-U.S. Data Privacy Framework, under which the recipient is certified', short: 'EU-U.S. Data Privacy Framework' },
      'gdpr,uk_gdpr': {
        label: 'the EU-U.S. Data Privacy Framework and its UK Extension, under which the recipient is certified',
        short: 'EU-U.S. Data Privacy Framework',
      },
      uk_gdpr: {
        label: 'the UK Extension to the EU-U.S. Data Privacy Framework, under which the recipient is certified',
        short: 'UK Extension to the EU-U.S. Data Privacy Framework',
      },
      swiss_fadp: { label: 'the Swiss-U.S. Data Privacy Framework, under which the recipient is certified', short: 'Swiss-U.S. Data Privacy Framework' },
      'gdpr,swiss_fadp': {
        label: 'the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework, under which the recipient is certified',
        short: 'EU-U.S. and Swiss-U.S. Data Privacy Frameworks',
      },
      'swiss_fadp,uk_gdpr': {
        label: 'the UK Extension to the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework, under which the recipient is certified',
        short: 'UK Extension and Swiss-U.S. Data Privacy Framework',
      },
      'gdpr,swiss_fadp,uk_gdpr': {
        label: 'the EU-U.S. Data Privacy Framework, its UK Extension and the Swiss-U.S. Data Privacy Framework, under which the recipient is certified',
        short: 'EU-U.S. and Swiss-U.S. Data Privacy Frameworks',
      },
    },
  },
  privacy_shield: {
    kind: 'adequacy',
    label: 'the EU-U.S. Privacy Shield, under which the recipient is certified',
    short: 'EU-U.S. Privacy Shield',
    validUnder: { gdpr: 'Art. 45' },
    validFrom: '2016-08-01',
    // Struck down by the Court of Justice in Schrems II (C-311/18).
    validUntil: '2020-07-16',
  },
  scc: {
    kind: 'safeguard',
    label: 'Standard Contractual Clauses adopted by the European Commission',
    short: 'Standard Contractual Clauses',
    validUnder: { gdpr: 'Art. 46(2)(c)' },
  },
  uk_idta: {
    kind: 'safeguard',
    label:
      "the UK International Data Transfer Agreement or the UK Addendum to the Standard Contractual Clauses, issued by the Information Commissioner's Office",
    short: 'UK IDTA / Addendum',
    validUnder: { uk_gdpr: 'Art. 46(2)(d)' },
    validFrom: '2022-03-21',
  },
  swiss_scc: {
    kind: 'safeguard',
    label:
      'the Standard Contractual Clauses adopted by the European Commission, with the adaptations for Swiss law that the Federal Data Protection and Information Commissioner (FDPIC) requires',
    short: 'Standard Contractual Clauses with Swiss adaptations',
    validUnder: { swiss_fadp: 'Art. 16(2)(d)' },
    // The FDPIC recognised the Commission's clauses of 4 June 2021 on 27 August 2021, provided the
    // adaptations and additions for Swiss law are made (FDPIC, "The transfer of personal data to a
    // country with an inadequate level of data protection based on recognised standard
    // contractual clauses and model contracts", 27 August 2021, https://www.edoeb.admin.ch).
    validFrom: '2021-08-27',
  },
  bcr: {
    kind: 'safeguard',
    label: 'Binding Corporate Rules',
    short: 'Binding Corporate Rules',
    validUnder: { gdpr: 'Art. 47', uk_gdpr: 'Art. 47', swiss_fadp: 'Art. 16(2)(e)' },
  },
  derogation_consent: {
    kind: 'derogation',
    label: 'your explicit consent to the transfer, which the law lets us rely on only after you have been informed of its possible risks',
    short: 'None (exception: your explicit consent)',
    validUnder: { gdpr: 'Art. 49(1)(a)', uk_gdpr: 'Art. 49(1)(a)', swiss_fadp: 'Art. 17(1)(a)' },
  },
  derogation_contract: {
    kind: 'derogation',
    label: 'the transfer being necessary to perform our contract with you',
    short: 'None (exception: needed for our contract with you)',
    validUnder: { gdpr: 'Art. 49(1)(b)', uk_gdpr: 'Art. 49(1)(b)', swiss_fadp: 'Art. 17(1)(b)(1)' },
  },
  none: {
    kind: 'none',
    label: 'no specific safeguard',
    short: 'None',
    validUnder: {},
  },
};

/** Whether the mechanism was in force on `date` (an ISO date). */
export function toolInForce(mechanism: TransferMechanism, date: string): boolean {
  const tool = TRANSFER_TOOLS[mechanism];
  return (tool.validFrom === undefined || date >= tool.validFrom) && (tool.validUntil === undefined || date <= tool.validUntil);
}

/**
 * A framework for certified recipients (the DPF, the Privacy Shield) under one law: the decisions
 * that recognise it there, from ADEQUACY. Empty for other mechanisms.
 */
export function frameworkDecisions(mechanism: TransferMechanism, law: TransferLawId): AdequacyDecision[] {
  return ADEQUACY.filter((d) => d.framework === mechanism && d.law === law);
}

/**
 * A tool's names, in any language, under the laws it is cited for: its `namesByLaws` entry for them,
 * else its own. The DPF is "the Swiss-U.S. Data Privacy Framework" for a policy under the FADP alone,
 * and names its UK Extension only under the UK GDPR.
 */
export function namesUnder(tool: ToolNames & { namesByLaws?: Readonly<Record<string, ToolNames>> }, laws: readonly TransferLawId[]): ToolNames {
  return tool.namesByLaws?.[[...laws].sort().join(',')] ?? { label: tool.label, short: tool.short };
}

/** EU member states plus Iceland, Liechtenstein and Norway ("EU" for a provider that names only the Union). */
export const EEA: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'EU',
]);

/**
 * Where each law protects people, and from where a transfer starts: the EEA, the UK,
 * Switzerland. Data the FADP protects that leaves Switzerland is disclosed abroad (Art. 16), even
 * to the EEA, which is why the EEA states are on the Swiss list of adequate states below.
 */
const TERRITORY: Readonly<Record<TransferLawId, (code: string) => boolean>> = {
  gdpr: (code) => EEA.has(code),
  uk_gdpr: (code) => code === 'GB',
  swiss_fadp: (code) => code === 'CH',
};

export function insideTerritory(law: TransferLawId, code: string): boolean {
  return TERRITORY[law](code);
}

const EU = (country: string, reference: string, from: string, extra: Partial<AdequacyDecision> = {}): AdequacyDecision => ({
  law: 'gdpr',
  country,
  reference,
  from,
  ...extra,
});

// The UK kept the EU's decisions in force at the end of 2020 and recognises the EEA and Gibraltar
// (Data Protection Act 2018 Sch. 21 para. 4–5), then made its own regulations.
const UK_FROM = '2021-01-01';
const UK_KEPT = 'Data Protection Act 2018, Sch. 21 para. 5';
const UK = (country: string, reference: string, from: string, extra: Partial<AdequacyDecision> = {}): AdequacyDecision => ({
  law: 'uk_gdpr',
  country,
  reference,
  from,
  ...extra,
});

/**
 * The Federal Council's list of states with adequate protection, binding since the Data
 * Protection Ordinance took effect on 1 September 2023 (DPO Annex 1, SR 235.11,
 * https://www.fedlex.admin.ch/eli/cc/2022/568/en; reproduced by the Federal Office of Justice,
 * https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/anerkennung-staaten.html).
 * Every EEA state, the United Kingdom, Andorra, Argentina, Canada (where PIPEDA or a provincial
 * act that largely corresponds to it applies), the Faroe Islands, Gibraltar, Guernsey, the Isle
 * of Man, Israel, Jersey, Monaco, New Zealand and Uruguay. Japan and the Republic of Korea, which
 * the EU and the UK recognise, are not on it.
 */
const SWISS_ADEQUATE: readonly string[] = [...EEA, 'GB', 'AD', 'AR', 'CA', 'FO', 'GI', 'GG', 'IM', 'IL', 'JE', 'MC', 'NZ', 'UY'];
const SWISS_ANNEX = 'Data Protection Ordinance, Annex 1';
// The list took effect with the ordinance; before, policyc does not judge Swiss transfers.
const SWISS_FROM = LAWS.swiss_fadp.transfersJudgedFrom ?? '';
const CH = (country: string, reference: string, from: string, extra: Partial<AdequacyDecision> = {}): AdequacyDecision => ({
  law: 'swiss_fadp',
  country,
  reference,
  from,
  ...extra,
});

/**
 * Adequacy decisions with the dates they took effect and ended, so a policy is judged by the
 * decisions in force on its effective date. Decisions for certified recipients only (the DPF, the
 * Privacy Shield, Safe Harbor) cover a recipient only when the policy says it is certified.
 */
export const ADEQUACY: readonly AdequacyDecision[] = [
  EU('CH', 'Decision 2000/518/EC', '2000-07-26'),
  EU('CA', 'Decision 2002/2/EC (organisations subject to PIPEDA)', '2001-12-20'),
  EU('AR', 'Decision 2003/490/EC', '2003-06-30'),
  EU('GG', 'Decision 2003/821/EC', '2003-11-21'),
  EU('IM', 'Decision 2004/411/EC', '2004-04-28'),
  EU('JE', 'Decision 2008/393/EC', '2008-05-08'),
  EU('FO', 'Decision 2010/146/EU', '2010-03-05'),
  EU('AD', 'Decision 2010/625/EU', '2010-10-19'),
  EU('IL', 'Decision 2011/61/EU', '2011-01-31'),
  EU('UY', 'Decision 2012/484/EU', '2012-08-21'),
  EU('NZ', 'Decision 2013/65/EU', '2012-12-19'),
  EU('JP', 'Implementing Decision (EU) 2019/419', '2019-01-23'),
  // Before the decision, the UK was a member state, then under the transition and bridge periods.
  EU('GB', 'Implementing Decision (EU) 2021/1772', '1990-01-01'),
  EU('KR', 'Implementing Decision (EU) 2022/254', '2021-12-17'),
  EU('US', 'Decision 2000/520/EC (Safe Harbor)', '2000-07-26', { until: '2015-10-06', certifiedOnly: true }),
  EU('US', 'Implementing Decision (EU) 2016/1250 (Privacy Shield)', '2016-08-01', { until: '2020-07-16', certifiedOnly: true, framework: 'privacy_shield' }),
  EU('US', 'Implementing Decision (EU) 2023/1795 (Data Privacy Framework)', '2023-07-10', { certifiedOnly: true, framework: 'dpf' }),
  ...[...EEA, 'GI'].map((country) => UK(country, 'Data Protection Act 2018, Sch. 21 para. 4', '1990-01-01')),
  ...['AD', 'AR', 'CA', 'CH', 'FO', 'GG', 'IL', 'IM', 'JE', 'JP', 'NZ', 'UY'].map((country) => UK(country, UK_KEPT, UK_FROM)),
  UK('KR', 'The Data Protection (Adequacy) (Republic of Korea) Regulations 2022', '2022-12-19'),
  UK('US', 'The Data Protection (Adequacy) (United States of America) Regulations 2023 (UK Extension to the DPF)', '2023-10-12', {
    certifiedOnly: true,
    framework: 'dpf',
  }),
  ...SWISS_ADEQUATE.map((country) => CH(country, SWISS_ANNEX, SWISS_FROM)),
  // The Federal Council's decision of 14 August 2024 added the United States to DPO Annex 1 for
  // recipients certified under the Swiss-U.S. Data Privacy Framework, in force from 15 September
  // 2024 (Federal Council media release of 14 August 2024; FDPIC,
  // https://www.edoeb.admin.ch/edoeb/en/home/datenschutz/international/angemessenheit.html).
  CH('US', `${SWISS_ANNEX} (Swiss-U.S. Data Privacy Framework)`, '2024-09-15', { certifiedOnly: true, framework: 'dpf' }),
];

/** The decision that makes `country` adequate under `law` on `date`, if any. */
export function adequacyOn(law: TransferLawId, country: string, date: string, certified: boolean): AdequacyDecision | undefined {
  return ADEQUACY.find(
    (d) => d.law === law && d.country === country && date >= d.from && (d.until === undefined || date <= d.until) && (certified || d.certifiedOnly !== true),
  );
}
