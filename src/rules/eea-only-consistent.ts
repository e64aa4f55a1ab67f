import { countryInSentence, isCountryCode, isEeaOrUk } from '../model/countries.js';
import { findLocation } from './support/transfers.js';
import type { Rule } from './types.js';

const outside = (code: string): boolean => isCountryCode(code) && !isEeaOrUk(code);

export const eeaOnlyConsistent: Rule = {
  meta: {
    id: 'eea-only-consistent',
    severity: 'error',
    description: 'When transfers.eea_only is true, no storage location and no subprocessor is outside the EEA and the UK.',
    rationale:
      'eea_only makes the policy promise that no copy of the data leaves the EEA and the UK. A storage country or a provider elsewhere contradicts that promise, and a notice that misstates where data goes is not transparent (GDPR Art. 5(1)(a), 13(1)(f)).',
  },
  check(policy, report) {
    if (policy.transfers?.eea_only !== true) return;
    const promise = 'transfers.eea_only says no copy of the data is kept outside the EEA and the UK';
    const hint = 'Correct the location, or set transfers.eea_only to false and state the safeguards.';
    const stored = policy.transfers.storage === undefined ? undefined : findLocation(policy.transfers.storage, ['transfers', 'storage'], outside);
    if (stored) report({ path: stored.path, message: `Data is stored in ${countryInSentence(stored.code)}, but ${promise}.`, hint });
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      const found = findLocation(subprocessor.location, ['subprocessors', index, 'location'], outside);
      if (found) report({ path: found.path, message: `Subprocessor '${subprocessor.name}' is in ${countryInSentence(found.code)}, but ${promise}.`, hint });
    });
  },
};
