import { durationInDays, durationInWords } from '../model/duration.js';
import { LAWS } from '../law/index.js';
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
    const deadline = laws[0] === undefined ? undefined : LAWS[laws[0]].breach?.authority;
    if (deadline === undefined || !breach) return;
    if (breach.notify_authority === false) {
      report({
        path: ['breach_notification', 'notify_authority'],
        message: `The policy says breaches are not notified to the supervisory authority; under ${lawNames(laws)} a breach must be, within ${deadline.words}, unless it is unlikely to result in a risk (${deadline.provision}).`,
        hint: `Set notify_authority to true, with within: ${deadline.max}.`,
      });
      return;
    }
    const within = breach.within;
    if (breach.notify_authority !== true || within === undefined || (durationInDays(within) ?? 0) <= (durationInDays(deadline.max) ?? 0) + 1e-9) return;
    report({
      path: ['breach_notification', 'within'],
      message: `Breach notification within '${within}' (${durationInWords(within)}) is later than the ${deadline.words} ${lawNames(laws)} allow${laws.length === 1 ? 's' : ''} for telling the supervisory authority (${deadline.provision}).`,
      hint: `Set breach_notification.within to ${deadline.max} or less.`,
    });
  },
};
