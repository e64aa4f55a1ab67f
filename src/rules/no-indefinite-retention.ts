import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { occurrencesOf } from './support/schema-refs.js';
import { defineRule } from './types.js';

export const noIndefiniteRetention = defineRule({
  meta: {
    id: 'no-indefinite-retention',
    severity: 'warning',
    description: "Under the GDPR or the UK GDPR, no retention period is 'indefinite'.",
    rationale:
      "Personal data may be kept no longer than its purpose needs (storage limitation, Art. 5(1)(e)), and the notice must give the period or the criteria that fix it (Art. 13(2)(a)). 'Indefinite' states neither. The open-ended keywords that name the event ending retention (account_lifetime, until_deleted_by_user, until_purpose_fulfilled, …) are criteria and are accepted; so is keeping anonymised data.",
    messages: {
      indefinite: "Retention period 'indefinite' sets no limit; under {{laws}} data is kept only as long as its purpose needs (Art. 5(1)(e), 13(2)(a)).",
      statePeriod:
        'State a duration (P7Y), or the event that ends it (until_purpose_fulfilled, account_lifetime), or anonymise the data and say so (then: anonymized).',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0) return;
    for (const { path, value } of occurrencesOf(policy, 'retention_period')) {
      if (value !== 'indefinite') continue;
      report({
        path,
        messageId: 'indefinite',
        hintId: 'statePeriod',
        data: { laws: lawNames(laws) },
      });
    }
  },
});
