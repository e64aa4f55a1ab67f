import { toCountryList } from '../../model/countries.js';
import { EEA_REGION } from '../../model/controllers.js';
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

/**
 * A region of `controller.other_controllers[].regions` inside a sentence: EEA as the law base names
 * the European Economic Area, else the country ("the European Economic Area", "the United Kingdom";
 * in German and French with the preposition the language puts before a place: "im Europäischen
 * Wirtschaftsraum", "au Royaume-Uni").
 */
export function regionInSentence(region: string): string {
  return region === EEA_REGION ? (words().law.laws.gdpr.region ?? region) : localCountryInSentence(region);
}
