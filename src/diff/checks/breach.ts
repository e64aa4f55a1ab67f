import type { Path } from '../../diagnostics.js';
import { durationInWords } from '../../model/duration.js';
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
    const flag = (key: 'notify_users' | 'notify_authority' | 'where_feasible', on: string, off: string): void => {
      if (Boolean(b?.[key]) === Boolean(a?.[key])) return;
      report({
        kind: 'breach_notification.changed',
        path: ['breach_notification', key] satisfies Path,
        summary: a?.[key] ? on : off,
        before: b?.[key],
        after: a?.[key],
      });
    };
    flag('notify_users', 'We now tell affected people about a data breach.', 'We no longer promise to tell affected people about a data breach.');
    flag(
      'notify_authority',
      'We now tell the supervisory authority about a data breach.',
      'We no longer promise to tell the supervisory authority about a data breach.',
    );
    flag(
      'where_feasible',
      'Our deadline for reporting a data breach now applies only where feasible.',
      'Our deadline for reporting a data breach now applies without exception.',
    );
    if (b?.within !== a?.within) {
      report({
        kind: 'breach_notification.changed',
        path: ['breach_notification', 'within'],
        summary: a?.within
          ? `We now report a data breach within ${durationInWords(a.within)}${b?.within ? ` instead of ${durationInWords(b.within)}` : ''}.`
          : 'The policy no longer says how soon we report a data breach.',
        before: b?.within,
        after: a?.within,
      });
    }
  },
});
