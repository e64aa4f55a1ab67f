import { declares } from './support/jurisdictions.js';
import { grantedRights, SALE_IN_WORDS, saleOrSharing } from './support/rights.js';
import { defineRule } from './types.js';

export const saleOptOut = defineRule({
  meta: {
    id: 'sale-opt-out',
    severity: 'warning',
    description: "Under the CCPA, a business that sells or shares personal data grants the right to opt out ('opt_out_sale_sharing').",
    rationale:
      'Consumers may direct a business that sells or shares their personal information to stop (Cal. Civ. Code 1798.120), and the business must tell them and offer a "Do Not Sell or Share My Personal Information" link (1798.135). Sharing means cross-context behavioural advertising, so shares_for_advertising counts as well as sells.',
    messages: {
      noOptOut: 'Personal data is {{sold}}, but the CCPA right to opt out of sale and sharing is not listed (Cal. Civ. Code 1798.120).',
      addOptOut: "Add opt_out_sale_sharing to rights.ccpa.rights and say how to use it (a 'Do Not Sell or Share' link).",
    },
  },
  check(policy, report) {
    const key = saleOrSharing(policy);
    if (!key || !declares(policy, 'ccpa') || grantedRights(policy, 'ccpa').has('opt_out_sale_sharing')) return;
    report({
      path: ['sale_and_sharing', key],
      messageId: 'noOptOut',
      hintId: 'addOptOut',
      data: { sold: SALE_IN_WORDS[key] },
    });
  },
});
