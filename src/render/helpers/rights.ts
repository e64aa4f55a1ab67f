import type { Right } from '../../model/policy.generated.js';
import { citeAll, provisionId, RIGHTS, type RightsLawId } from '../../law/index.js';
import { words } from '../../i18n/active.js';
import { lawPhrase } from '../provenance/trace.js';

/** Which law a right is explained under: its article or section differs, the substance barely. */
export type RightsLaw = RightsLawId | 'everyone';

/** "Right of access". */
export function rightLabel(right: Right): string {
  return words().law.rights[right].label;
}

/**
 * Completes "You can …": "ask for a copy of the personal data we hold about you …"; under `law`,
 * that law's own text where its right differs in substance (the CCPA's portable copy); as the
 * company's `promise` to everyone, without the conditions and exceptions a law attaches.
 */
export function rightExplanation(right: Right, personalData: string, law?: RightsLawId | 'promise'): string {
  const text = words().law.rights[right];
  const chosen = law === undefined ? undefined : law === 'promise' ? text.promise : text.under?.[law];
  return (chosen ?? text.explanation).replaceAll('{pd}', personalData);
}

/**
 * The whole sentence that describes the right under `law`, where the law words it as a protection
 * rather than as something the person does ("You have the right not to be subject to …"); then it
 * replaces "You can …". Undefined for every other right.
 */
export function rightStatement(right: Right, personalData: string, law: RightsLawId): string | undefined {
  return words().law.rights[right].statements?.[law]?.replaceAll('{pd}', personalData);
}

/** The right reads the same under both laws, so one list may serve them. */
export function rightReadsAlike(right: Right, a: RightsLawId, b: RightsLawId): boolean {
  const text = words().law.rights[right];
  return text.under?.[a] === text.under?.[b] && text.statements?.[a] === text.statements?.[b];
}

/**
 * Where the right is in the law: "Art. 15" (GDPR and UK GDPR number them alike), "Art. 25" (FADP),
 * "§ 1798.110" (California Civil Code), or "" where no single provision applies.
 */
export function rightReference(right: Right, law: RightsLaw): string {
  return law === 'everyone' ? '' : rightReferences(right, [law], false);
}

/**
 * A right's provisions, for a list that may serve several laws. Unless `named`, the list's heading
 * says which law applies, so the provision of the first stands alone ("Art. 15", the same in the
 * GDPR and the UK GDPR). Named, each provision carries its law: "Art. 15 GDPR and UK GDPR; Art. 25
 * FADP", "Cal. Civ. Code § 1798.105".
 */
export function rightReferences(right: Right, laws: readonly RightsLawId[], named: boolean): string {
  if (!named) {
    const first = laws[0];
    if (first === undefined) return '';
    // Traced to each law that numbers it alike: "Art. 15" is the GDPR's and the UK GDPR's.
    const provision = RIGHTS[right].provisions[first] ?? '';
    const alike = laws.filter((law) => RIGHTS[right].provisions[law] === provision);
    return provision === ''
      ? ''
      : lawPhrase(
          words().provision(provision),
          alike.map((law) => provisionId(law, provision)),
        );
  }
  // Laws that number the right alike are cited together, in the order given.
  const byProvision = new Map<string, RightsLawId[]>();
  for (const law of laws) {
    const provision = RIGHTS[right].provisions[law] ?? '';
    if (provision === '') continue;
    byProvision.set(provision, [...(byProvision.get(provision) ?? []), law]);
  }
  // Each citation marked for --explain with the provision under each law it cites.
  return [...byProvision]
    .map(([provision, group]) =>
      lawPhrase(
        citeAll(group, provision),
        group.map((law) => provisionId(law, provision)),
      ),
    )
    .join(words().semicolon);
}
