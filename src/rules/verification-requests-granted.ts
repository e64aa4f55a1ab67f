import type { Right } from '../model/policy.generated.js';
import { defineRule } from './types.js';

export const verificationRequestsGranted = defineRule({
  meta: {
    id: 'verification-requests-granted',
    severity: 'warning',
    description: 'An identity-verification step is for requests under rights the policy grants.',
    rationale:
      'A step of rights.verification names the requests it is for by the right they exercise. A right no list grants (rights.everyone or a law’s list) has no request to verify: the step describes a process the policy does not offer, or the right is missing from its list.',
    messages: {
      notGranted: "Verification step {{step}} is for requests under '{{right}}', a right the policy does not grant.",
      grantOrDrop: "Add '{{right}}' to rights.everyone or to a law's rights, or remove it from this step's requests.",
    },
  },
  check(policy, report) {
    const rights = policy.rights;
    const verification = rights?.verification;
    if (rights === undefined || verification === undefined || typeof verification === 'string') return;
    const granted = new Set<Right>([
      ...(rights.everyone ?? []),
      ...(['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'] as const).flatMap((law) => rights[law]?.rights ?? []),
    ]);
    verification.steps.forEach((step, index) => {
      (step.requests ?? []).forEach((right, at) => {
        if (granted.has(right)) return;
        report({
          path: ['rights', 'verification', 'steps', index, 'requests', at],
          messageId: 'notGranted',
          hintId: 'grantOrDrop',
          data: { step: String(index + 1), right },
        });
      });
    });
  },
});
