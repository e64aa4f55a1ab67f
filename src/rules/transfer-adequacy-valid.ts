import { countryInSentence } from '../model/countries.js';
import { declaredAmong } from './support/jurisdictions.js';
import { findLocation, needsSafeguard, TRANSFER_LAWS } from './support/transfers.js';
import { defineRule } from './types.js';

export const transferAdequacyValid = defineRule({
  meta: {
    id: 'transfer-adequacy-valid',
    severity: 'error',
    description: "A subprocessor that relies on 'adequacy' is located only in the EEA/UK or in countries with an adequacy decision.",
    rationale:
      "An adequacy decision covers a country, not a company. The United States has none: US recipients are covered only when certified under the EU-US Data Privacy Framework (and its UK Extension), which is the 'dpf' mechanism. Claiming adequacy for any other country misstates the safeguard the notice must name (Art. 13(1)(f)).",
    messages: {
      noAdequacy: "Subprocessor '{{name}}' relies on 'adequacy', but {{country}} has no adequacy decision.",
      useDpf: "Use 'dpf' if the provider is certified under the Data Privacy Framework, otherwise 'scc'.",
      stateSafeguard: "State the safeguard actually in place: 'scc', 'uk_idta' or 'bcr'.",
    },
  },
  check(policy, report) {
    if (declaredAmong(policy, TRANSFER_LAWS).length === 0) return;
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      if (subprocessor.transfer_mechanism !== 'adequacy') return;
      const found = findLocation(subprocessor.location, ['subprocessors', index, 'location'], needsSafeguard(policy));
      if (!found) return;
      report({
        path: found.path,
        messageId: 'noAdequacy',
        hintId: found.code === 'US' ? 'useDpf' : 'stateSafeguard',
        data: { name: subprocessor.name, country: countryInSentence(found.code) },
      });
    });
  },
});
