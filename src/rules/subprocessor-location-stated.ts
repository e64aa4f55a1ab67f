import { citeEach, LAWS } from '../law/index.js';
import { lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const subprocessorLocationStated = defineRule({
  meta: {
    id: 'subprocessor-location-stated',
    severity: 'warning',
    description: 'Under the GDPR, the UK GDPR or the FADP, every subprocessor names where it processes the data (location).',
    rationale:
      'The notice must say whether personal data is transferred to a third country (GDPR and UK GDPR Art. 13(1)(f)); the FADP asks for the state it is disclosed to (Art. 19(4)). Without a location, neither the reader nor policyc can tell whether a transfer takes place or what it needs: the policy then says the location is not stated and makes no claim about transfers to that provider, rather than print a guessed country as a fact.',
    messages: {
      noLocation:
        "Subprocessor '{{name}}' names no location, so transfers to it cannot be assessed; under {{laws}} the policy must say where it processes the data ({{cite}}).",
      addLocation:
        'Add location: the country code (or list of codes) where the provider processes the data, as its terms or data-processing agreement state it.',
    },
  },
  check(policy, report, model) {
    const laws = model.transferLaws.filter((law) => LAWS[law].transferNotice !== undefined);
    if (laws.length === 0) return;
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      if (subprocessor.location !== undefined) return;
      report({
        path: ['subprocessors', index],
        messageId: 'noLocation',
        hintId: 'addLocation',
        data: { name: subprocessor.name, laws: lawNames(laws), cite: citeEach(laws, (law) => LAWS[law].transferNotice) },
      });
    });
  },
});
