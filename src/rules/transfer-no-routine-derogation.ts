import { citeTool, DEROGATIONS } from './support/transfers.js';
import { defineRule } from './types.js';
import { mechanismEntries } from '../model/transfer-mechanisms.js';

export const transferNoRoutineDerogation = defineRule({
  meta: {
    id: 'transfer-no-routine-derogation',
    severity: 'warning',
    description:
      'Under the GDPR, the UK GDPR or the FADP, a subprocessor, or the policy as a whole, does not rely on a derogation (consent, contract: GDPR Art. 49, FADP Art. 17) as its transfer mechanism.',
    rationale:
      "Art. 49 derogations are exceptions for occasional transfers and must be interpreted restrictively (EDPB Guidelines 2/2018); a provider that receives data all the time needs an Art. 45–46 safeguard. 'By using the Service you consent to this transfer' is also not explicit, freely given consent informed of the risks (Art. 49(1)(a)). The FADP's exceptions (Art. 17) are likewise for individual cases, beside adequacy and the safeguards of Art. 16. A derogation listed in transfers.mechanisms beside a real safeguard is accepted as the ground for occasional transfers.",
    messages: {
      providerDerogation:
        "Subprocessor '{{name}}' relies on '{{mechanism}}', a derogation ({{cite}}) meant for occasional transfers, not for a provider used routinely.",
      useSafeguard: 'Use adequacy or a safeguard for routine transfers: dpf, scc, uk_idta, swiss_scc or bcr.',
      onlyDerogation: "Transfers rely only on '{{mechanism}}', a derogation ({{cite}}) meant for occasional transfers, not a safeguard for routine ones.",
      addSafeguard: 'Add the safeguard used for routine transfers (dpf, scc, uk_idta, swiss_scc or bcr), and keep the derogation for occasional cases.',
    },
  },
  check(policy, report, model) {
    const laws = model.transferLaws;
    if (laws.length === 0) return;
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      // A derogation beside a safeguard of the provider's own is its ground for occasional transfers.
      const entries = mechanismEntries(subprocessor, index).filter(({ mechanism }) => mechanism !== 'none');
      if (entries.some(({ mechanism }) => !DEROGATIONS.has(mechanism))) return;
      const first = entries[0];
      if (first === undefined) return;
      const { mechanism } = first;
      report({
        path: first.path,
        messageId: 'providerDerogation',
        hintId: 'useSafeguard',
        data: { name: subprocessor.name, mechanism, cite: citeTool(mechanism, laws) },
      });
    });
    const mechanisms = policy.transfers?.mechanisms ?? [];
    if (mechanisms.some((mechanism) => mechanism !== 'none' && !DEROGATIONS.has(mechanism))) return;
    mechanisms.forEach((mechanism, index) => {
      if (!DEROGATIONS.has(mechanism)) return;
      report({
        path: ['transfers', 'mechanisms', index],
        messageId: 'onlyDerogation',
        hintId: 'addSafeguard',
        data: { mechanism, cite: citeTool(mechanism, laws) },
      });
    });
  },
});
