import { COUNTRY_NAMES as EN_NAMES } from '../model/countries.generated.js';
import { countryInSentence } from '../model/countries.js';
import { COUNTRY_NAMES as DE_NAMES } from '../i18n/countries/de.generated.js';
import { COUNTRY_NAMES as FR_NAMES } from '../i18n/countries/fr.generated.js';
import { insideTerritory, LAWS } from '../law/index.js';
import { restsOn } from '../model/normalize.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { listInWords } from './support/words.js';
import { defineRule } from './types.js';

/**
 * How a text names a country: its name in English, German or French (a file is written in one of
 * them), and the abbreviations legal texts use for the places most often named, written in
 * capitals ("US law", "U.S. court", "US-Behörden", "UK law", "EU law"). Case-sensitive, so "us"
 * is never read as the United States; a name after "New " ("New Jersey") is a state, not Jersey.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = { US: ['U.S.A.', 'U.S.', 'USA', 'US'], GB: ['U.K.', 'UK'], EU: ['EU'] };

/** Each country's names in the three languages and its abbreviations, longest first; made on first use. */
let countryNames: ReadonlyArray<{ code: string; names: readonly string[] }> | undefined;
const namesByCountry = (): ReadonlyArray<{ code: string; names: readonly string[] }> =>
  (countryNames ??= Object.keys(EN_NAMES).map((code) => ({
    code,
    names: [
      ...new Set([EN_NAMES[code], DE_NAMES[code], FR_NAMES[code], ...(ABBREVIATIONS[code] ?? [])].filter((name): name is string => name !== undefined)),
    ].sort((a, b) => b.length - a.length),
  })));

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (char: string | undefined): boolean => char !== undefined && WORD_CHARACTER.test(char);

/**
 * Whether `name` stands in `text` as a word of its own: not inside another word or after a full
 * stop ("U.S." in "A.U.S."), not after "New " ("New Jersey" is a state); a name that ends in "."
 * needs no boundary after it. A plain search for each name rather than a pattern for each country:
 * some 250 Unicode patterns took a cold validate 90 ms to build (BENCHMARKS.md, thirteenth session).
 */
function standsIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    if (isWordCharacter(before) || before === '.' || text.slice(Math.max(0, at - 4), at) === 'New ') continue;
    if (name.endsWith('.') || !isWordCharacter(text[at + name.length])) return true;
  }
  return false;
}

/** The countries a text names, by code, in the order of the country list. */
export function countriesNamed(text: string): string[] {
  return namesByCountry()
    .filter(({ names }) => names.some((name) => standsIn(text, name)))
    .map(({ code }) => code);
}

export const legalObligationDomestic = defineRule({
  meta: {
    id: 'legal-obligation-domestic',
    severity: 'warning',
    description:
      'Under the GDPR or the UK GDPR, the law a purpose on legal_obligation names is not the law of a country outside the territories the declared laws protect.',
    rationale:
      "A legal obligation is a basis only when Union or Member State law lays it down (GDPR Art. 6(3)), or domestic law under the UK GDPR; an order of a third country's court or authority is not one (cf. GDPR Art. 48), and disclosure under it needs another basis. The rule reads only what the text names: a country's name, or 'US', 'UK' or 'EU' in capitals. A text that names no country ('a subpoena or other judicial order') may mean a domestic order and is not reported.",
    messages: {
      foreign:
        "Purpose '{{purpose}}' rests on 'legal_obligation', and its legal_obligation names {{countries}}; under {{laws}} a legal obligation is one that {{whose}} lays down (Art. 6(3)), not the law of another country.",
      nameDomesticLaw: 'Name the {{whose}} that requires the processing; where only a foreign order requires it, rely on another lawful basis and say which.',
    },
  },
  check(policy, report) {
    const laws = declaredAmong(policy, ['gdpr', 'uk_gdpr'] as const);
    if (laws.length === 0) return;
    const whose = listInWords(
      laws.flatMap((law) => LAWS[law].obligationLaw?.laws ?? []),
      'or',
    );
    policy.purposes.forEach((purpose, index) => {
      const text = purpose.legal_obligation;
      if (text === undefined || !restsOn(purpose, 'legal_obligation')) return;
      const foreign = countriesNamed(text).filter((code) => !laws.some((law) => insideTerritory(law, code)));
      if (foreign.length === 0) return;
      report({
        path: ['purposes', index, 'legal_obligation'],
        messageId: 'foreign',
        hintId: 'nameDomesticLaw',
        data: { purpose: purpose.id, countries: listInWords(foreign.map(countryInSentence)), laws: lawNames(laws), whose },
      });
    });
  },
});
