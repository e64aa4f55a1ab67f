import { LAWS, type RightsLawId } from '../law/index.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

const RIGHTS_LAWS: readonly RightsLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

export const authorizedAgentsAccepted = defineRule({
  meta: {
    id: 'authorized-agents-accepted',
    severity: 'warning',
    description: 'A policy under the CCPA does not refuse requests from authorized agents (rights.authorized_agents.accepted: false).',
    rationale:
      "The CCPA regulations (Cal. Code Regs. tit. 11, § 7063) let a consumer use an authorized agent to make requests to know, delete, correct, opt out and limit; a business may ask the agent for the consumer's signed permission and the consumer to verify their identity, but it cannot refuse agents altogether. A policy that says it does misstates people's rights.",
    messages: {
      refused:
        'The policy refuses requests from authorized agents (rights.authorized_agents.accepted: false), but {{laws}} lets people make requests through one ({{citations}}).',
      accept: 'Set accepted: true, and say in proof what an agent must show (for example your signed permission).',
    },
  },
  check(policy, report) {
    if (policy.rights?.authorized_agents?.accepted !== false) return;
    const laws = declaredAmong(policy, RIGHTS_LAWS).filter((law) => LAWS[law].authorizedAgents !== undefined);
    if (laws.length === 0) return;
    report({
      path: ['rights', 'authorized_agents', 'accepted'],
      messageId: 'refused',
      hintId: 'accept',
      data: { laws: lawNames(laws), citations: laws.map((law) => LAWS[law].authorizedAgents?.citation ?? '').join('; ') },
    });
  },
});
