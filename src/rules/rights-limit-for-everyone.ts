import type { Right } from '../model/policy.generated.js';
import { defineRule } from './types.js';

export const rightsLimitForEveryone = defineRule({
  meta: {
    id: 'rights-limit-for-everyone',
    severity: 'warning',
    description: 'A limit the company sets on a right (rights.limits) belongs to a right it gives everyone (rights.everyone).',
    rationale:
      "The policy prints a limit after the right in the list for everyone, where the right is the company's own promise. A right granted only under a law carries that law's conditions and exceptions, which a company cannot narrow, so a limit on it is printed nowhere and the reader is not told.",
    messages: {
      notForEveryone: "A limit is set on the right '{{right}}' (rights.limits), which rights.everyone does not list, so the limit is printed nowhere.",
      listForEveryone: "Add '{{right}}' to rights.everyone, or remove the limit.",
    },
  },
  check(policy, report) {
    const rights = policy.rights;
    const everyone = new Set<Right>(rights?.everyone ?? []);
    for (const right of Object.keys(rights?.limits ?? {}) as Right[]) {
      if (everyone.has(right)) continue;
      report({ path: ['rights', 'limits', right], messageId: 'notForEveryone', hintId: 'listForEveryone', data: { right } });
    }
  },
});
