import { toCountryList } from '../../model/countries.js';
import { words } from '../../i18n/active.js';
import { joinList } from './text.js';

/** "Norway", in the language being written; unknown codes come back as given. */
export function localCountryName(code: string): string {
  const names = words().countries;
  return Object.hasOwn(names, code) ? (names[code] as string) : code;
}

/** "the United States" / "Norway", for use inside a sentence. */
export function localCountryInSentence(code: string): string {
  return words().countryInSentence(code, localCountryName(code));
}

/** "the United States", "Ireland and the United Kingdom", from one code or a list of codes. */
export function countryList(codes: string | readonly string[] | undefined, conjunction: 'and' | 'or' = 'and'): string {
  return joinList(toCountryList(codes).map(localCountryInSentence), conjunction);
}
