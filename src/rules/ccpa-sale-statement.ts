import { declares, lawPath } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const ccpaSaleStatement = defineRule({
  meta: {
    id: 'ccpa-sale-statement',
    severity: 'warning',
    needsCollection: true,
    description: 'Under the CCPA the policy says whether personal data is sold or shared (sale_and_sharing).',
    rationale:
      'A CCPA privacy policy must say whether the business sells or shares personal information, listing the categories if it does and stating so if it does not (Cal. Civ. Code 1798.130(a)(5)(C); CCPA Regulations 7011(e)). Silence leaves Californians unable to tell whether the opt-out applies.',
    messages: {
      noStatement: 'The CCPA is declared, but the policy does not say whether personal data is sold or shared (Cal. Civ. Code 1798.130(a)(5)(C)).',
      addStatement: 'Add sale_and_sharing with sells (and shares_for_advertising), e.g. sells: false.',
    },
  },
  check(policy, report) {
    if (!declares(policy, 'ccpa') || policy.sale_and_sharing !== undefined) return;
    report({
      path: lawPath(policy, 'ccpa'),
      messageId: 'noStatement',
      hintId: 'addStatement',
    });
  },
});
