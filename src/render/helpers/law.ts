import type { Jurisdiction } from '../../model/policy.generated.js';
import { LAW_ORDER, LAWS, provisionId, type RightsLawId } from '../../law/index.js';
import { words } from '../../i18n/active.js';
import { lawPhrase } from '../provenance/trace.js';
import { joinList } from './text.js';

/**
 * How a citation names the law: "GDPR", "UK GDPR", or "GDPR and UK GDPR" when both apply (their
 * article numbers are the same). Empty when neither applies, so citations can be left out.
 */
export function gdprCitation(jurisdictions: ReadonlySet<Jurisdiction>): string {
  return joinList((['gdpr', 'uk_gdpr'] as const).filter((law) => jurisdictions.has(law)).map((law) => words().law.laws[law].abbreviation));
}

/** The laws a citation names: "GDPR and UK GDPR" → gdpr, uk_gdpr; "GDPR, UK GDPR and FADP" → also swiss_fadp. */
export function citationLaws(citation: string): Jurisdiction[] {
  if (citation === '') return [];
  const { and, law } = words();
  return citation.split(new RegExp(`,\\s*|\\s+${and}\\s+`, 'u')).flatMap((name) => LAW_ORDER.filter((id) => law.laws[id].abbreviation === name));
}

/**
 * "Art. 6(1)(a) GDPR", or nothing when no GDPR-family law is cited; marked for `--explain` with
 * the provision under each law cited (`gdpr.art-6-1-a`).
 */
export function article(provision: string, citation: string): string {
  if (citation === '') return '';
  return lawPhrase(
    `${words().provision(provision)} ${citation}`,
    citationLaws(citation).map((law) => provisionId(law, provision)),
  );
}

/**
 * Whose law an Art. 6(1)(c) obligation is laid down by, under the laws given (Art. 6(3)): "EU law
 * or the law of an EU Member State", "UK law", joined by "or"; empty when none says.
 */
export function obligationLaws(jurisdictions: readonly Jurisdiction[]): string {
  return joinList(
    jurisdictions.flatMap((law) => {
      const provision = LAWS[law].obligationLaw?.provision;
      const names = words().law.laws[law].obligationLaws ?? [];
      return provision === undefined ? [] : names.map((name) => lawPhrase(name, [provisionId(law, provision)]));
    }),
    'or',
  );
}

/** A law's full name for running text: "the EU General Data Protection Regulation (GDPR)". */
export function lawName(jurisdiction: Jurisdiction): string {
  return lawPhrase(words().law.laws[jurisdiction].name, [jurisdiction]);
}

/**
 * Several laws after one preposition: "nach der DSGVO, der UK GDPR und dem nDSG", not "nach …,
 * nach … und nach …": each law after the first drops its `under` form's preposition.
 */
export function lawsUnder(jurisdictions: readonly Jurisdiction[]): string {
  const preposition = `${words().underPreposition} `;
  return joinList(
    jurisdictions.map((law, index) => {
      // The preposition is dropped from the words before they are marked for --explain, so the
      // traced rendering reads as the published one.
      const under = lawUnderText(law);
      return lawPhrase(index > 0 && under.startsWith(preposition) ? under.slice(preposition.length) : under, [law]);
    }),
  );
}

/** `lawsUnder`, but a single law readers may not know (the FADP, the CCPA) by its full name, as `rightsLawTitle` does. */
export function lawsUnderTitle(jurisdictions: readonly RightsJurisdiction[]): string {
  const [only] = jurisdictions;
  if (jurisdictions.length === 1 && only !== undefined && only !== 'gdpr' && only !== 'uk_gdpr') {
    const text = words().law.laws[only];
    if (text.underFull !== undefined) return lawPhrase(text.underFull, [only]);
  }
  return lawsUnder(jurisdictions);
}

/** The laws that grant rights lists: every jurisdiction but COPPA. */
export type RightsJurisdiction = RightsLawId;

/** A law named again after its full name was given: "the GDPR", "the FADP". */
export function lawShortName(jurisdiction: Jurisdiction): string {
  return lawPhrase(words().law.laws[jurisdiction].short, [jurisdiction]);
}

/**
 * How a rights list introduces its law: in full for the FADP and the CCPA, whose abbreviations
 * readers may not know; "the GDPR and the UK GDPR" when several laws share one list.
 */
export function rightsLawTitle(jurisdictions: readonly RightsJurisdiction[]): string {
  const [only] = jurisdictions;
  if (jurisdictions.length === 1 && only !== undefined && only !== 'gdpr' && only !== 'uk_gdpr') return lawName(only);
  return joinList(jurisdictions.map(lawShortName));
}

/** A European law's region after "outside" or "out of": "des Europäischen Wirtschaftsraums"; English reads the region itself. */
export function lawRegionOf(jurisdiction: Jurisdiction): string {
  const text = words().law.laws[jurisdiction];
  return lawPhrase(text.regionOf ?? text.region ?? '', [jurisdiction]);
}

/** Where a European law protects people: "the European Economic Area", "Switzerland". */
export function lawRegion(jurisdiction: Jurisdiction): string {
  return lawPhrase(words().law.laws[jurisdiction].region ?? '', [jurisdiction]);
}

/** "under the GDPR": "nach der DSGVO", "au titre du RGPD". */
export function lawUnderName(jurisdiction: Jurisdiction): string {
  return lawPhrase(lawUnderText(jurisdiction), [jurisdiction]);
}

function lawUnderText(jurisdiction: Jurisdiction): string {
  const text = words().law.laws[jurisdiction];
  return text.under ?? `under ${text.short}`;
}
