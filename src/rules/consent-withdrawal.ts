import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';
import { restsOn } from '../model/normalize.js';

export const consentWithdrawal = defineRule({
  meta: {
    id: 'consent-withdrawal',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR, a purpose that relies on consent says how to withdraw it (consent.withdraw, or once for all in rights.instructions.withdraw_consent).',
    rationale:
      'Consent can be withdrawn at any time and withdrawing must be as easy as giving it (Art. 7(3)); the notice must say so (Art. 13(2)(c)). A general rights address is rarely as easy as the checkbox that gave consent, so the policy should say how, per purpose or once for all.',
    messages: {
      noWithdrawal:
        "Purpose '{{purpose}}' relies on consent but does not say how to withdraw it; under {{laws}} withdrawing must be as easy as giving consent (Art. 7(3)).",
      addWithdrawal: "Add consent.withdraw, e.g. 'use the unsubscribe link in any email'.",
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0 || policy.rights?.instructions?.withdraw_consent?.trim()) return;
    policy.purposes.forEach((purpose, index) => {
      if (!restsOn(purpose, 'consent') || purpose.consent?.withdraw?.trim()) return;
      report({
        path: ['purposes', index, 'lawful_basis'],
        messageId: 'noWithdrawal',
        hintId: 'addWithdrawal',
        data: { purpose: purpose.id, laws: lawNames(laws) },
      });
    });
  },
});
