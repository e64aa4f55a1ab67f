import { CCPA_REGULATIONS } from '../law/index.js';
import { declares } from './support/jurisdictions.js';
import { SALE_IN_WORDS, saleOrSharing } from './support/rights.js';
import { defineRule } from './types.js';

export const gpcHonored = defineRule({
  meta: {
    id: 'gpc-honored',
    severity: 'warning',
    description:
      'Under the CCPA, a business that sells or shares personal data says that it honors Global Privacy Control signals (sale_and_sharing.honors_gpc).',
    rationale:
      'The CCPA regulations (Cal. Code Regs. tit. 11, § 7025(b)) require a business that sells or shares personal information to process an opt-out preference signal, such as Global Privacy Control, as a valid request to opt out; § 7025(c) asks the privacy policy to say how the business responds to one. A policy that sells or shares and says nothing of GPC, or says it ignores it, falls short. A business that neither sells nor shares need not respond to the signal, so the rule says nothing then.',
    messages: {
      notHonored: 'Personal data is {{sold}}, but the policy {{says}}, which the CCPA regulations require of a business that sells or shares ({{citation}}).',
      honor: 'Treat a GPC signal as a request to opt out of sale and sharing, and set sale_and_sharing.honors_gpc: true.',
    },
  },
  check(policy, report) {
    const key = saleOrSharing(policy);
    const honors = policy.sale_and_sharing?.honors_gpc;
    if (!key || !declares(policy, 'ccpa') || honors === true) return;
    report({
      path: honors === false ? ['sale_and_sharing', 'honors_gpc'] : ['sale_and_sharing', key],
      messageId: 'notHonored',
      hintId: 'honor',
      data: {
        sold: SALE_IN_WORDS[key],
        says: honors === false ? 'says it does not respond to Global Privacy Control signals' : 'does not say that it honors Global Privacy Control signals',
        citation: CCPA_REGULATIONS.optOutSignals,
      },
    });
  },
});
