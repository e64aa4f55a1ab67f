import { countryInSentence, isEeaOrUk } from '../model/countries.js';
import { establishment } from '../model/territory.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { findLocation, needsSafeguard, TRANSFER_LAWS } from './support/transfers.js';
import { defineRule } from './types.js';

export const transferMechanismRequired = defineRule({
  meta: {
    id: 'transfer-mechanism-required',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR, data sent outside the EEA/UK to a country without an adequacy decision has a transfer mechanism: on the subprocessor, or policy-wide in transfers.mechanisms.',
    rationale:
      "Chapter V (Art. 44–46) allows such a transfer only under an adequacy decision or an appropriate safeguard (the DPF, SCCs, the UK IDTA or Addendum, BCRs), and the notice must name it (Art. 13(1)(f)). A subprocessor's own transfer_mechanism wins over the policy-wide list; 'none' is reported even when the list names a safeguard. Storage abroad counts only for a controller established in the EEA/UK: a company outside it that collects data directly from people is not making a transfer (EDPB Guidelines 05/2021).",
    messages: {
      mechanismNone:
        "Subprocessor '{{name}}' in {{country}} has transfer_mechanism 'none'; under {{laws}} data may only go there with a safeguard (Art. 44–46).",
      stateSafeguard: 'State the safeguard in place: dpf, scc, uk_idta or bcr.',
      noMechanism:
        "Subprocessor '{{name}}' is in {{country}}, which has no adequacy decision, but no transfer mechanism is stated; under {{laws}} a transfer there needs a safeguard (Art. 44–46).",
      addMechanism: 'Add transfer_mechanism (dpf, scc, uk_idta or bcr) to this subprocessor, or list the safeguards under transfers.mechanisms.',
      storageWithoutSafeguard:
        'Data is stored in {{country}}, which has no adequacy decision, but transfers.mechanisms names no safeguard; under {{laws}} a transfer there needs one (Art. 44–46).',
      listSafeguards: 'List the safeguards relied on under transfers.mechanisms, e.g. [scc, uk_idta].',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, TRANSFER_LAWS);
    if (laws.length === 0) return;
    const under = lawNames(laws);
    const policyWide = (policy.transfers?.mechanisms ?? []).filter((mechanism) => mechanism !== 'none');
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      const found = findLocation(subprocessor.location, ['subprocessors', index, 'location'], needsSafeguard(policy));
      if (!found) return;
      const where = countryInSentence(found.code);
      if (subprocessor.transfer_mechanism === 'none') {
        report({
          path: ['subprocessors', index, 'transfer_mechanism'],
          messageId: 'mechanismNone',
          hintId: 'stateSafeguard',
          data: { name: subprocessor.name, country: where, laws: under },
        });
      } else if (subprocessor.transfer_mechanism === undefined && policyWide.length === 0) {
        report({
          path: found.path,
          messageId: 'noMechanism',
          hintId: 'addMechanism',
          data: { name: subprocessor.name, country: where, laws: under },
        });
      }
    });
    const home = establishment(policy);
    const storage = policy.transfers?.storage;
    if (storage === undefined || home === undefined || !isEeaOrUk(home) || policyWide.length > 0) return;
    const found = findLocation(storage, ['transfers', 'storage'], needsSafeguard(policy));
    if (!found) return;
    report({
      path: found.path,
      messageId: 'storageWithoutSafeguard',
      hintId: 'listSafeguards',
      data: { country: countryInSentence(found.code), laws: under },
    });
  },
});
