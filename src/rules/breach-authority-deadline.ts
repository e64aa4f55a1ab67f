import { durationInDays, durationInWords } from '../model/duration.js';
import { LAWS } from '../law/index.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const breachAuthorityDeadline = defineRule({
  meta: {
    id: 'breach-authority-deadline',
    severity: 'warning',
    description: 'Under the GDPR or the UK GDPR, breaches are notified to the supervisory authority, within 72 hours.',
    rationale:
      "A personal data breach must be notified to the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to people (Art. 33(1)). 'Where feasible' matches the law, so where_feasible is not flagged. breach_notification.within is read as the authority's deadline only when notify_authority is true.",
    messages: {
      notNotified:
        'The policy says breaches are not notified to the supervisory authority; under {{laws}} a breach must be, within {{deadline}}, unless it is unlikely to result in a risk ({{provision}}).',
      notifyAuthority: 'Set notify_authority to true, with within: {{max}}.',
      tooLate:
        "Breach notification within '{{within}}' ({{duration}}) is later than the {{deadline}} {{laws}} {{allow}} for telling the supervisory authority ({{provision}}).",
      shortenDeadline: 'Set breach_notification.within to {{max}} or less.',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    const breach = policy.breach_notification;
    const deadline = laws[0] === undefined ? undefined : LAWS[laws[0]].breach?.authority;
    if (deadline === undefined || !breach) return;
    if (breach.notify_authority === false) {
      report({
        path: ['breach_notification', 'notify_authority'],
        messageId: 'notNotified',
        hintId: 'notifyAuthority',
        data: { laws: lawNames(laws), deadline: deadline.words, provision: deadline.provision, max: deadline.max },
      });
      return;
    }
    const within = breach.within;
    if (breach.notify_authority !== true || within === undefined || (durationInDays(within) ?? 0) <= (durationInDays(deadline.max) ?? 0) + 1e-9) return;
    report({
      path: ['breach_notification', 'within'],
      messageId: 'tooLate',
      hintId: 'shortenDeadline',
      data: {
        within,
        duration: durationInWords(within),
        deadline: deadline.words,
        laws: lawNames(laws),
        allow: laws.length === 1 ? 'allows' : 'allow',
        provision: deadline.provision,
        max: deadline.max,
      },
    });
  },
});
