import { declares } from './support/jurisdictions.js';
import { SALE_IN_WORDS, saleOrSharing } from './support/rights.js';
import { defineRule } from './types.js';

export const childrenSaleOptIn = defineRule({
  meta: {
    id: 'children-sale-opt-in',
    severity: 'warning',
    description: 'Under the CCPA, a service that admits users under 16 neither sells nor shares personal data, which would need their opt-in.',
    rationale:
      'A business may not sell or share the personal information of a consumer it knows to be under 16 unless the consumer (13 to 15) or a parent (under 13) has affirmatively authorised it (Cal. Civ. Code 1798.120(c)). Opt-out, the default for adults, is not enough. The format has no field for that opt-in, so the warning asks for a human check.',
    messages: {
      saleToMinors:
        'Personal data is {{sold}} while users from age {{age}} are admitted; the CCPA requires opt-in consent for consumers under 16 (Cal. Civ. Code 1798.120(c)).',
      excludeMinors: "Exclude under-16s from sale and sharing, or obtain their (or, under 13, a parent's) affirmative opt-in and describe it in the policy.",
    },
  },
  check(policy, report) {
    const minAge = policy.children?.min_age;
    const key = saleOrSharing(policy);
    if (minAge === undefined || minAge >= 16 || !key || !declares(policy, 'ccpa')) return;
    report({
      path: ['sale_and_sharing', key],
      messageId: 'saleToMinors',
      hintId: 'excludeMinors',
      data: { sold: SALE_IN_WORDS[key], age: minAge },
    });
  },
});
