import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const doNotTrackStated = defineRule({
  meta: {
    id: 'do-not-track-stated',
    severity: 'warning',
    description: 'Under the CCPA, a site with advertising cookies or third-party tracking says how it responds to Do Not Track signals (cookies.honors_dnt).',
    rationale:
      "California's Online Privacy Protection Act (Cal. Bus. & Prof. Code 22575(b)(5) and (6)) asks an operator that collects personal information about California residents across other sites to disclose how it responds to a browser's Do Not Track signal, and whether third parties may track them. policyc takes a declared CCPA as the sign that Californians are served, and advertising cookies or third-party tracking as the sign of tracking across sites; the answer may be either, as long as it is given.",
    messages: {
      unstated: 'The policy uses {{tracking}} under the CCPA, but does not say how it responds to Do Not Track signals (Cal. Bus. & Prof. Code § 22575(b)(5)).',
      state: 'Set cookies.honors_dnt: true or false.',
    },
  },
  check(policy, report) {
    const cookies = policy.cookies;
    if (cookies === undefined || cookies.honors_dnt !== undefined || !declares(policy, 'ccpa')) return;
    const advertising = cookies.used.includes('advertising');
    if (!advertising && cookies.third_party_tracking !== true) return;
    report({
      path: advertising ? ['cookies', 'used', cookies.used.indexOf('advertising')] : ['cookies', 'third_party_tracking'],
      messageId: 'unstated',
      hintId: 'state',
      data: { tracking: advertising ? 'advertising cookies' : 'third-party tracking' },
    });
  },
});
