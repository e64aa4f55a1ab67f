import { COUNTRY_NAMES } from './countries.generated.js';
import { insideTerritory } from '../law/transfers.js';

export { COUNTRY_NAMES };

/** Names read with a definite article in running text: "the United States". */
export const WITH_ARTICLE: ReadonlySet<string> = new Set([
  'US',
  'GB',
  'NL',
  'PH',
  'AE',
  'BS',
  'GM',
  'DO',
  'CF',
  'MV',
  'MH',
  'SB',
  'KY',
  'FO',
  'FK',
  'VG',
  'VI',
  'TC',
  'CK',
  'VA',
  'EU',
  'KM',
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

/** Inside the EEA or the UK, where the GDPR or the UK GDPR protects data without a transfer. */
export function isEeaOrUk(code: string): boolean {
  return insideTerritory('gdpr', code) || insideTerritory('uk_gdpr', code);
}

/** Normalise the schema's "one code or a list of codes". */
export function toCountryList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
