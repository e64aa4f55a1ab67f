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
