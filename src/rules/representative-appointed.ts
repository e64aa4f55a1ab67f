import type { Path } from '../diagnostics.js';
import { countryInSentence, EEA, isCountryCode } from '../model/countries.js';
import { declares, establishment, LAW_NAMES } from './support/jurisdictions.js';
import type { Rule } from './types.js';

type RepresentedLaw = 'gdpr' | 'uk_gdpr' | 'swiss_fadp';

/** Where a controller must be established to need no representative, and what the law calls it. */
const LAWS: ReadonlyArray<{ law: RepresentedLaw; home: (code: string) => boolean; representative: string; cite: string }> = [
  { law: 'gdpr', home: (code) => EEA.has(code), representative: 'an EU representative', cite: 'GDPR Art. 27' },
  { law: 'uk_gdpr', home: (code) => code === 'GB', representative: 'a UK representative', cite: 'UK GDPR Art. 27' },
  { law: 'swiss_fadp', home: (code) => code === 'CH', representative: 'a Swiss representative', cite: 'FADP Art. 14' },
];

export const representativeAppointed: Rule = {
  meta: {
    id: 'representative-appointed',
    severity: 'warning',
    description:
      'A controller established outside the EU/EEA, the UK or Switzerland names a representative there for each of the GDPR, the UK GDPR and the Swiss FADP it declares.',
    rationale:
      'A company outside the territory that offers services to people in it must designate a representative there (GDPR and UK GDPR Art. 27, FADP Art. 14) and give its contact details in the notice (Art. 13(1)(a)). A warning, not an error: occasional, low-risk processing is exempt (Art. 27(2)), and the FADP asks only for regular, large-scale processing. The establishment is controller.country, else the country of controller.address.',
  },
  check(policy, report) {
    const home = establishment(policy);
    if (home === undefined || !isCountryCode(home)) return;
    const appointed = new Set((policy.controller.representatives ?? []).map((representative) => representative.jurisdiction));
    for (const { law, home: isHome, representative, cite } of LAWS) {
      if (!declares(policy, law) || isHome(home) || appointed.has(law)) continue;
      const path: Path = policy.controller.representatives ? ['controller', 'representatives'] : ['controller'];
      report({
        path,
        onKey: true,
        message: `The controller is established in ${countryInSentence(home)} but names no representative under ${LAW_NAMES[law]} (${cite}).`,
        hint: `Add ${representative} to controller.representatives with jurisdiction: ${law}, unless the processing is occasional and low-risk.`,
      });
    }
  },
};
