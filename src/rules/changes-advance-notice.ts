import type { Path } from '../diagnostics.js';
import { durationInDays } from '../model/duration.js';
import type { Jurisdiction } from '../model/policy.generated.js';
import { declaredAmong, lawNames, lawPath } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const changesAdvanceNotice = defineRule({
  meta: {
    id: 'changes-advance-notice',
    severity: 'warning',
    needsCollection: true,
    description: 'Under the GDPR or the UK GDPR, material changes are announced in advance: changes.notice_period is stated and at least one day.',
    rationale:
      'Before data is used for a new purpose people must be told (Art. 13(3)), and the transparency guidelines the EDPB endorsed (WP260 rev.01) ask that changes be communicated a reasonable time before they take effect. No law fixes the number of days, so policyc sets the minimum at one day: it flags only a policy that gives no advance notice at all (no notice_period, or less than a day). Thirty days is common practice.',
    messages: {
      noPeriod: 'No change notice period is stated; under {{laws}} people must be told of a material change before it applies to their data (Art. 13(3)).',
      noAdvance:
        "Change notice period '{{period}}' gives no advance notice; under {{laws}} people must be told of a material change before it applies to their data (Art. 13(3)).",
      setPeriod: 'Set changes.notice_period, e.g. P30D, and say how people are told in changes.channels.',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0) return;
    const period = policy.changes?.notice_period;
    if (period !== undefined && (durationInDays(period) ?? 0) >= 1) return;
    // Point at the short period, else at the changes section that lacks one, else at the law.
    let where: { path: Path; onKey?: boolean } = { path: ['changes', 'notice_period'] };
    if (period === undefined) where = policy.changes ? { path: ['changes'], onKey: true } : { path: lawPath(policy, laws[0] as Jurisdiction) };
    report({
      ...where,
      ...(period === undefined ? { messageId: 'noPeriod' } : { messageId: 'noAdvance' }),
      hintId: 'setPeriod',
      data: { laws: lawNames(laws), ...(period === undefined ? {} : { period }) },
    });
  },
});
