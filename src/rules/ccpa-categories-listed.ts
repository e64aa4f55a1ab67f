import { CCPA_CATEGORIES_DEFINITION, cite } from '../law/index.js';
import { isOnDevice } from '../model/normalize.js';
import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const ccpaCategoriesListed = defineRule({
  meta: {
    id: 'ccpa-categories-listed',
    severity: 'warning',
    description:
      'Under the CCPA, once one data category says which statutory categories of personal information it falls under (ccpa_categories), every one does.',
    rationale:
      'A California privacy policy lists the categories of personal information collected (Cal. Civ. Code 1798.130(a)(5)(B)), and the notice at collection gives, for each, the purposes and how long it is kept (1798.100(a)). policyc builds that table from the data categories mapped to the categories of 1798.140(v): a data category left unmapped is silently missing from it, and the table would understate what is collected.',
    messages: {
      unmapped: "Data category '{{id}}' says no category of personal information ({{definition}}), while others do: the California table leaves it out.",
      mapIt: "Add ccpa_categories to '{{id}}', such as [identifiers] or [internet_activity].",
    },
  },
  check(policy, report) {
    // Data that stays on the device is not collected under the CCPA: it has no row to be missing from.
    if (!declares(policy, 'ccpa') || !policy.data_categories.some((c) => c.ccpa_categories !== undefined && !isOnDevice(c))) return;
    policy.data_categories.forEach((category, index) => {
      if (category.ccpa_categories !== undefined || isOnDevice(category)) return;
      report({
        path: ['data_categories', index, 'id'],
        messageId: 'unmapped',
        hintId: 'mapIt',
        data: { id: category.id, definition: cite('ccpa', CCPA_CATEGORIES_DEFINITION) },
      });
    });
  },
});
