import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const advertisingCookiesAreSharing = defineRule({
  meta: {
    id: 'advertising-cookies-are-sharing',
    severity: 'error',
    description: 'Under the CCPA, a policy that uses advertising cookies declares that it shares personal data for advertising.',
    rationale:
      'Under the CPRA, making personal data available to a third party for cross-context behavioural advertising is "sharing" (Cal. Civ. Code 1798.140(ah)), and third-party advertising cookies and pixels do exactly that; the California Attorney General\'s settlement with Sephora (2022) concerned such trackers on a site that said it did not sell. A policy that uses advertising cookies while stating shares_for_advertising: false (or sells: false with no sharing statement) would publish a denial the law likely contradicts, so it is an error: either declare the sharing (and offer the opt-out) or say nothing about sale and sharing until the practice is settled.',
    messages: {
      sharingDenied:
        "Advertising cookies are used, but the policy says personal data is {{statement}}; under the CCPA, third-party advertising trackers are 'sharing' (Cal. Civ. Code 1798.140(ah)).",
      declareSharing:
        'Set shares_for_advertising: true and offer the opt-out, or remove the advertising cookies; if unsure, leave sale_and_sharing out rather than publish a denial.',
    },
  },
  check(policy, report) {
    const sale = policy.sale_and_sharing;
    if (!sale || !declares(policy, 'ccpa') || !policy.cookies?.used.includes('advertising')) return;
    if (sale.shares_for_advertising === true || sale.sells) return;
    const denied = sale.shares_for_advertising === false;
    report({
      path: ['sale_and_sharing', denied ? 'shares_for_advertising' : 'sells'],
      messageId: 'sharingDenied',
      hintId: 'declareSharing',
      data: { statement: denied ? 'not shared for advertising' : 'not sold and says nothing about sharing' },
    });
  },
});
