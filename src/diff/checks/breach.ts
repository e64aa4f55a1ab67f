import type { Path } from '../../diagnostics.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';

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
    const flag = (key: 'notify_users' | 'notify_authority' | 'where_feasible'): void => {
      if (Boolean(b?.[key]) === Boolean(a?.[key])) return;
      const [on, off] = words.flags[key];
      report({
        kind: 'breach_notification.changed',
        path: ['breach_notification', key] satisfies Path,
        summary: a?.[key] ? on : off,
        before: b?.[key],
        after: a?.[key],
      });
    };
    flag('notify_users');
    flag('notify_authority');
    flag('where_feasible');
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
