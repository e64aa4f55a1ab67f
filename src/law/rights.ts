import type { Right, RightEntry, RightsLawId } from './types.js';

/**
 * Each right, what it lets a person do, and where each law grants it. The GDPR and the UK GDPR
 * number their articles alike; the FADP and the California Civil Code have their own.
 */
export const RIGHTS: Readonly<Record<Right, RightEntry>> = {
  access: {
    label: 'Right of access',
    explanation: 'ask for a copy of the {pd} we hold about you and for details of how we use it',
    provisions: { gdpr: 'Art. 15', uk_gdpr: 'Art. 15', swiss_fadp: 'Art. 25' },
  },
  rectification: {
    label: 'Right to rectification',
    explanation: 'ask us to correct {pd} about you that is inaccurate and to complete it if it is incomplete',
    provisions: { gdpr: 'Art. 16', uk_gdpr: 'Art. 16', swiss_fadp: 'Art. 32' },
  },
  erasure: {
    label: 'Right to erasure',
    // Art. 17(3) GDPR lists more exceptions than a duty to keep the data (legal claims, freedom of expression).
    explanation:
      'ask us to delete your {pd}, for example when we no longer need it or you withdraw your consent, unless an exception in the law applies, such as when the law requires us to keep it or we need it to establish, exercise or defend legal claims',
    provisions: { gdpr: 'Art. 17', uk_gdpr: 'Art. 17', swiss_fadp: 'Art. 32' },
    promise: 'ask us to delete your {pd}',
  },
  restriction: {
    label: 'Right to restriction of processing',
    explanation: 'ask us to limit how we use your {pd}, for example while we check whether it is accurate',
    provisions: { gdpr: 'Art. 18', uk_gdpr: 'Art. 18', swiss_fadp: 'Art. 32' },
  },
  portability: {
    label: 'Right to data portability',
    explanation:
      'receive the {pd} you gave us in a structured, commonly used and machine-readable format, or ask us to send it to another organization where this is technically feasible; this right applies where we process the data by automated means on the basis of your consent or a contract',
    provisions: { gdpr: 'Art. 20', uk_gdpr: 'Art. 20', swiss_fadp: 'Art. 28', ccpa: '§ 1798.130' },
    // The FADP (Art. 28): a commonly used electronic format; sent to another controller unless that
    // takes disproportionate effort; for data processed automatically with consent or in direct
    // connection with a contract.
    // The CCPA has no portability right of its own: the specific pieces a business discloses in
    // answer to a request to know come in a portable format (Cal. Civ. Code 1798.130), without the
    // GDPR's conditions of consent or contract and automated processing.
    explanations: {
      swiss_fadp:
        'receive the {pd} you gave us in a commonly used electronic format, or ask us to send it to another controller unless this takes disproportionate effort; this right applies where we process the data automatically with your consent or in direct connection with a contract with you',
      ccpa: 'receive the specific pieces of {pd} we disclose to you when you ask to know what we hold, in a structured, commonly used and machine-readable format that you can send to another business',
    },
    promise: 'receive the {pd} you gave us in a structured, commonly used and machine-readable format',
  },
  object: {
    label: 'Right to object',
    // Art. 21(1): on grounds of the person's particular situation, unless the controller shows
    // compelling legitimate grounds or needs the data for legal claims; direct marketing (21(2)) always.
    explanation:
      'object, on grounds relating to your particular situation, to our use of your {pd} on the basis of our legitimate interests (we then stop unless we have compelling legitimate grounds or need it for legal claims), and object at any time to its use for direct marketing',
    provisions: { gdpr: 'Art. 21', uk_gdpr: 'Art. 21', swiss_fadp: 'Art. 32' },
    // The FADP (Art. 30(2)(b), 32) lets a person object to processing without the GDPR's conditions.
    explanations: {
      swiss_fadp: 'object to our use of your {pd}, and object at any time to its use for direct marketing',
    },
    // A promise to everyone says no more than the company declared: "direct marketing" would tell
    // readers of a policy with no marketing purpose that there is one (Firefox Focus, German review).
    promise: 'object to our use of your {pd}',
  },
  automated_decisions: {
    label: 'Rights related to automated decision-making',
    // The FADP (Art. 21(2), (3)) lets a person state their position and have a person review the
    // decision, except where it grants a request made under a contract or the person expressly agreed.
    explanation:
      'give your point of view on a decision based solely on automated processing that has legal effects on you or significantly affects you, and ask for a person to review it, unless the decision grants what you asked for under a contract with you or you expressly agreed to it being automated',
    promise:
      'give your point of view on a decision based solely on automated processing that has legal or similarly significant effects on you, and ask for a person to review it',
    // The UK GDPR's Art. 22 was replaced by Arts. 22A–22D (Data (Use and Access) Act 2025, s. 80,
    // in force since 5 February 2026): the safeguards are Art. 22C's.
    provisions: { gdpr: 'Art. 22', uk_gdpr: 'Art. 22C', swiss_fadp: 'Art. 21' },
    statements: {
      // Art. 22(1) is a right not to be subject to such a decision, not a right to object to one
      // (CJEU C-634/21, SCHUFA); the safeguards of Art. 22(3) apply where a contract or explicit
      // consent allows the decision (22(2)(a), (c)).
      gdpr: 'You have the right not to be subject to a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you, unless the decision is necessary for entering into or performing a contract with you, authorised by law, or based on your explicit consent. Where it is necessary for such a contract or based on your explicit consent, you can ask for a person to review it, give your point of view and contest the decision.',
      // Arts. 22A–22D UK GDPR: such decisions are allowed with the safeguards of 22C. (Art. 22B's
      // limits for special categories of data are the controller's to meet, not a right to state here.)
      uk_gdpr:
        'If a decision that has legal or similarly significant effects on you is based solely on automated processing, including profiling, you can make representations about it, ask for a person to intervene and contest the decision.',
    },
  },
  withdraw_consent: {
    label: 'Right to withdraw consent',
    explanation: 'withdraw your consent at any time where we rely on it; this does not affect the lawfulness of what we did before you withdrew it',
    provisions: { gdpr: 'Art. 7(3)', uk_gdpr: 'Art. 7(3)' },
  },
  complaint: {
    label: 'Right to lodge a complaint',
    explanation: 'complain to a data protection supervisory authority if you think we have handled your {pd} unlawfully',
    provisions: { gdpr: 'Art. 77', uk_gdpr: 'Art. 77' },
  },
  know: {
    label: 'Right to know',
    explanation:
      'ask what {pd} we have collected about you, where it came from, why we use it, who we disclose it to, and for a copy of the specific pieces of {pd} we hold',
    provisions: { ccpa: '§ 1798.110' },
  },
  delete: {
    label: 'Right to delete',
    explanation: 'ask us to delete the {pd} we have collected from you, subject to exceptions the law allows',
    provisions: { ccpa: '§ 1798.105' },
    promise: 'ask us to delete the {pd} we have collected from you',
  },
  correct: {
    label: 'Right to correct',
    explanation: 'ask us to correct inaccurate {pd} we hold about you',
    provisions: { ccpa: '§ 1798.106' },
  },
  opt_out_sale_sharing: {
    label: 'Right to opt out of sale or sharing',
    explanation: 'tell us not to sell your {pd} or share it for cross-context behavioral advertising',
    provisions: { ccpa: '§ 1798.120' },
  },
  limit_sensitive: {
    label: 'Right to limit use of sensitive personal information',
    explanation: 'ask us to use your sensitive {pd} only as needed to provide the service you asked for',
    provisions: { ccpa: '§ 1798.121' },
  },
  non_discrimination: {
    label: 'Right to non-discrimination',
    explanation: 'exercise these rights without being treated differently, for example by being denied the service or charged a different price',
    provisions: { ccpa: '§ 1798.125' },
    // The examples are the CCPA's (1798.125(a)(1)); a promise to everyone makes only the promise.
    promise: 'exercise these rights without being treated differently for doing so',
  },
  opt_out_marketing: {
    label: 'Right to opt out of marketing',
    explanation: 'stop receiving marketing messages from us at any time',
    provisions: {},
  },
};

/**
 * The GDPR and the CCPA name the same right differently; a policy that grants `access` to
 * everyone has granted Californians their right to know.
 */
export const SAME_RIGHT: ReadonlyArray<readonly [Right, Right]> = [
  ['access', 'know'],
  ['erasure', 'delete'],
  ['rectification', 'correct'],
];

/** Whether `law` grants `right`, by that name or by the name it gives the same right (SAME_RIGHT). */
export function grantsRight(law: RightsLawId, right: Right): boolean {
  if (RIGHTS[right].provisions[law] !== undefined) return true;
  return SAME_RIGHT.some(([a, b]) => (a === right && RIGHTS[b].provisions[law] !== undefined) || (b === right && RIGHTS[a].provisions[law] !== undefined));
}
