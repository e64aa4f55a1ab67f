import { countryInSentence } from '../model/countries.js';
import { lawNames } from './support/jurisdictions.js';
import { needPath } from './support/transfers.js';
import { defineRule } from './types.js';
import { mechanismsOf } from '../model/transfer-mechanisms.js';

export const transferAdequacyValid = defineRule({
  meta: {
    id: 'transfer-adequacy-valid',
    severity: 'error',
    description:
      "A subprocessor that relies on 'adequacy' is located only in the territory of a declared law (the EEA, the UK, Switzerland) or in countries with an adequacy decision under each.",
    rationale:
      "An adequacy decision covers a country, not a company. The United States has none: US recipients are covered only when certified under the EU-US Data Privacy Framework (and its UK Extension, or the Swiss-US Data Privacy Framework), which is the 'dpf' mechanism. Under the FADP the Federal Council's list in Annex 1 of the Data Protection Ordinance decides, and it differs from the EU's: Japan and the Republic of Korea are not on it. Claiming adequacy for any other country misstates the safeguard the notice must name (GDPR Art. 13(1)(f)).",
    messages: {
      noAdequacy: "Subprocessor '{{name}}' relies on 'adequacy', but {{country}} has no adequacy decision under {{laws}}.",
      useDpf: "Use 'dpf' if the provider is certified under the Data Privacy Framework, otherwise 'scc'.",
      stateSafeguard: "State the safeguard actually in place: 'scc', 'uk_idta', 'swiss_scc' or 'bcr'.",
    },
  },
  check(_policy, report, model) {
    if (model.transferLaws.length === 0) return;
    model.subprocessors.forEach((subprocessor, index) => {
      const found = subprocessor.needs[0];
      if (!mechanismsOf(subprocessor).includes('adequacy') || found === undefined) return;
      report({
        path: needPath(['subprocessors', index, 'location'], found),
        messageId: 'noAdequacy',
        hintId: found.code === 'US' ? 'useDpf' : 'stateSafeguard',
        data: {
          name: subprocessor.name,
          country: countryInSentence(found.code),
          laws: lawNames(found.laws),
        },
      });
    });
  },
});
