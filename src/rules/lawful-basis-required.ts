import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';
import { lawfulBases, usesOnlyDeviceData } from '../model/normalize.js';

export const lawfulBasisRequired = defineRule({
  meta: {
    id: 'lawful-basis-required',
    severity: 'warning',
    description: 'Under the GDPR or the UK GDPR, every purpose states its lawful basis.',
    rationale:
      'Processing is lawful only on one of the six bases of Art. 6(1), and the notice must give the basis for each purpose (Art. 13(1)(c)). The schema leaves lawful_basis optional so that a US-only policy need not state one. The Swiss FADP is not included: it requires no legal basis for processing that follows its principles.',
    messages: {
      noBasis: "Purpose '{{purpose}}' has no lawful_basis; under {{laws}} every purpose needs one (Art. 6(1), 13(1)(c)).",
      addBasis: 'Add lawful_basis: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0) return;
    policy.purposes.forEach((purpose, index) => {
      if (lawfulBases(purpose).length > 0 || usesOnlyDeviceData(policy, purpose)) return;
      report({
        path: ['purposes', index],
        messageId: 'noBasis',
        hintId: 'addBasis',
        data: { purpose: purpose.id, laws: lawNames(laws) },
      });
    });
  },
});
