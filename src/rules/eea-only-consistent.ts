import { countryInSentence, isCountryCode, isEeaOrUk } from '../model/countries.js';
import { findLocation } from './support/transfers.js';
import { defineRule } from './types.js';

const outside = (code: string): boolean => isCountryCode(code) && !isEeaOrUk(code);

export const eeaOnlyConsistent = defineRule({
  meta: {
    id: 'eea-only-consistent',
    severity: 'error',
    description: 'When transfers.eea_only is true, no storage location and no subprocessor is outside the EEA and the UK.',
    rationale:
      'eea_only makes the policy promise that no copy of the data leaves the EEA and the UK. A storage country or a provider elsewhere contradicts that promise, and a notice that misstates where data goes is not transparent (GDPR Art. 5(1)(a), 13(1)(f)).',
    messages: {
      storedOutside: 'Data is stored in {{country}}, but transfers.eea_only says no copy of the data is kept outside the EEA and the UK.',
      providerOutside: "Subprocessor '{{name}}' is in {{country}}, but transfers.eea_only says no copy of the data is kept outside the EEA and the UK.",
      correct: 'Correct the location, or set transfers.eea_only to false and state the safeguards.',
    },
  },
  check(policy, report) {
    if (policy.transfers?.eea_only !== true) return;
    const stored = policy.transfers.storage === undefined ? undefined : findLocation(policy.transfers.storage, ['transfers', 'storage'], outside);
    if (stored) report({ path: stored.path, messageId: 'storedOutside', hintId: 'correct', data: { country: countryInSentence(stored.code) } });
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      const found = findLocation(subprocessor.location, ['subprocessors', index, 'location'], outside);
      if (found) {
        report({
          path: found.path,
          messageId: 'providerOutside',
          hintId: 'correct',
          data: { name: subprocessor.name, country: countryInSentence(found.code) },
        });
      }
    });
  },
});
