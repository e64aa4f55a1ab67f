import { declares, lawPath } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const ccpaSaleStatement = defineRule({
  meta: {
    id: 'ccpa-sale-statement',
    severity: 'warning',
    description:
      'Under the CCPA the policy says whether personal data is sold or shared (sale_and_sharing); a position that disclosures may be considered a sale or sharing (may_be_considered) goes with a sale or sharing.',
    rationale:
      'A CCPA privacy policy must say whether the business sells or shares personal information, listing the categories if it does and stating so if it does not (Cal. Civ. Code 1798.130(a)(5)(C); CCPA Regulations 7011(e)). Silence leaves Californians unable to tell whether the opt-out applies.',
    messages: {
      noStatement: 'The CCPA is declared, but the policy does not say whether personal data is sold or shared (Cal. Civ. Code 1798.130(a)(5)(C)).',
      addStatement: 'Add sale_and_sharing with sells (and shares_for_advertising), e.g. sells: false.',
      hedgeWithoutSale:
        'The file says some disclosures may be considered a sale or sharing (sale_and_sharing.may_be_considered), but neither sells nor shares_for_advertising is true, so the policy says nothing of it.',
      declareSale: 'Set sells (or shares_for_advertising) to true: the duties of a sale, such as the opt-out, apply either way. Or remove may_be_considered.',
    },
  },
  check(policy, report) {
    const sale = policy.sale_and_sharing;
    if (sale?.may_be_considered === true && sale.sells !== true && sale.shares_for_advertising !== true) {
      report({ path: ['sale_and_sharing', 'may_be_considered'], messageId: 'hedgeWithoutSale', hintId: 'declareSale' });
    }
    if (!declares(policy, 'ccpa') || sale !== undefined) return;
    report({
      path: lawPath(policy, 'ccpa'),
      messageId: 'noStatement',
      hintId: 'addStatement',
    });
  },
});
