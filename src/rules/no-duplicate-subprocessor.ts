import { formatPath } from '../diagnostics.js';
import { defineRule } from './types.js';

export const noDuplicateSubprocessor = defineRule({
  meta: {
    id: 'no-duplicate-subprocessor',
    severity: 'error',
    description: 'Each subprocessor is listed once (names compared ignoring case and spacing).',
    rationale:
      'A provider listed twice reads as two companies, and `policyc diff` matches subprocessors across versions by name, so a duplicate hides additions and removals. One entry can name several locations and several services.',
    messages: {
      listedTwice: "Subprocessor '{{name}}' is listed twice: {{earlier}} has the same name.",
      listOnce: 'List each provider once; give several locations as a list and describe all its services in purpose.',
    },
  },
  check(policy, report) {
    const first = new Map<string, number>();
    (policy.subprocessors ?? []).forEach(({ name }, index) => {
      const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, index);
        return;
      }
      report({
        path: ['subprocessors', index, 'name'],
        messageId: 'listedTwice',
        hintId: 'listOnce',
        data: { name, earlier: formatPath(['subprocessors', earlier]) },
      });
    });
  },
});
