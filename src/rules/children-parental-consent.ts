import { declaredAmong } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const childrenParentalConsent = defineRule({
  meta: {
    id: 'children-parental-consent',
    severity: 'warning',
    description: 'Under COPPA, the CCPA, the GDPR or the UK GDPR, children.min_age is at least 13.',
    rationale:
      "Below 13 a child's data may be collected only with verifiable parental consent (COPPA, 16 CFR 312.5, which applies to any US service used by children under 13, so a CCPA policy admitting them is a COPPA policy) or with the authorisation of the holder of parental responsibility (GDPR and UK GDPR Art. 8; 13 is the lowest age any member state or the UK sets). The format cannot describe a parental-consent process, so a policy admitting younger children would not meet these laws.",
    messages: {
      under13: 'Minimum age {{age}} admits children under 13, for whom {{requirements}}.',
      raiseAge: 'Raise children.min_age to 13 or more, or have counsel design a verifiable parental-consent process.',
    },
  },
  check(policy, report) {
    const minAge = policy.children?.min_age;
    if (minAge === undefined || minAge >= 13) return;
    const needs: string[] = [];
    if (declaredAmong(policy, ['coppa', 'ccpa'] as const).length > 0) needs.push('COPPA requires verifiable parental consent');
    if (declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const).length > 0) needs.push("GDPR Art. 8 requires a parent's authorisation");
    if (needs.length === 0) return;
    report({
      path: ['children', 'min_age'],
      messageId: 'under13',
      hintId: 'raiseAge',
      data: { age: minAge, requirements: needs.join(' and ') },
    });
  },
});
