import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const noContinuedUseAcceptance = defineRule({
  meta: {
    id: 'no-continued-use-acceptance',
    severity: 'warning',
    description: 'Under the GDPR or the UK GDPR, the policy does not say that continued use of the service means accepting a change.',
    rationale:
      'Consent is a clear affirmative act (Art. 4(11)); silence, inactivity or simply carrying on using a service is not consent (Recital 32, EDPB Guidelines 05/2020). A change that needs consent must ask for it; one that does not need consent does not become lawful by being "accepted".',
    messages: {
      continuedUse: 'Continued use is treated as acceptance of changes, but under {{laws}} consent cannot be inferred from continued use (Art. 4(11), 7).',
      askConsent: 'Remove continued_use_is_acceptance, and ask for fresh consent where a change relies on it.',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0 || policy.changes?.continued_use_is_acceptance !== true) return;
    report({
      path: ['changes', 'continued_use_is_acceptance'],
      messageId: 'continuedUse',
      hintId: 'askConsent',
      data: { laws: lawNames(laws) },
    });
  },
});
