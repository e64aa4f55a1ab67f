import { countryName, isCountryCode } from '../model/countries.js';
import { occurrencesOf } from './support/schema-refs.js';
import { defineRule } from './types.js';

/**
 * Codes people write for a country whose ISO code differs. Edit distance is no help with two
 * letters (every code is one edit from dozens of others), so suggestions come from this list and
 * from the code with its letters swapped ('ED' for 'DE').
 */
const COMMON_MISTAKES: Readonly<Record<string, string>> = { UK: 'GB', EN: 'GB', EL: 'GR', SP: 'ES', SW: 'SE', JA: 'JP', KO: 'KR' };

export const knownCountry = defineRule({
  meta: {
    id: 'known-country',
    severity: 'error',
    description: 'Every country code (controller, addresses, subprocessor locations, storage) is an ISO 3166-1 alpha-2 code, or EU.',
    rationale:
      "The schema only checks the shape (two capital letters). An unknown code cannot be named in the policy, and the transfer rules cannot tell whether data leaves the EEA: 'UK' is not the United Kingdom's code ('GB' is). Every field the schema types as a country is checked, including any added later.",
    messages: {
      unknown: "Unknown country code '{{code}}': it is not an ISO 3166-1 alpha-2 code.",
      didYouMean: "Did you mean '{{likely}}' ({{name}})?",
      useIsoCode: "Use a two-letter ISO 3166-1 code, such as 'US', 'GB' or 'DE'.",
    },
  },
  check(policy, report) {
    for (const { path, value } of occurrencesOf(policy, 'country')) {
      if (typeof value !== 'string' || isCountryCode(value)) continue;
      const likely = likelyCountryCode(value);
      report({
        path,
        messageId: 'unknown',
        data: { code: value, ...(likely === undefined ? {} : { likely, name: countryName(likely) }) },
        hintId: likely === undefined ? 'useIsoCode' : 'didYouMean',
      });
    }
  },
});

/** The code someone who wrote `code` most likely meant, if a common mistake or a swap of its letters says. */
export function likelyCountryCode(code: string): string | undefined {
  if (code.length !== 2) return undefined;
  const swapped = `${code[1]}${code[0]}`;
  return COMMON_MISTAKES[code] ?? (isCountryCode(swapped) ? swapped : undefined);
}
