import { EEA_REGION } from '../model/controllers.js';
import { countryName, isCountryCode } from '../model/countries.js';
import { likelyCountryCode } from './known-country.js';
import { occurrencesOf } from './support/schema-refs.js';
import { defineRule } from './types.js';

/** The names people write for the EEA, which the format spells as one keyword. */
const EEA_NAMES: ReadonlySet<string> = new Set(['eea', 'ewr', 'eee', 'european_economic_area']);

export const knownRegion = defineRule({
  meta: {
    id: 'known-region',
    severity: 'error',
    description: 'Every region an entry names (`controller.other_controllers[].regions`) is EEA or an ISO 3166-1 alpha-2 country code.',
    rationale:
      'A region says for whom another company is the controller, and the policy names the place in every language. A region policyc cannot name would drop those people from the sentence that tells them who their controller is; the schema checks only that it is a short string.',
    messages: {
      unknown: "Unknown region '{{region}}': it is neither EEA nor an ISO 3166-1 alpha-2 country code.",
      didYouMean: "Did you mean '{{likely}}'{{named}}?",
      useRegion: "Use EEA for the European Economic Area, or a two-letter country code such as 'GB' (the United Kingdom) or 'CH' (Switzerland).",
    },
  },
  check(policy, report) {
    for (const { path, value } of occurrencesOf(policy, 'region')) {
      if (typeof value !== 'string' || value === EEA_REGION || isCountryCode(value)) continue;
      const likely = likelyRegion(value);
      report({
        path,
        messageId: 'unknown',
        hintId: likely === undefined ? 'useRegion' : 'didYouMean',
        data: { region: value, ...(likely === undefined ? {} : { likely, named: likely === EEA_REGION ? '' : ` (${countryName(likely)})` }) },
      });
    }
  },
});

function likelyRegion(region: string): string | undefined {
  if (EEA_NAMES.has(region.toLowerCase())) return EEA_REGION;
  const upper = region.toUpperCase();
  if (upper !== region && isCountryCode(upper)) return upper;
  return likelyCountryCode(upper);
}
