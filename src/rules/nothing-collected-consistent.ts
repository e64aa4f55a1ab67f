import type { Path } from '../diagnostics.js';
import { declaresNoData } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';
import { defineRule, type Finding } from './types.js';

type Message = 'purposes' | 'noPurpose' | 'entry' | 'flag' | 'cookies' | 'removeOrCollect' | 'addPurpose';

/** Lists each of whose entries says that personal data goes somewhere or is kept, with what the entry is. */
const LISTS: ReadonlyArray<readonly [keyof Policy & string, string]> = [
  ['retention', 'a retention period for personal data'],
  ['subprocessors', 'a service provider that receives personal data'],
  ['recipient_categories', 'a kind of recipient of personal data'],
  ['disclosures', 'a disclosure of personal data'],
];

/** Cookie kinds that identify or follow a person, so that what they read or store is personal data (GDPR Recital 30). */
const IDENTIFYING_COOKIES: ReadonlySet<string> = new Set(['analytics', 'advertising', 'social_media']);

/**
 * `data_categories: []` makes the policy say "We do not collect any personal data". Every field
 * that speaks of personal data being used, kept, shared, sold or stored somewhere would make that
 * sentence, or its own, false; the reverse (data collected for no purpose) leaves the policy
 * without the purposes Art. 13(1)(c) asks for. Fields that stay true without data (who we are,
 * rights, changes, children, commitments) are not reported.
 */
function contradictions(policy: Policy): Array<Finding<Message>> {
  const found: Array<Finding<Message>> = [];
  // An entry of a list ("This is a service provider …") or a field ("The file declares …").
  const at = (path: Path, what: string, messageId: 'entry' | 'flag'): void => {
    found.push({ path, onKey: messageId === 'flag', messageId, hintId: 'removeOrCollect', data: { what } });
  };
  policy.purposes.forEach((purpose, index) =>
    found.push({ path: ['purposes', index], messageId: 'purposes', hintId: 'removeOrCollect', data: { name: purpose.name } }),
  );
  for (const [key, what] of LISTS) {
    const list = policy[key];
    if (Array.isArray(list)) list.forEach((_entry, index) => at([key, index], what, 'entry'));
  }
  const cookies = policy.cookies;
  if (cookies !== undefined) {
    cookies.used.forEach((kind, index) => {
      if (IDENTIFYING_COOKIES.has(kind)) found.push({ path: ['cookies', 'used', index], messageId: 'cookies', hintId: 'removeOrCollect', data: { kind } });
    });
    if ((cookies.tools ?? []).length > 0) at(['cookies', 'tools'], 'tracking tools', 'flag');
    if (cookies.third_party_tracking === true) at(['cookies', 'third_party_tracking'], 'third-party tracking', 'flag');
  }
  const sale = policy.sale_and_sharing;
  if (sale !== undefined) {
    const flags = [
      ['sells', 'that personal data is sold'],
      ['shares_for_advertising', 'that personal data is shared for advertising'],
      ['shares_with_data_brokers', 'that data brokers receive personal data'],
      ['shares_for_direct_marketing', 'that personal data is disclosed for direct marketing'],
    ] as const;
    for (const [flag, what] of flags) if (sale[flag] === true) at(['sale_and_sharing', flag], what, 'flag');
    for (const list of ['sold', 'shared'] as const) {
      if ((sale.past_12_months?.[list] ?? []).length > 0)
        at(['sale_and_sharing', 'past_12_months', list], `personal data ${list} in the past 12 months`, 'flag');
    }
  }
  if (policy.transfers !== undefined) at(['transfers'], 'where personal data is stored and transferred', 'flag');
  if (policy.visibility !== undefined) at(['visibility'], 'personal data that other users can see', 'flag');
  const ai = policy.ai;
  if (ai !== undefined) {
    (ai.features ?? []).forEach((_feature, index) => at(['ai', 'features', index], 'an AI feature that uses personal data', 'entry'));
    if (ai.training !== undefined && ai.training !== 'never') at(['ai', 'training'], 'that personal data trains models', 'flag');
    if (ai.automated_decisions === true) at(['ai', 'automated_decisions'], 'automated decisions about people', 'flag');
  }
  (policy.rights?.financial_incentives ?? []).forEach((_incentive, index) =>
    at(['rights', 'financial_incentives', index], 'a financial incentive for personal data', 'entry'),
  );
  return found;
}

export const nothingCollectedConsistent = defineRule({
  meta: {
    id: 'nothing-collected-consistent',
    severity: 'error',
    description:
      'A file that declares no personal data collected (data_categories: []) has no purposes and nothing that uses, keeps, shares, sells or stores personal data; one that collects data has a purpose for it.',
    rationale:
      '`data_categories: []` with `purposes: []` makes the policy say that the company collects no personal data, and leaves out every section about uses, legal bases, retention and recipients. A purpose, a retention entry, a service provider or other recipient, a transfer, data other users see, an AI feature, identifying cookies (analytics, advertising, social media; GDPR Recital 30 counts online identifiers as personal data), tracking tools or a sale beside it would make that sentence false, or print a sentence about data the company says it does not have. The reverse, data categories with no purpose, would leave the policy without the purposes GDPR Art. 13(1)(c) and Cal. Civ. Code 1798.100(a)(1) ask for. Strictly necessary and preference cookies, rights, children, commitments and changes are not reported: they stay true without data.',
    messages: {
      purposes: "Purpose '{{name}}' uses personal data, but data_categories is empty, which declares that no personal data is collected.",
      noPurpose:
        'The list of purposes is empty, but data_categories lists personal data that is collected: the policy would say what is collected and not why.',
      entry: 'This is {{what}}, but data_categories is empty, which declares that no personal data is collected.',
      flag: 'The file declares {{what}}, but data_categories is empty, which declares that no personal data is collected.',
      cookies:
        "The kinds of cookies used include '{{kind}}' cookies, which identify or follow people, but data_categories is empty, which declares that no personal data is collected.",
      removeOrCollect: 'Remove it if no personal data is collected, or list the data in data_categories and what it is used for in purposes.',
      addPurpose: 'Add what the data is used for to purposes, or write data_categories: [] if no personal data is collected.',
    },
  },
  check(policy, report) {
    if (!declaresNoData(policy)) {
      if (policy.purposes.length === 0) {
        report({ path: ['purposes'], onKey: true, messageId: 'noPurpose', hintId: 'addPurpose' });
      }
      return;
    }
    for (const finding of contradictions(policy)) report(finding);
  },
});
