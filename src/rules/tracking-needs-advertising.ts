import { isAdvertising, purposesUsing } from './support/app-stores.js';
import { defineRule } from './types.js';

export const trackingNeedsAdvertising = defineRule({
  meta: {
    id: 'tracking-needs-advertising',
    severity: 'warning',
    description: 'Data marked as used for tracking is used by an advertising purpose.',
    rationale:
      "Apple defines tracking as linking an app's data with other companies' data for targeted advertising or advertising measurement, or sharing it with a data broker (App Tracking Transparency). Data used for tracking while no purpose that uses it is advertising means either the tracking flag or the purposes are wrong, and the privacy policy then never tells people what the tracking is for (GDPR Art. 13(1)(c)).",
    messages: {
      noAdvertising: "Data category '{{id}}' is used for tracking, but no advertising purpose uses it.",
      addAdvertising:
        'Add the advertising purpose (stores.apple: [third_party_advertising], stores.google: [advertising]) that uses it, or set tracking: false.',
    },
  },
  check(policy, report) {
    policy.data_categories.forEach((category, index) => {
      if (category.stores?.apple?.tracking !== true) return;
      if (purposesUsing(policy, category).some(({ purpose }) => isAdvertising(purpose))) return;
      report({
        path: ['data_categories', index, 'stores', 'apple', 'tracking'],
        messageId: 'noAdvertising',
        hintId: 'addAdvertising',
        data: { id: category.id },
      });
    });
  },
});
