import { COUNTRY_NAMES } from './countries.generated.js';

export { COUNTRY_NAMES };

/** EU member states plus Iceland, Liechtenstein and Norway. */
export const EEA: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'EU',
]);

/**
 * Countries with a European Commission adequacy decision covering commercial transfers. The
 * United States is absent on purpose: only companies certified under the Data Privacy Framework
 * are covered, which is the `dpf` mechanism, not the country.
 */
export const EU_ADEQUATE: ReadonlySet<string> = new Set([
  'AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JP', 'JE', 'KR', 'NZ', 'UY',
]);

/** Names read with a definite article in running text: "the United States". */
const WITH_ARTICLE: ReadonlySet<string> = new Set([
  'US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'DO', 'CF', 'MV', 'MH', 'SB', 'KY', 'FO', 'FK', 'VG',
  'VI', 'TC', 'CK', 'VA', 'EU', 'KM',
]);

export function isCountryCode(code: string): boolean {
  return Object.hasOwn(COUNTRY_NAMES, code);
}

/** "Norway"; unknown codes come back as given, so a typo is visible rather than hidden. */
export function countryName(code: string): string {
  return Object.hasOwn(COUNTRY_NAMES, code) ? (COUNTRY_NAMES[code] as string) : code;
}

/** "the United States" / "Norway", for use inside a sentence. */
export function countryInSentence(code: string): string {
  return WITH_ARTICLE.has(code) ? `the ${countryName(code)}` : countryName(code);
}

/** Inside the EEA or the UK: no transfer mechanism is needed to send data there under (UK) GDPR. */
export function isEeaOrUk(code: string): boolean {
  return EEA.has(code) || code === 'GB';
}

/** Normalise the schema's "one code or a list of codes". */
export function toCountryList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
