import { durationInDays, durationInWords } from '../model/duration.js';
import { citeDeadline, LAWS, type RightsLawId } from '../law/index.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';

const RIGHTS_LAWS: readonly RightsLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

export const rightsExtensionAllowed = defineRule({
  meta: {
    id: 'rights-extension-allowed',
    severity: 'warning',
    description:
      'The extra time a policy claims for complex or numerous rights requests (rights.extension) is not longer than the law allows: two months (GDPR, UK GDPR), 45 days (CCPA).',
    rationale:
      'GDPR and UK GDPR Art. 12(3) let a controller extend the one-month deadline by two further months where necessary, taking into account the complexity and number of the requests; Cal. Civ. Code 1798.130(a)(2)(A) lets a business extend its 45 days once by another 45 days when reasonably necessary. Either way the person is told within the first period. A policy claiming more misstates how long people may have to wait. The Swiss Data Protection Ordinance lets a controller extend its 30 days without a fixed limit, so the FADP sets none here.',
    messages: {
      tooLong: "Extension '{{value}}' ({{duration}}) is longer than the law allows: {{limits}}.",
      claimLess: 'Claim {{max}} or less.',
    },
  },
  check(policy, report) {
    const value = policy.rights?.extension;
    if (value === undefined) return;
    const days = durationInDays(value) ?? 0;
    const over = declaredAmong(policy, RIGHTS_LAWS).flatMap((law) => {
      const limit = LAWS[law].responseExtension;
      return limit !== undefined && days > (durationInDays(limit.max) ?? Infinity) + 1e-9 ? [{ law, limit }] : [];
    });
    if (over.length === 0) return;
    // Laws that share a limit and a provision (the GDPR and the UK GDPR) are named together.
    const byProvision = new Map<string, typeof over>();
    for (const entry of over) {
      const key = `${entry.limit.words}|${entry.limit.provision}`;
      byProvision.set(key, [...(byProvision.get(key) ?? []), entry]);
    }
    const phrases = [...byProvision.values()].map((same) => {
      const first = same[0] as (typeof over)[number];
      const cite = same.length > 1 ? first.limit.provision : citeDeadline(first.law, first.limit);
      return `${first.limit.words} under ${lawNames(same.map(({ law }) => law))} (${cite})`;
    });
    const strictest = over.reduce((a, b) => ((durationInDays(b.limit.max) ?? 0) < (durationInDays(a.limit.max) ?? 0) ? b : a));
    report({
      path: ['rights', 'extension'],
      messageId: 'tooLong',
      hintId: 'claimLess',
      data: { value, duration: durationInWords(value), limits: listInWords(phrases), max: strictest.limit.max },
    });
  },
});
