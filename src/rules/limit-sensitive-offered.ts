import { CCPA_DEFINITIONS, CCPA_REGULATIONS, cite } from '../law/index.js';
import { isOnDevice } from '../model/normalize.js';
import { declares } from './support/jurisdictions.js';
import { grantedRights } from './support/rights.js';
import { defineRule } from './types.js';

export const limitSensitiveOffered = defineRule({
  meta: {
    id: 'limit-sensitive-offered',
    severity: 'warning',
    description:
      "Under the CCPA, a policy that collects sensitive data either grants the right to limit its use ('limit_sensitive') or says the data is used only for the purposes that need no such right (sale_and_sharing.sensitive_limited_use).",
    rationale:
      'Consumers may direct a business to limit its use of their sensitive personal information to what is necessary to provide the goods or services they asked for (Cal. Civ. Code 1798.121). A business that uses it only for the purposes listed in Cal. Code Regs. tit. 11, § 7027(m) need not offer that right, and its policy says so instead. A category marked sensitive is sensitive personal information: GDPR special categories all are, under the CPRA.',
    messages: {
      neither:
        "Data category '{{id}}' is sensitive, but the policy neither grants the CCPA right to limit its use ('limit_sensitive', {{right}}) nor says it is used only for the purposes in {{regulation}}.",
      grantOrSay: 'Add limit_sensitive to rights.ccpa.rights, or set sale_and_sharing.sensitive_limited_use: true if that is how the data is used.',
    },
  },
  check(policy, report) {
    if (!declares(policy, 'ccpa') || policy.sale_and_sharing?.sensitive_limited_use === true || grantedRights(policy, 'ccpa').has('limit_sensitive')) return;
    const index = policy.data_categories.findIndex((category) => category.sensitive === true && !isOnDevice(category));
    const category = policy.data_categories[index];
    if (category === undefined) return;
    report({
      path: ['data_categories', index, 'sensitive'],
      messageId: 'neither',
      hintId: 'grantOrSay',
      data: { id: category.id, right: cite('ccpa', CCPA_DEFINITIONS.limitSensitive), regulation: CCPA_REGULATIONS.sensitiveLimitedUse },
    });
  },
});
