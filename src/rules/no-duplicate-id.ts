import { formatPath } from '../diagnostics.js';
import { defineRule } from './types.js';

/** The lists whose entries other parts of the file, and `policyc diff`, find by id. */
const LISTS = [
  ['data_categories', 'data category'],
  ['purposes', 'purpose'],
  ['sections', 'section'],
  ['apps', 'app'],
  ['products', 'product'],
] as const;

export const noDuplicateId = defineRule({
  meta: {
    id: 'no-duplicate-id',
    severity: 'error',
    description: 'Ids are unique within data_categories, purposes, sections, apps and products.',
    rationale:
      'Retention entries, purposes and subprocessors refer to data categories by id, `policyc diff` matches entries across versions by id, `policyc export --app` picks an app by id, and scoped entries name products by id. With two entries under one id, a reference could mean either, and a change notice would compare the wrong entries.',
    messages: {
      duplicate: "Duplicate {{noun}} id '{{id}}': {{earlier}} already uses it.",
      renameOrMerge: 'Rename one of them, or merge the two entries.',
    },
  },
  check(policy, report) {
    for (const [key, noun] of LISTS) {
      const first = new Map<string, number>();
      (policy[key] ?? []).forEach(({ id }, index) => {
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, index);
          return;
        }
        report({
          path: [key, index, 'id'],
          messageId: 'duplicate',
          hintId: 'renameOrMerge',
          data: { noun, id, earlier: formatPath([key, earlier]) },
        });
      });
    }
  },
});
