import type { Rule } from './types.js';

export const legitimateInterestStated: Rule = {
  meta: {
    id: 'legitimate-interest-stated',
    severity: 'error',
    description: 'A purpose that relies on legitimate interests says what the interest is.',
    rationale:
      "GDPR Art. 13(1)(d) requires the notice to state the legitimate interests pursued; 'our legitimate interests' alone does not let a person weigh them against their own and decide whether to object (Art. 21).",
  },
  check(policy, report) {
    policy.purposes.forEach((purpose, index) => {
      if (purpose.lawful_basis !== 'legitimate_interests' || purpose.legitimate_interest?.trim()) return;
      report({
        path: ['purposes', index, 'lawful_basis'],
        message: `Purpose '${purpose.id}' relies on 'legitimate_interests' but does not state the interest (GDPR Art. 13(1)(d)).`,
        hint: "Add legitimate_interest: what the interest is, e.g. 'keeping accounts safe from fraud'.",
      });
    });
  },
};
