import { countryInSentence } from '../model/countries.js';
import type { SafeguardNeed } from '../model/normalize.js';
import { lawNames } from './support/jurisdictions.js';
import { citeTransferRule, needPath } from './support/transfers.js';
import { defineRule } from './types.js';
import { mechanismEntries } from '../model/transfer-mechanisms.js';

export const transferMechanismRequired = defineRule({
  meta: {
    id: 'transfer-mechanism-required',
    severity: 'warning',
    description:
      'Under the GDPR, the UK GDPR or the FADP, data sent out of the EEA, the UK or Switzerland to a country without an adequacy decision has a transfer mechanism: on the subprocessor, or policy-wide in transfers.mechanisms.',
    rationale:
      "Chapter V (Art. 44–46 GDPR and UK GDPR) allows such a transfer only under an adequacy decision or an appropriate safeguard (the DPF, SCCs, the UK IDTA or Addendum, BCRs), and the notice must name it (Art. 13(1)(f)). The FADP allows disclosure abroad only to a state on the Federal Council's list (Art. 16(1), Data Protection Ordinance Annex 1) or under a safeguard of Art. 16(2) (SCCs with the Swiss adaptations, BCRs); policyc judges Swiss transfers for policies dated from 1 September 2023, when that list became binding. A subprocessor's own transfer_mechanism wins over the policy-wide list; 'none' is reported even when the list names a safeguard. Storage abroad counts only for a controller established in the territory of a declared law: a company outside it that collects data directly from people is not making a transfer (EDPB Guidelines 05/2021).",
    messages: {
      mechanismNone: "Subprocessor '{{name}}' in {{country}} has transfer_mechanism 'none'; under {{laws}} data may only go there with a safeguard ({{cite}}).",
      stateSafeguard: 'State the safeguard in place: dpf, scc, uk_idta, swiss_scc or bcr.',
      noMechanism:
        "Subprocessor '{{name}}' is in {{country}}, which has no adequacy decision, but no transfer mechanism is stated; under {{laws}} a transfer there needs a safeguard ({{cite}}).",
      addMechanism: 'Add transfer_mechanism (dpf, scc, uk_idta, swiss_scc or bcr) to this subprocessor, or list the safeguards under transfers.mechanisms.',
      storageWithoutSafeguard:
        'Data is stored in {{country}}, which has no adequacy decision, but transfers.mechanisms names no safeguard; under {{laws}} a transfer there needs one ({{cite}}).',
      listSafeguards: 'List the safeguards relied on under transfers.mechanisms, e.g. [scc, uk_idta].',
    },
  },
  check(policy, report, model) {
    if (model.transferLaws.length === 0) return;
    // The laws under which a transfer there needs a safeguard: Japan needs one under the FADP only.
    const needing = (need: SafeguardNeed): { laws: string; cite: string } => ({ laws: lawNames(need.laws), cite: citeTransferRule(need.laws) });
    const policyWide = (policy.transfers?.mechanisms ?? []).filter((mechanism) => mechanism !== 'none');
    model.subprocessors.forEach((subprocessor, index) => {
      const need = subprocessor.needs[0];
      if (need === undefined) return;
      const found = { ...need, path: needPath(['subprocessors', index, 'location'], need) };
      const where = countryInSentence(found.code);
      const own = mechanismEntries(subprocessor, index);
      const none = own.find(({ mechanism }) => mechanism === 'none');
      if (none !== undefined) {
        report({
          path: none.path,
          messageId: 'mechanismNone',
          hintId: 'stateSafeguard',
          data: { name: subprocessor.name, country: where, ...needing(found) },
        });
      } else if (own.length === 0 && policyWide.length === 0) {
        report({
          path: found.path,
          messageId: 'noMechanism',
          hintId: 'addMechanism',
          data: { name: subprocessor.name, country: where, ...needing(found) },
        });
      }
    });
    const stored = model.storageNeeds[0];
    if (stored === undefined || !model.establishedInside || policyWide.length > 0) return;
    report({
      path: needPath(['transfers', 'storage'], stored),
      messageId: 'storageWithoutSafeguard',
      hintId: 'listSafeguards',
      data: { country: countryInSentence(stored.code), ...needing(stored) },
    });
  },
});
