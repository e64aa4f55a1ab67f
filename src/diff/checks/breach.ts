import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { compareFlagUnstatedAsFalse } from '../wording.js';

/** What happens after a breach: who is told, and how soon. */
export const breachCheck = defineCheck({
  id: 'breach',
  topic: 'security',
  fields: ['breach_notification.notify_users', 'breach_notification.notify_authority', 'breach_notification.within', 'breach_notification.where_feasible'],
  kinds: {
    'breach_notification.changed': { level: 'minor', description: 'Who is told about a data breach, or how soon, changes.' },
  },
  detect(before, after, report) {
    const b = before.source.breach_notification;
    const a = after.source.breach_notification;
    const words = say().breach;
    for (const key of ['notify_users', 'notify_authority', 'where_feasible'] as const) {
      const [on, off] = words.flags[key];
      compareFlagUnstatedAsFalse(report, ['breach_notification', key], b?.[key], a?.[key], 'breach_notification.changed', (now) => (now ? on : off));
    }
    if (b?.within !== a?.within) {
      report({
        kind: 'breach_notification.changed',
        path: ['breach_notification', 'within'],
        summary: words.within(a?.within, b?.within),
        before: b?.within,
        after: a?.within,
      });
    }
  },
});
