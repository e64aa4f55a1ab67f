import { referencedCategories } from './support/category-references.js';
import { isOnDevice } from '../model/normalize.js';
import { defineRule } from './types.js';

export const dataCategoryHasRetention = defineRule({
  meta: {
    id: 'data-category-has-retention',
    severity: 'warning',
    needsCollection: true,
    description: 'Every data category is covered by a retention entry.',
    rationale:
      'A privacy notice must say how long each kind of data is kept, or the criteria that decide it: GDPR Art. 13(2)(a) and, for each category of personal information, CCPA Cal. Civ. Code 1798.100(a)(3).',
    messages: {
      noRetention: 'No retention period is stated for any data category.',
      addRetentionList: 'Add a retention list: for each category, a period such as P90D or account_lifetime.',
      notCovered: "Data category '{{id}}' has no retention period: no retention entry lists it.",
      addRetentionEntry: "Add a retention entry whose data_categories include '{{id}}'.",
    },
  },
  check(policy, report) {
    const entries = policy.retention ?? [];
    // The company keeps no data that stays on the person's device: there is no period to state.
    if (policy.data_categories.every(isOnDevice)) return;
    if (entries.length === 0) {
      report({
        path: ['data_categories'],
        onKey: true,
        messageId: 'noRetention',
        hintId: 'addRetentionList',
      });
      return;
    }
    const covered = referencedCategories(
      policy,
      entries.flatMap((entry) => entry.data_categories),
    );
    policy.data_categories.forEach((category, index) => {
      const { id } = category;
      if (covered.has(id) || isOnDevice(category)) return;
      report({
        path: ['data_categories', index, 'id'],
        messageId: 'notCovered',
        hintId: 'addRetentionEntry',
        data: { id },
      });
    });
  },
});
