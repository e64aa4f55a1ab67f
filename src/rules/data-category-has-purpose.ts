import { referencedCategories } from './support/category-references.js';
import { defineRule } from './types.js';
import { isOnDevice } from '../model/normalize.js';

export const dataCategoryHasPurpose = defineRule({
  meta: {
    id: 'data-category-has-purpose',
    severity: 'warning',
    description: 'Every data category is used by at least one purpose (once purposes list the categories they use).',
    rationale:
      'Data collected for no stated purpose breaks purpose limitation and data minimisation (GDPR Art. 5(1)(b)–(c)) and has no lawful basis to point to; under the CCPA a business may only use data for the purposes it disclosed (Cal. Civ. Code 1798.100(a)(1)). The rule is silent while no purpose lists data_categories, since the file then does not map data to purposes at all, and for data that stays on the device (`on_device`), which is not collected.',
    messages: {
      unused: "Data category '{{id}}' is collected but no purpose uses it.",
      usePurpose: "Add '{{id}}' to the data_categories of the purposes it serves, or remove the category if it is not collected.",
    },
  },
  check(policy, report) {
    const mapped = policy.purposes.filter((purpose) => purpose.data_categories !== undefined);
    if (mapped.length === 0) return;
    const used = referencedCategories(
      policy,
      mapped.flatMap((purpose) => purpose.data_categories ?? []),
    );
    policy.data_categories.forEach((category, index) => {
      const { id } = category;
      // Data that stays on the device is not collected: the company has nothing to justify.
      if (used.has(id) || isOnDevice(category)) return;
      report({
        path: ['data_categories', index, 'id'],
        messageId: 'unused',
        hintId: 'usePurpose',
        data: { id },
      });
    });
  },
});
