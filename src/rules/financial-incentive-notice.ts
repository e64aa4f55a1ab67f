import { CCPA_REGULATIONS } from '../law/index.js';
import type { FinancialIncentive } from '../model/policy.generated.js';
import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';

/** What the notice of financial incentive gives (Cal. Code Regs. tit. 11, § 7016(b)(2)–(5)), by field. */
const REQUIRED: ReadonlyArray<[keyof FinancialIncentive, string]> = [
  ['data_categories', 'which personal information it involves'],
  ['opt_in', 'how to join'],
  ['withdraw', 'how to withdraw'],
  ['value', 'the estimated value of the personal information'],
  ['value_method', 'how that value is calculated'],
];

export const financialIncentiveNotice = defineRule({
  meta: {
    id: 'financial-incentive-notice',
    severity: 'warning',
    description:
      'Under the CCPA, each financial incentive says what it involves, how to join and withdraw, and the value of the data with how it is calculated.',
    rationale:
      'A business may offer a financial incentive for personal information only with a notice of it (Cal. Civ. Code 1798.125(b)(2)), which gives a summary, the categories of personal information involved, how to opt in, the right to withdraw and how, and a good-faith estimate of the value of the data with the method used to calculate it (Cal. Code Regs. tit. 11, § 7016(b)). A programme without one of these cannot be offered lawfully, so the policy should not describe it as if it could.',
    messages: {
      missing: "Financial incentive '{{name}}' does not say {{what}}, which a notice of financial incentive gives ({{regulation}}).",
      add: 'Add {{field}} to this financial incentive.',
    },
  },
  check(policy, report) {
    if (!declares(policy, 'ccpa')) return;
    (policy.rights?.financial_incentives ?? []).forEach((incentive, index) => {
      for (const [field, what] of REQUIRED) {
        if (incentive[field] !== undefined) continue;
        report({
          path: ['rights', 'financial_incentives', index, 'name'],
          messageId: 'missing',
          hintId: 'add',
          data: { name: incentive.name, what, regulation: CCPA_REGULATIONS.financialIncentiveNotice, field },
        });
      }
    });
  },
});
