import { countryInSentence, toCountryList } from '../../model/countries.js';
import { joinList } from './text.js';

/** "the United States", "Ireland and the United Kingdom", from one code or a list of codes. */
export function countryList(codes: string | readonly string[] | undefined, conjunction: 'and' | 'or' = 'and'): string {
  return joinList(toCountryList(codes).map(countryInSentence), conjunction);
}
