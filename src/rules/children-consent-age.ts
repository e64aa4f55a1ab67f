import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';
import { restsOn } from '../model/normalize.js';

export const childrenConsentAge = defineRule({
  meta: {
    id: 'children-consent-age',
    severity: 'warning',
    description: 'Under the GDPR, a service that relies on consent admits users from 16, the age of digital consent in several member states.',
    rationale:
      "GDPR Art. 8 lets a child consent to an online service from 16; member states may lower the age to 13, and many have not (Germany, the Netherlands and Ireland keep 16). Consent from a younger user is valid only with a parent's authorisation, so a service admitting users from 13 to 15 that relies on consent needs a way to obtain it. The UK sets 13, so the UK GDPR is not included; below 13 see children-parental-consent.",
    messages: {
      below16:
        "Minimum age {{age}} is below 16, the age of digital consent in several EU member states, and purpose '{{purpose}}' relies on consent (GDPR Art. 8).",
      raiseAge: 'Raise children.min_age to 16, or obtain parental consent where the member state sets a higher age.',
    },
  },
  check(policy, report) {
    const minAge = policy.children?.min_age;
    if (minAge === undefined || minAge < 13 || minAge >= 16 || !declares(policy, 'gdpr')) return;
    const consented = policy.purposes.find((purpose) => restsOn(purpose, 'consent'));
    if (!consented) return;
    report({
      path: ['children', 'min_age'],
      messageId: 'below16',
      hintId: 'raiseAge',
      data: { age: minAge, purpose: consented.id },
    });
  },
});
