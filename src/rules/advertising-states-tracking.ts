import { purposesUsing } from './support/app-stores.js';
import { defineRule } from './types.js';

export const advertisingStatesTracking = defineRule({
  meta: {
    id: 'advertising-states-tracking',
    severity: 'warning',
    description: 'Data used for third-party advertising says whether it is used for tracking.',
    rationale:
      "Third-party advertising in an app usually links its data with other companies' data, which Apple calls tracking and which needs the user's permission under App Tracking Transparency. policyc exports tracking as false unless the file says otherwise, so for data used for third-party advertising the file must say which it is (stores.apple.tracking), not leave the label to a default.",
    messages: {
      trackingUnstated: "Data category '{{id}}' is used for third-party advertising (purpose '{{purpose}}') but does not say whether it is used for tracking.",
      stateTracking: "Add tracking: true if it is linked with other companies' data for advertising or shared with data brokers, else tracking: false.",
    },
  },
  check(policy, report) {
    policy.data_categories.forEach((category, index) => {
      const apple = category.stores?.apple;
      if (apple === undefined || apple.tracking !== undefined) return;
      const advertising = purposesUsing(policy, category).find(({ purpose }) => purpose.stores?.apple?.includes('third_party_advertising'));
      if (advertising === undefined) return;
      report({
        path: ['data_categories', index, 'stores', 'apple'],
        messageId: 'trackingUnstated',
        hintId: 'stateTracking',
        data: { id: category.id, purpose: advertising.purpose.id },
      });
    });
  },
});
