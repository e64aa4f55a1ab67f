import { countryInSentence } from '../model/countries.js';
import type { TransferMechanism } from '../model/policy.generated.js';
import { TRANSFER_TOOLS, type TransferLawId } from '../law/index.js';
import { DEROGATIONS } from './support/transfers.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';
import { mechanismsOf } from '../model/transfer-mechanisms.js';

/**
 * Contractual clauses that one law recognises and another does not, and what the other law
 * needs instead. The Swiss adaptations (`swiss_scc`) are the Commission's clauses with an annex
 * for Swiss law: they name no safeguard for the EEA or the UK on their own.
 */
const ONE_LAW_ONLY: ReadonlyArray<{ mechanism: TransferMechanism; missingLaw: TransferLawId; other: TransferMechanism; why: string }> = [
  { mechanism: 'scc', missingLaw: 'uk_gdpr', other: 'uk_idta', why: 'the EU SCCs cover UK transfers only with the UK Addendum, or the UK IDTA instead' },
  {
    mechanism: 'uk_idta',
    missingLaw: 'gdpr',
    other: 'scc',
    why: 'the UK IDTA and Addendum cover only transfers from the UK; transfers from the EEA need the EU SCCs',
  },
  {
    mechanism: 'scc',
    missingLaw: 'swiss_fadp',
    other: 'swiss_scc',
    why: 'the FDPIC recognises the EU SCCs for transfers from Switzerland only with the adaptations for Swiss law it requires (FADP Art. 16(2)(d))',
  },
  {
    mechanism: 'uk_idta',
    missingLaw: 'swiss_fadp',
    other: 'swiss_scc',
    why: 'the UK IDTA and Addendum cover only transfers from the UK; transfers from Switzerland need the EU SCCs with the Swiss adaptations',
  },
  {
    mechanism: 'swiss_scc',
    missingLaw: 'gdpr',
    other: 'scc',
    why: "'swiss_scc' names the adaptations of the EU SCCs for Switzerland; transfers from the EEA rest on the EU SCCs themselves, listed as 'scc'",
  },
  { mechanism: 'swiss_scc', missingLaw: 'uk_gdpr', other: 'uk_idta', why: 'the EU SCCs cover UK transfers only with the UK Addendum, or the UK IDTA instead' },
];

export const transferSafeguardFitsLaw = defineRule({
  meta: {
    id: 'transfer-safeguard-fits-law',
    severity: 'warning',
    description:
      'Contractual clauses fit every declared law: EU SCCs alone do not cover UK GDPR or Swiss FADP transfers, and the UK IDTA or Addendum alone does not cover GDPR or FADP transfers.',
    rationale:
      "A transfer from the UK on contractual clauses needs the UK International Data Transfer Agreement or the EU SCCs with the UK Addendum (UK GDPR Art. 46, DPA 2018 s. 119A); the EU SCCs alone are not enough, and the old clauses that once covered both stopped doing so on 21 March 2024. The reverse holds for the GDPR: UK documents do not cover data leaving the EEA. Under the FADP, the FDPIC recognised the EU SCCs on 27 August 2021 provided they are adapted to Swiss law (the FDPIC as supervisory authority for Swiss transfers, the FADP read for the GDPR, people in Switzerland able to sue where they live), which 'swiss_scc' states. A policy declaring both laws that names only one law's clauses, for a provider in a country without an adequacy decision, leaves one set of transfers without a stated safeguard. Listing the other clauses in transfers.mechanisms is enough.",
    messages: {
      wrongClauses: "{{providers}} on '{{mechanism}}', but {{why}}.",
      addOther: "Add '{{other}}' to transfers.mechanisms if it is in place.",
    },
  },
  check(policy, report, model) {
    const policyWide = policy.transfers?.mechanisms;
    const safeguards = (policyWide ?? []).filter((mechanism) => mechanism !== 'none' && !DEROGATIONS.has(mechanism));
    // One finding per law whose safeguard is missing.
    const reported = new Set<TransferLawId>();
    for (const { mechanism, missingLaw, other, why } of ONE_LAW_ONLY) {
      // Listing a safeguard valid under the other law policy-wide is enough.
      if (
        !model.transferLaws.includes(missingLaw) ||
        reported.has(missingLaw) ||
        safeguards.some((m) => TRANSFER_TOOLS[m].validUnder[missingLaw] !== undefined)
      )
        continue;
      // Providers that need a safeguard under that law and rely on these clauses: their own, or
      // the policy-wide list's.
      const relying = model.subprocessors
        .map((subprocessor, index) => ({ subprocessor, index }))
        .filter(({ subprocessor }) => {
          if (!subprocessor.needs.some((need) => need.laws.includes(missingLaw))) return false;
          // The provider's own grounds, when it names any: enough if one of them is valid under that law.
          const own = mechanismsOf(subprocessor);
          if (own.length === 0) return safeguards.includes(mechanism);
          return own.includes(mechanism) && !own.some((m) => TRANSFER_TOOLS[m].validUnder[missingLaw] !== undefined);
        });
      // The company's own storage abroad is a transfer too when it is established inside (EDPB
      // Guidelines 05/2021), and rests on the policy-wide list alone.
      const stored = model.establishedInside && safeguards.includes(mechanism) ? model.storageNeeds.filter((need) => need.laws.includes(missingLaw)) : [];
      const first = relying[0];
      if (!first && stored.length === 0) continue;
      reported.add(missingLaw);
      const who = [
        ...(stored.length === 0 ? [] : [`Storage in ${listInWords(stored.map((need) => countryInSentence(need.code)))}`]),
        ...relying.map(({ subprocessor }) => `'${subprocessor.name}'`),
      ];
      // One finding, where the fix goes: the policy-wide list, else the first provider.
      report({
        path: policyWide || !first ? ['transfers', 'mechanisms'] : ['subprocessors', first.index, 'transfer_mechanism'],
        onKey: policyWide !== undefined,
        messageId: 'wrongClauses',
        hintId: 'addOther',
        data: { providers: stored.length === 0 ? providers(relying.map(({ subprocessor }) => subprocessor.name)) : relyingWords(who), mechanism, why, other },
      });
    }
  },
});

/** "Storage in the United States relies", "Storage in the United States and 'A' rely". */
function relyingWords(who: readonly string[]): string {
  const shown = who.slice(0, 3);
  const rest = who.length - shown.length;
  return `${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listInWords(shown)} ${who.length === 1 ? 'relies' : 'rely'}`;
}

/** "Subprocessor 'A' relies", "Subprocessors 'A', 'B', 'C' and 2 more rely". */
function providers(names: readonly string[]): string {
  if (names.length === 1) return `Subprocessor '${names[0]}' relies`;
  const shown = names.slice(0, 3).map((name) => `'${name}'`);
  const rest = names.length - shown.length;
  return `Subprocessors ${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listInWords(shown)} rely`;
}
