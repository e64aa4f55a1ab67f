import type { AdequacyDecision, TransferLawId, TransferMechanism, TransferToolEntry } from './types.js';

/** The laws whose transfer rules (GDPR and UK GDPR Chapter V) policyc models. */
export const TRANSFER_LAWS: readonly TransferLawId[] = ['gdpr', 'uk_gdpr'];

/**
 * Each transfer mechanism the schema names, what it is in law and under which laws it is a
 * valid ground. An Art. 49 derogation is a ground for an occasional transfer, never a safeguard;
 * the Commission's SCCs are a safeguard under the GDPR only (the UK needs its Addendum or the
 * IDTA); the UK IDTA and Addendum only under the UK GDPR.
 */
export const TRANSFER_TOOLS: Readonly<Record<TransferMechanism, TransferToolEntry>> = {
  adequacy: {
    kind: 'adequacy',
    label: 'adequacy decisions, which recognize that the destination country protects personal data to an essentially equivalent standard',
    short: 'Adequacy decision',
    validUnder: { gdpr: 'Art. 45', uk_gdpr: 'Art. 45' },
  },
  dpf: {
    kind: 'adequacy',
    label: 'the EU-U.S. Data Privacy Framework and its UK Extension, under which the recipient is certified',
    short: 'EU-U.S. Data Privacy Framework',
    validUnder: { gdpr: 'Art. 45', uk_gdpr: 'Art. 45' },
    validFrom: '2023-07-10',
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
    label: 'Standard Contractual Clauses approved by the European Commission',
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
  bcr: {
    kind: 'safeguard',
    label: 'Binding Corporate Rules',
    short: 'Binding Corporate Rules',
    validUnder: { gdpr: 'Art. 47', uk_gdpr: 'Art. 47' },
  },
  derogation_consent: {
    kind: 'derogation',
    label: 'your explicit consent to the transfer, which we ask for separately after telling you its risks',
    short: 'None (exception: your explicit consent)',
    validUnder: { gdpr: 'Art. 49(1)(a)', uk_gdpr: 'Art. 49(1)(a)' },
  },
  derogation_contract: {
    kind: 'derogation',
    label: 'the transfer being necessary to perform our contract with you',
    short: 'None (exception: needed for our contract with you)',
    validUnder: { gdpr: 'Art. 49(1)(b)', uk_gdpr: 'Art. 49(1)(b)' },
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

/** Where each law protects people, and from where a transfer starts. */
export function insideTerritory(law: TransferLawId, code: string): boolean {
  return law === 'gdpr' ? EEA.has(code) : code === 'GB';
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
  EU('US', 'Implementing Decision (EU) 2016/1250 (Privacy Shield)', '2016-08-01', { until: '2020-07-16', certifiedOnly: true }),
  EU('US', 'Implementing Decision (EU) 2023/1795 (Data Privacy Framework)', '2023-07-10', { certifiedOnly: true }),
  ...[...EEA, 'GI'].map((country) => UK(country, 'Data Protection Act 2018, Sch. 21 para. 4', '1990-01-01')),
  ...['AD', 'AR', 'CA', 'CH', 'FO', 'GG', 'IL', 'IM', 'JE', 'JP', 'NZ', 'UY'].map((country) => UK(country, UK_KEPT, UK_FROM)),
  UK('KR', 'The Data Protection (Adequacy) (Republic of Korea) Regulations 2022', '2022-12-19'),
  UK('US', 'The Data Protection (Adequacy) (United States of America) Regulations 2023 (UK Extension to the DPF)', '2023-10-12', { certifiedOnly: true }),
];

/** The decision that makes `country` adequate under `law` on `date`, if any. */
export function adequacyOn(law: TransferLawId, country: string, date: string, certified: boolean): AdequacyDecision | undefined {
  return ADEQUACY.find(
    (d) => d.law === law && d.country === country && date >= d.from && (d.until === undefined || date <= d.until) && (certified || d.certifiedOnly !== true),
  );
}
