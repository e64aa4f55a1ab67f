import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const doNotTrackStated = defineRule({
  meta: {
    id: 'do-not-track-stated',
    severity: 'warning',
    description:
      'Under the CCPA, a site with advertising cookies or third-party tracking says how it responds to Do Not Track signals (cookies.honors_dnt); what a signal changes (cookies.dnt_effect) goes with honors_dnt: true.',
    rationale:
      "California's Online Privacy Protection Act (Cal. Bus. & Prof. Code 22575(b)(5) and (6)) asks an operator that collects personal information about California residents across other sites to disclose how it responds to a browser's Do Not Track signal, and whether third parties may track them. policyc takes a declared CCPA as the sign that Californians are served, and advertising cookies or third-party tracking as the sign of tracking across sites; the answer may be either, as long as it is given. A site that honors the signal only in part says what it changes (dnt_effect), and the policy prints that in place of the general promise; it prints it only with honors_dnt: true, so a dnt_effect beside an unstated or false honors_dnt is a sentence the reader never sees, or one that contradicts the policy.",
    messages: {
      unstated: 'The policy uses {{tracking}} under the CCPA, but does not say how it responds to Do Not Track signals (Cal. Bus. & Prof. Code § 22575(b)(5)).',
      state: 'Set cookies.honors_dnt: true or false.',
      effectUnprinted: 'What a Do Not Track signal changes is given (dnt_effect), but honors_dnt is not true, so the policy does not print it.',
      effectContradicted: 'What a Do Not Track signal changes is given (dnt_effect), but honors_dnt: false says the site does not respond to the signal.',
      honorOrRemove: 'Set honors_dnt: true under cookies if the signal changes this, or remove dnt_effect.',
    },
  },
  check(policy, report) {
    const cookies = policy.cookies;
    if (cookies?.dnt_effect !== undefined && cookies.honors_dnt !== true) {
      const messageId = cookies.honors_dnt === false ? 'effectContradicted' : 'effectUnprinted';
      report({ path: ['cookies', 'dnt_effect'], messageId, hintId: 'honorOrRemove' });
    }
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
