import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';
import { restsOn } from '../model/normalize.js';

export const legitimateInterestStated = defineRule({
  meta: {
    id: 'legitimate-interest-stated',
    severity: 'warning',
    description: 'Under the GDPR or the UK GDPR, a purpose that relies on legitimate interests says what the interest is.',
    rationale:
      "Art. 13(1)(d) requires the notice to state the legitimate interests pursued; 'our legitimate interests' alone does not let a person weigh them against their own and decide whether to object (Art. 21). Outside the GDPR and the UK GDPR lawful bases have no legal effect, so the rule is silent there.",
    messages: {
      noInterest: "Purpose '{{purpose}}' relies on 'legitimate_interests' but does not state the interest, which {{laws}} {{require}} (Art. 13(1)(d)).",
      addInterest: "Add legitimate_interest: what the interest is, e.g. 'keeping accounts safe from fraud'.",
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0) return;
    policy.purposes.forEach((purpose, index) => {
      if (!restsOn(purpose, 'legitimate_interests') || purpose.legitimate_interest?.trim()) return;
      report({
        path: ['purposes', index, 'lawful_basis'],
        messageId: 'noInterest',
        hintId: 'addInterest',
        data: { purpose: purpose.id, laws: lawNames(laws), require: laws.length === 1 ? 'requires' : 'require' },
      });
    });
  },
});
