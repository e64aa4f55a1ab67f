import type { TransferMechanism } from '../model/policy.generated.js';
import { declares } from './support/jurisdictions.js';
import { DEROGATIONS, findLocation, needsSafeguard } from './support/transfers.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';

/** Contractual clauses that only one law recognises, and the one the other law needs instead. */
const ONE_LAW_ONLY: ReadonlyArray<{ mechanism: TransferMechanism; missingLaw: 'uk_gdpr' | 'gdpr'; other: TransferMechanism; why: string }> = [
  { mechanism: 'scc', missingLaw: 'uk_gdpr', other: 'uk_idta', why: 'the EU SCCs cover UK transfers only with the UK Addendum, or the UK IDTA instead' },
  {
    mechanism: 'uk_idta',
    missingLaw: 'gdpr',
    other: 'scc',
    why: 'the UK IDTA and Addendum cover only transfers from the UK; transfers from the EEA need the EU SCCs',
  },
];

export const transferSafeguardFitsLaw = defineRule({
  meta: {
    id: 'transfer-safeguard-fits-law',
    severity: 'warning',
    description:
      'Contractual clauses fit every declared law: EU SCCs alone do not cover UK GDPR transfers, and the UK IDTA or Addendum alone does not cover GDPR transfers.',
    rationale:
      "A transfer from the UK on contractual clauses needs the UK International Data Transfer Agreement or the EU SCCs with the UK Addendum (UK GDPR Art. 46, DPA 2018 s. 119A); the EU SCCs alone are not enough, and the old clauses that once covered both stopped doing so on 21 March 2024. The reverse holds for the GDPR: UK documents do not cover data leaving the EEA. A policy declaring both laws that names only one law's clauses, for a provider in a country without an adequacy decision, leaves one set of transfers without a stated safeguard. Listing the other clauses in transfers.mechanisms is enough.",
    messages: {
      wrongClauses: "{{providers}} on '{{mechanism}}', but {{why}}.",
      addOther: "Add '{{other}}' to transfers.mechanisms if it is in place.",
    },
  },
  check(policy, report) {
    const policyWide = policy.transfers?.mechanisms;
    const safeguards = (policyWide ?? []).filter((mechanism) => mechanism !== 'none' && !DEROGATIONS.has(mechanism));
    for (const { mechanism, missingLaw, other, why } of ONE_LAW_ONLY) {
      if (!declares(policy, missingLaw) || policyWide?.includes(other)) continue;
      // Providers outside adequacy that rely on these clauses: their own, or the policy-wide list's
      // when it names no other safeguard.
      const relying = (policy.subprocessors ?? [])
        .map((subprocessor, index) => ({ subprocessor, index }))
        .filter(({ subprocessor, index }) => {
          if (!findLocation(subprocessor.location, ['subprocessors', index, 'location'], needsSafeguard(policy))) return false;
          const own = subprocessor.transfer_mechanism;
          return own === mechanism || (own === undefined && safeguards.length === 1 && safeguards[0] === mechanism);
        });
      const first = relying[0];
      if (!first) continue;
      // One finding, where the fix goes: the policy-wide list, else the first provider.
      report({
        path: policyWide ? ['transfers', 'mechanisms'] : ['subprocessors', first.index, 'transfer_mechanism'],
        onKey: policyWide !== undefined,
        messageId: 'wrongClauses',
        hintId: 'addOther',
        data: { providers: providers(relying.map(({ subprocessor }) => subprocessor.name)), mechanism, why, other },
      });
    }
  },
});

/** "Subprocessor 'A' relies", "Subprocessors 'A', 'B', 'C' and 2 more rely". */
function providers(names: readonly string[]): string {
  if (names.length === 1) return `Subprocessor '${names[0]}' relies`;
  const shown = names.slice(0, 3).map((name) => `'${name}'`);
  const rest = names.length - shown.length;
  return `Subprocessors ${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listInWords(shown)} rely`;
}
