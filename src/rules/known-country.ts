import { COUNTRY_NAMES, countryName, isCountryCode } from '../model/countries.js';
import { suggest } from '../validate/suggest.js';
import { listInWords } from './support/words.js';
import { occurrencesOf } from './support/schema-refs.js';
import type { Rule } from './types.js';

/** Codes people write that ISO 3166-1 spells differently; edit distance cannot find these. */
const COMMON_MISTAKES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

export const knownCountry: Rule = {
  meta: {
    id: 'known-country',
    severity: 'error',
    description: 'Every country code (controller, addresses, subprocessor locations, storage) is an ISO 3166-1 alpha-2 code, or EU.',
    rationale:
      "The schema only checks the shape (two capital letters). An unknown code cannot be named in the policy, and the transfer rules cannot tell whether data leaves the EEA: 'UK' is not the United Kingdom's code ('GB' is).",
  },
  check(policy, report) {
    for (const { path, value } of occurrencesOf(policy, 'country')) {
      if (typeof value !== 'string' || isCountryCode(value)) continue;
      report({ path, message: `Unknown country code '${value}': it is not an ISO 3166-1 alpha-2 code.`, hint: hintFor(value) });
    }
  },
};

function hintFor(code: string): string {
  const likely = COMMON_MISTAKES[code];
  const candidates = likely ? [likely] : suggest(code, Object.keys(COUNTRY_NAMES), 3);
  if (candidates.length === 0) return "Use a two-letter ISO 3166-1 code, such as 'US', 'GB' or 'DE'.";
  return `Did you mean ${listInWords(candidates.map((c) => `'${c}' (${countryName(c)})`), 'or')}?`;
}
