import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { quotedList } from './support/words.js';
import { defineRule } from './types.js';
import { lawfulBases } from '../model/normalize.js';

export const consentStandsAlone = defineRule({
  meta: {
    id: 'consent-stands-alone',
    severity: 'warning',
    description: 'Under the GDPR or the UK GDPR, a purpose that rests on consent rests on nothing else.',
    rationale:
      'A controller that relies on consent for a use must stop it when consent is withdrawn; telling people a use rests on consent while another basis is relied on as well is unfair to them, and a controller cannot fall back on another basis once consent is withdrawn or found invalid (EDPB Guidelines 05/2020 on consent, paras. 121–123). A purpose whose parts rest on different bases is two purposes: one for the part that needs consent, one for the rest. Outside the GDPR and the UK GDPR lawful bases have no legal effect, so the rule is silent there.',
    messages: {
      consentBeside:
        "Purpose '{{purpose}}' rests on consent and also on {{others}}; under {{laws}}, withdrawing consent must stop what rests on it, and no other basis may take its place (EDPB Guidelines 05/2020, paras. 121–123).",
      split: 'Split the purpose in two: one with lawful_basis: consent for what needs consent, and one with {{others}} for the rest.',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0) return;
    policy.purposes.forEach((purpose, index) => {
      const bases = lawfulBases(purpose);
      if (!bases.includes('consent') || bases.length === 1) return;
      const others = quotedList(bases.filter((basis) => basis !== 'consent'));
      report({
        path: ['purposes', index, 'lawful_basis'],
        messageId: 'consentBeside',
        hintId: 'split',
        data: { purpose: purpose.id, others, laws: lawNames(laws) },
      });
    });
  },
});
