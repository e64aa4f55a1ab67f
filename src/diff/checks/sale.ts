import { sameSet } from '../match.js';
import { say } from '../say.js';
import { categoryNames } from '../words.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse } from '../wording.js';

/** Selling and sharing under the CCPA/CPRA; an unstated flag counts as "no". */
export const saleCheck = defineCheck({
  id: 'sale',
  topic: 'sharing',
  fields: [
    'sale_and_sharing.sells',
    'sale_and_sharing.shares_for_advertising',
    'sale_and_sharing.shares_with_data_brokers',
    'sale_and_sharing.past_12_months',
    'sale_and_sharing.honors_gpc',
    'sale_and_sharing.sensitive_limited_use',
    'sale_and_sharing.shares_for_direct_marketing',
    'sale_and_sharing.note',
    'sale_and_sharing.may_be_considered',
  ],
  kinds: {
    'sale.started': { level: 'material', description: 'Personal data is now sold.' },
    'sale.stopped': { level: 'minor', description: 'Personal data is no longer sold.' },
    'sharing.started': { level: 'material', description: 'Personal data is now shared for cross-context behavioural advertising or with data brokers.' },
    'sharing.stopped': { level: 'minor', description: 'Personal data is no longer shared for advertising or with data brokers.' },
    'sale.past_year_changed': {
      level: 'minor',
      description: 'What the policy says was sold or shared in the past 12 months changes: other categories, other recipients, or no statement.',
    },
    'sale.gpc_honored': { level: 'minor', description: 'Global Privacy Control signals are now honored as a request to opt out of sale and sharing.' },
    'sale.gpc_ignored': {
      level: 'material',
      description: 'Global Privacy Control signals are no longer honored, or the policy no longer says they are.',
    },
    'sale.sensitive_use_limited': {
      level: 'minor',
      description: 'Sensitive personal information is now used only for the purposes that need no right to limit it.',
    },
    'sale.sensitive_use_widened': {
      level: 'material',
      description:
        'Sensitive personal information is now used beyond the purposes that need no right to limit it, or the policy no longer says how it is used.',
    },
    'sharing.direct_marketing_started': {
      level: 'material',
      description: 'Personal information is now disclosed to third parties for their own direct marketing.',
    },
    'sharing.direct_marketing_stopped': {
      level: 'minor',
      description: 'Personal information is no longer disclosed to third parties for their own direct marketing.',
    },
    'sale.position_changed': {
      level: 'minor',
      description:
        'The policy now says that some disclosures may be considered a sale or sharing where it said we sell or share, or the reverse: the practice and the right to opt out are the same.',
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.sale_and_sharing;
    const a = after.source.sale_and_sharing;
    const path = ['sale_and_sharing'];
    const words = say().sale;
    const sharing = { on: 'sharing.started', off: 'sharing.stopped' } as const;
    compareFlagUnstatedAsFalse(report, [...path, 'sells'], b?.sells, a?.sells, { on: 'sale.started', off: 'sale.stopped' }, words.sells);
    compareFlagUnstatedAsFalse(report, [...path, 'shares_for_advertising'], b?.shares_for_advertising, a?.shares_for_advertising, sharing, words.advertising);
    compareFlagUnstatedAsFalse(report, [...path, 'shares_with_data_brokers'], b?.shares_with_data_brokers, a?.shares_with_data_brokers, sharing, words.brokers);
    // Lists whose order says nothing: the same categories and recipients in another order are no change.
    const pastSame = (x: typeof b, y: typeof a): boolean =>
      (x?.past_12_months === undefined) === (y?.past_12_months === undefined) &&
      (['sold', 'shared', 'recipients'] as const).every(
        (key) =>
          (x?.past_12_months?.[key] === undefined) === (y?.past_12_months?.[key] === undefined) && sameSet(x?.past_12_months?.[key], y?.past_12_months?.[key]),
      );
    if (!pastSame(b, a)) {
      const p = a?.past_12_months;
      const names = (ids: readonly string[] | undefined): string[] | undefined => (ids === undefined ? undefined : categoryNames(after, ids));
      report({
        kind: 'sale.past_year_changed',
        path: [...path, 'past_12_months'],
        summary: p === undefined ? words.pastYearDropped : words.pastYear(names(p.sold), names(p.shared), p.recipients),
        before: b?.past_12_months,
        after: a?.past_12_months,
      });
    }
    // Honored or not is the change; the sentence still tells "no longer" from "no longer says".
    compareFlagUnstatedAsFalse(report, [...path, 'honors_gpc'], b?.honors_gpc, a?.honors_gpc, { on: 'sale.gpc_honored', off: 'sale.gpc_ignored' }, () =>
      words.gpc(a?.honors_gpc),
    );
    // Stated false, the policy says sensitive data is used beyond those purposes: a fact of its own, so unstated, false and true all differ.
    if (b?.sensitive_limited_use !== a?.sensitive_limited_use) {
      const limited = a?.sensitive_limited_use === true;
      report({
        kind: limited ? 'sale.sensitive_use_limited' : 'sale.sensitive_use_widened',
        path: [...path, 'sensitive_limited_use'],
        summary: words.sensitive(a?.sensitive_limited_use, b?.sensitive_limited_use),
        before: b?.sensitive_limited_use,
        after: a?.sensitive_limited_use,
      });
    }
    compareFlagUnstatedAsFalse(
      report,
      [...path, 'shares_for_direct_marketing'],
      b?.shares_for_direct_marketing,
      a?.shares_for_direct_marketing,
      { on: 'sharing.direct_marketing_started', off: 'sharing.direct_marketing_stopped' },
      words.directMarketing,
    );
    compareFlagUnstatedAsFalse(report, [...path, 'may_be_considered'], b?.may_be_considered, a?.may_be_considered, 'sale.position_changed', words.hedged);
    compareFields(report, path, b, a, words.labels);
  },
});
