import { cite, TRANSFER_TOOLS } from '../law/index.js';
import { lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const transferSafeguardCopies = defineRule({
  meta: {
    id: 'transfer-safeguard-copies',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR, a policy that relies on contractual safeguards (SCCs, the UK IDTA, BCRs) says how to obtain a copy of them (transfers.copies_on_request).',
    rationale:
      'Where a transfer relies on an Art. 46 or 47 safeguard, the notice must name it and say how to obtain a copy of it or where it has been made available (Art. 13(1)(f)). policyc writes "You can ask us for a copy of the safeguards" only when the file says so, since it is a promise the company has to keep.',
    messages: {
      noCopies: 'Transfers rely on contractual safeguards, but the policy does not say how to obtain a copy of them, which {{laws}} {{require}} ({{cite}}).',
      offerCopies: 'Set transfers.copies_on_request: true if people can ask for a copy at the privacy address.',
    },
  },
  check(policy, report, model) {
    if (model.transferLaws.length === 0 || policy.transfers?.copies_on_request === true) return;
    const contractual = (m: string | undefined): boolean => m !== undefined && TRANSFER_TOOLS[m as keyof typeof TRANSFER_TOOLS].kind === 'safeguard';
    const wide = (policy.transfers?.mechanisms ?? []).findIndex(contractual);
    const own = (policy.subprocessors ?? []).findIndex((s) => contractual(s.transfer_mechanism));
    if (wide < 0 && own < 0) return;
    report({
      path: wide >= 0 ? ['transfers', 'mechanisms', wide] : ['subprocessors', own, 'transfer_mechanism'],
      messageId: 'noCopies',
      hintId: 'offerCopies',
      data: {
        laws: lawNames(model.transferLaws),
        require: model.transferLaws.length === 1 ? 'requires' : 'require',
        cite: cite(model.transferLaws[0]!, 'Art. 13(1)(f)'),
      },
    });
  },
});
