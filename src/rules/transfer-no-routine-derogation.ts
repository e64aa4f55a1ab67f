import { declaredAmong } from './support/jurisdictions.js';
import { DEROGATIONS, TRANSFER_LAWS } from './support/transfers.js';
import { defineRule } from './types.js';

export const transferNoRoutineDerogation = defineRule({
  meta: {
    id: 'transfer-no-routine-derogation',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR, a subprocessor, or the policy as a whole, does not rely on an Art. 49 derogation (consent, contract) as its transfer mechanism.',
    rationale:
      "Art. 49 derogations are exceptions for occasional transfers and must be interpreted restrictively (EDPB Guidelines 2/2018); a provider that receives data all the time needs an Art. 45–46 safeguard. 'By using the Service you consent to this transfer' is also not explicit, freely given consent informed of the risks (Art. 49(1)(a)). A derogation listed in transfers.mechanisms beside a real safeguard is accepted as the ground for occasional transfers.",
    messages: {
      providerDerogation:
        "Subprocessor '{{name}}' relies on '{{mechanism}}', an Art. 49 derogation meant for occasional transfers, not for a provider used routinely.",
      useSafeguard: 'Use an Art. 45–46 safeguard for routine transfers: dpf, scc, uk_idta or bcr.',
      onlyDerogation: "Transfers rely only on '{{mechanism}}', an Art. 49 derogation meant for occasional transfers, not a safeguard for routine ones.",
      addSafeguard: 'Add the Art. 45–46 safeguard used for routine transfers (dpf, scc, uk_idta or bcr), and keep the derogation for occasional cases.',
    },
  },
  check(policy, report) {
    if (declaredAmong(policy, TRANSFER_LAWS).length === 0) return;
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      const mechanism = subprocessor.transfer_mechanism;
      if (mechanism === undefined || !DEROGATIONS.has(mechanism)) return;
      report({
        path: ['subprocessors', index, 'transfer_mechanism'],
        messageId: 'providerDerogation',
        hintId: 'useSafeguard',
        data: { name: subprocessor.name, mechanism },
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
        data: { mechanism },
      });
    });
  },
});
