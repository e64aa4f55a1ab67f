import { durationInDays, durationInWords } from '../model/duration.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import type { Rule } from './types.js';

export const breachAuthorityDeadline: Rule = {
  meta: {
    id: 'breach-authority-deadline',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR, breaches are notified to the supervisory authority, within 72 hours.',
    rationale:
      "A personal data breach must be notified to the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to people (Art. 33(1)). 'Where feasible' matches the law, so where_feasible is not flagged. breach_notification.within is read as the authority's deadline only when notify_authority is true.",
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    const breach = policy.breach_notification;
    if (laws.length === 0 || !breach) return;
    if (breach.notify_authority === false) {
      report({
        path: ['breach_notification', 'notify_authority'],
        message: `The policy says breaches are not notified to the supervisory authority; under ${lawNames(laws)} a breach must be, within 72 hours, unless it is unlikely to result in a risk (Art. 33).`,
        hint: 'Set notify_authority to true, with within: PT72H.',
      });
      return;
    }
    const within = breach.within;
    if (breach.notify_authority !== true || within === undefined || (durationInDays(within) ?? 0) <= 3 + 1e-9) return;
    report({
      path: ['breach_notification', 'within'],
      message: `Breach notification within '${within}' (${durationInWords(within)}) is later than the 72 hours ${lawNames(laws)} allow${laws.length === 1 ? 's' : ''} for telling the supervisory authority (Art. 33(1)).`,
      hint: 'Set breach_notification.within to PT72H or less.',
    });
  },
};
