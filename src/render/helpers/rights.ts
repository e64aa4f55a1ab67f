import type { Right } from '../../model/policy.generated.js';

/** Which law a right is explained under: its article or section differs, the substance barely. */
export type RightsLaw = 'gdpr' | 'uk_gdpr' | 'swiss_fadp' | 'ccpa' | 'everyone';

interface RightText {
  label: string;
  /** Completes "You can …"; `{pd}` stands for "personal data" or "personal information". */
  explanation: string;
  gdpr?: string;
  fadp?: string;
  ccpa?: string;
}

const RIGHTS: Readonly<Record<Right, RightText>> = {
  access: {
    label: 'Right of access',
    explanation: 'ask for a copy of the {pd} we hold about you and for details of how we use it',
    gdpr: 'Art. 15',
    fadp: 'Art. 25',
  },
  rectification: {
    label: 'Right to rectification',
    explanation: 'ask us to correct {pd} about you that is inaccurate and to complete it if it is incomplete',
    gdpr: 'Art. 16',
    fadp: 'Art. 32',
  },
  erasure: {
    label: 'Right to erasure',
    explanation: 'ask us to delete your {pd}, for example when we no longer need it or you withdraw your consent, unless the law requires us to keep it',
    gdpr: 'Art. 17',
    fadp: 'Art. 32',
  },
  restriction: {
    label: 'Right to restriction of processing',
    explanation: 'ask us to limit how we use your {pd}, for example while we check whether it is accurate',
    gdpr: 'Art. 18',
    fadp: 'Art. 32',
  },
  portability: {
    label: 'Right to data portability',
    explanation:
      'receive the {pd} you gave us in a structured, commonly used and machine-readable format, or ask us to send it to another organization, where we process it by automated means on the basis of your consent or a contract',
    gdpr: 'Art. 20',
    fadp: 'Art. 28',
  },
  object: {
    label: 'Right to object',
    explanation: 'object to our use of your {pd} on the basis of our legitimate interests, and object at any time to its use for direct marketing',
    gdpr: 'Art. 21',
    fadp: 'Art. 32',
  },
  automated_decisions: {
    label: 'Rights related to automated decision-making',
    explanation:
      'object to a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you, and ask for a person to review such a decision',
    gdpr: 'Art. 22',
    fadp: 'Art. 21',
  },
  withdraw_consent: {
    label: 'Right to withdraw consent',
    explanation: 'withdraw your consent at any time where we rely on it; this does not affect the lawfulness of what we did before you withdrew it',
    gdpr: 'Art. 7(3)',
  },
  complaint: {
    label: 'Right to lodge a complaint',
    explanation: 'complain to a data protection supervisory authority if you think we have handled your {pd} unlawfully',
    gdpr: 'Art. 77',
  },
  know: {
    label: 'Right to know',
    explanation:
      'ask what {pd} we have collected about you, where it came from, why we use it, who we disclose it to, and for a copy of the specific pieces of {pd} we hold',
    ccpa: '§ 1798.110',
  },
  delete: {
    label: 'Right to delete',
    explanation: 'ask us to delete the {pd} we have collected from you, subject to exceptions the law allows',
    ccpa: '§ 1798.105',
  },
  correct: {
    label: 'Right to correct',
    explanation: 'ask us to correct inaccurate {pd} we hold about you',
    ccpa: '§ 1798.106',
  },
  opt_out_sale_sharing: {
    label: 'Right to opt out of sale or sharing',
    explanation: 'tell us not to sell your {pd} or share it for cross-context behavioral advertising',
    ccpa: '§ 1798.120',
  },
  limit_sensitive: {
    label: 'Right to limit use of sensitive personal information',
    explanation: 'ask us to use your sensitive {pd} only as needed to provide the service you asked for',
    ccpa: '§ 1798.121',
  },
  non_discrimination: {
    label: 'Right to non-discrimination',
    explanation: 'exercise these rights without being treated differently, for example by being denied the service or charged a different price',
    ccpa: '§ 1798.125',
  },
  opt_out_marketing: {
    label: 'Right to opt out of marketing',
    explanation: 'stop receiving marketing messages from us at any time',
  },
};

/** "Right of access". */
export function rightLabel(right: Right): string {
  return RIGHTS[right].label;
}

/** Completes "You can …": "ask for a copy of the personal data we hold about you …". */
export function rightExplanation(right: Right, personalData: string): string {
  return RIGHTS[right].explanation.replaceAll('{pd}', personalData);
}

/**
 * Where the right is in the law: "Art. 15" (GDPR and UK GDPR number them alike), "Art. 25" (FADP),
 * "§ 1798.110" (California Civil Code), or "" where no single provision applies.
 */
export function rightReference(right: Right, law: RightsLaw): string {
  const text = RIGHTS[right];
  switch (law) {
    case 'gdpr':
    case 'uk_gdpr':
      return text.gdpr ?? '';
    case 'swiss_fadp':
      return text.fadp ?? '';
    case 'ccpa':
      return text.ccpa ?? '';
    case 'everyone':
      return '';
  }
}

/**
 * A right's provisions, for a list that may serve several laws. Unless `named`, the list's heading
 * says which law applies, so the provision of the first stands alone ("Art. 15", the same in the
 * GDPR and the UK GDPR). Named, each provision carries its law: "Art. 15 GDPR and UK GDPR; Art. 25
 * FADP", "Cal. Civ. Code § 1798.105".
 */
export function rightReferences(right: Right, laws: readonly Exclude<RightsLaw, 'everyone'>[], named: boolean): string {
  const gdprFamily = laws.filter((law) => law === 'gdpr' || law === 'uk_gdpr');
  if (!named) return laws[0] === undefined ? '' : rightReference(right, laws[0]);
  const parts: string[] = [];
  const gdpr = laws.find((law) => law === 'gdpr' || law === 'uk_gdpr');
  if (gdpr !== undefined && rightReference(right, gdpr) !== '') {
    parts.push(`${rightReference(right, gdpr)} ${gdprFamily.map((law) => (law === 'gdpr' ? 'GDPR' : 'UK GDPR')).join(' and ')}`);
  }
  if (laws.includes('swiss_fadp') && rightReference(right, 'swiss_fadp') !== '') parts.push(`${rightReference(right, 'swiss_fadp')} FADP`);
  if (laws.includes('ccpa') && rightReference(right, 'ccpa') !== '') parts.push(`Cal. Civ. Code ${rightReference(right, 'ccpa')}`);
  return parts.join('; ');
}
