import type { Path } from '../diagnostics.js';
import { countryInSentence, isCountryCode } from '../model/countries.js';
import { establishedUnder, establishment } from '../model/territory.js';
import { cite, LAWS } from '../law/index.js';
import { declares } from './support/jurisdictions.js';
import { defineRule } from './types.js';

/** What each law calls the representative a controller established outside it must name. */
const REPRESENTED: ReadonlyArray<{ law: 'gdpr' | 'uk_gdpr'; representative: string }> = [
  { law: 'gdpr', representative: 'an EU representative' },
  { law: 'uk_gdpr', representative: 'a UK representative' },
];

export const representativeAppointed = defineRule({
  meta: {
    id: 'representative-appointed',
    severity: 'warning',
    needsCollection: true,
    description:
      'A controller established outside the EEA names an EU representative when the GDPR applies, and one outside the UK a UK representative when the UK GDPR applies.',
    rationale:
      'A company outside the territory that offers services to people in it must designate a representative there (GDPR and UK GDPR Art. 27) and give its contact details in the notice (Art. 13(1)(a)); since Brexit a UK company needs an EU representative and an EU company a UK one. A warning, not an error: occasional, low-risk processing is exempt (Art. 27(2)). The Swiss FADP is not checked, because its duty (Art. 14) applies only to regular, large-scale, high-risk processing. The establishment is controller.country, else the country of controller.address.',
    messages: {
      noRepresentative: 'The controller is established in {{country}} but names no representative under {{law}} ({{cite}}).',
      addRepresentative: 'Add {{representative}} to controller.representatives with jurisdiction: {{key}}, unless the processing is occasional and low-risk.',
      unnamed: 'The representative under {{law}} has no name: the notice must give its identity and contact details ({{cite}}).',
      nameIt: "Add name: the representative's legal name, as in its appointment.",
    },
  },
  check(policy, report) {
    (policy.controller.representatives ?? []).forEach((representative, index) => {
      if (representative.name !== undefined || representative.jurisdiction === 'swiss_fadp') return;
      const law = representative.jurisdiction;
      report({
        path: ['controller', 'representatives', index],
        messageId: 'unnamed',
        hintId: 'nameIt',
        data: { law: LAWS[law].short, cite: cite(law, LAWS[law].representative?.notice ?? '') },
      });
    });
    const home = establishment(policy);
    if (home === undefined || !isCountryCode(home)) return;
    const appointed = new Set((policy.controller.representatives ?? []).map((representative) => representative.jurisdiction));
    for (const { law, representative } of REPRESENTED) {
      if (!declares(policy, law) || establishedUnder(law, home) || appointed.has(law)) continue;
      const path: Path = policy.controller.representatives ? ['controller', 'representatives'] : ['controller'];
      report({
        path,
        onKey: true,
        messageId: 'noRepresentative',
        hintId: 'addRepresentative',
        data: { country: countryInSentence(home), law: LAWS[law].short, cite: cite(law, LAWS[law].representative?.provision ?? ''), representative, key: law },
      });
    }
  },
});
