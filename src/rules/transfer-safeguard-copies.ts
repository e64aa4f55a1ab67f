import { cite, LAWS, TRANSFER_TOOLS } from '../law/index.js';
import { lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';
import { mechanismEntries } from '../model/transfer-mechanisms.js';

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
      offerCopies:
        'Set transfers.copies_on_request: true if people can ask for a copy at the privacy address, and transfers.copies_email if they ask at another address.',
      addressAlone: 'An address for copies of the safeguards is given (copies_email), but the policy offers copies only with copies_on_request: true.',
      offerAtAddress: 'Add copies_on_request: true under transfers, or remove copies_email.',
    },
  },
  check(policy, report, model) {
    if (policy.transfers?.copies_email !== undefined && policy.transfers.copies_on_request !== true)
      report({ path: ['transfers', 'copies_email'], messageId: 'addressAlone', hintId: 'offerAtAddress' });
    // Only the laws whose notice must say how to obtain a copy (GDPR and UK GDPR Art. 13(1)(f)).
    const laws = model.transferLaws.filter((law) => LAWS[law].safeguardCopies !== undefined);
    if (laws.length === 0 || policy.transfers?.copies_on_request === true) return;
    const contractual = (m: string | undefined): boolean => m !== undefined && TRANSFER_TOOLS[m as keyof typeof TRANSFER_TOOLS].kind === 'safeguard';
    const wide = (policy.transfers?.mechanisms ?? []).findIndex(contractual);
    const own = (policy.subprocessors ?? []).flatMap((s, index) => mechanismEntries(s, index)).find(({ mechanism }) => contractual(mechanism));
    if (wide < 0 && own === undefined) return;
    report({
      path: wide >= 0 ? ['transfers', 'mechanisms', wide] : (own?.path ?? ['subprocessors']),
      messageId: 'noCopies',
      hintId: 'offerCopies',
      data: {
        laws: lawNames(laws),
        require: laws.length === 1 ? 'requires' : 'require',
        cite: cite(laws[0]!, LAWS[laws[0]!].safeguardCopies!),
      },
    });
  },
});
