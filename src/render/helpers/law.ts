import type { Jurisdiction } from '../../model/policy.generated.js';
import { joinList } from './text.js';

/**
 * How a citation names the law: "GDPR", "UK GDPR", or "GDPR and UK GDPR" when both apply (their
 * article numbers are the same). Empty when neither applies, so citations can be left out.
 */
export function gdprCitation(jurisdictions: ReadonlySet<Jurisdiction>): string {
  const laws: string[] = [];
  if (jurisdictions.has('gdpr')) laws.push('GDPR');
  if (jurisdictions.has('uk_gdpr')) laws.push('UK GDPR');
  return joinList(laws);
}

/** "Art. 6(1)(a) GDPR", or nothing when no GDPR-family law is cited. */
export function article(reference: string, citation: string): string {
  return citation === '' ? '' : `Art. ${reference} ${citation}`;
}

const LAW_NAMES: Readonly<Record<Jurisdiction, string>> = {
  gdpr: 'the EU General Data Protection Regulation (GDPR)',
  uk_gdpr: 'the UK General Data Protection Regulation (UK GDPR)',
  swiss_fadp: 'the Swiss Federal Act on Data Protection (FADP)',
  ccpa: 'the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA)',
  coppa: "the Children's Online Privacy Protection Act (COPPA)",
};

/** A law's full name for running text: "the EU General Data Protection Regulation (GDPR)". */
export function lawName(jurisdiction: Jurisdiction): string {
  return LAW_NAMES[jurisdiction];
}

/** The laws that grant rights lists: every jurisdiction but COPPA. */
export type RightsJurisdiction = Exclude<Jurisdiction, 'coppa'>;

const SHORT_NAMES: Readonly<Record<RightsJurisdiction, string>> = {
  gdpr: 'the GDPR',
  uk_gdpr: 'the UK GDPR',
  swiss_fadp: 'the FADP',
  ccpa: 'the CCPA',
};

/** A law named again after its full name was given: "the GDPR", "the FADP". */
export function lawShortName(jurisdiction: RightsJurisdiction): string {
  return SHORT_NAMES[jurisdiction];
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

const REGIONS: Readonly<Record<Exclude<RightsJurisdiction, 'ccpa'>, string>> = {
  gdpr: 'the European Economic Area',
  uk_gdpr: 'the United Kingdom',
  swiss_fadp: 'Switzerland',
};

/** Where a European law protects people: "the European Economic Area", "Switzerland". */
export function lawRegion(jurisdiction: Exclude<RightsJurisdiction, 'ccpa'>): string {
  return REGIONS[jurisdiction];
}
