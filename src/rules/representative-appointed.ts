import type { Path } from '../diagnostics.js';
import { countryInSentence, isCountryCode } from '../model/countries.js';
import { establishedIn, establishedUnder, establishment } from '../model/territory.js';
import { controllerForTerritory, otherControllers, type OtherControllerModel } from '../model/controllers.js';
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
      'A company outside the territory that offers services to people in it must designate a representative there (GDPR and UK GDPR Art. 27) and give its contact details in the notice (Art. 13(1)(a)); since Brexit a UK company needs an EU representative and an EU company a UK one. A warning, not an error: occasional, low-risk processing is exempt (Art. 27(2)). The Swiss FADP is not checked, because its duty (Art. 14) applies only to regular, large-scale, high-risk processing. The establishment is controller.country, else the country of controller.address. Where another controller (controller.other_controllers) is the controller, alone, for everyone in the territory and is established there, the main controller is not asked for a representative; one established elsewhere needs its own.',
    messages: {
      noRepresentative: 'The controller is established in {{country}} but names no representative under {{law}} ({{cite}}).',
      addRepresentative: 'Add {{representative}} to controller.representatives with jurisdiction: {{key}}, unless the processing is occasional and low-risk.',
      unnamed: 'The representative under {{law}} has no name: the notice must give its identity and contact details ({{cite}}).',
      nameIt: "Add name: the representative's legal name, as in its appointment.",
      otherOutside:
        '{{name}} is the controller for everyone in {{region}} but is established in {{country}}: under {{law}} it must designate a representative there ({{cite}}).',
      otherNowhere: '{{name}} is the controller for everyone in {{region}} but the file does not say where it is established.',
      nameOthersRepresentative:
        'Name its representative and how to reach it in the policy (a section of your own: policyc prints representatives for the main controller only), unless the processing is occasional and low-risk.',
      giveCountry: 'Add country: where it is established. Established in {{region}}, it needs no representative there.',
    },
  },
  check(policy, report) {
    const reportOther = (other: OtherControllerModel, law: 'gdpr' | 'uk_gdpr'): void => {
      const country = establishedIn(other.entry);
      if (country !== undefined && (!isCountryCode(country) || establishedUnder(law, country))) return;
      const data = { name: other.entry.name ?? other.entry.description ?? '', region: LAWS[law].region ?? '', law: LAWS[law].short };
      const path: Path = ['controller', 'other_controllers', other.index];
      if (country === undefined) report({ path, messageId: 'otherNowhere', hintId: 'giveCountry', data });
      else
        report({
          path,
          messageId: 'otherOutside',
          hintId: 'nameOthersRepresentative',
          data: { ...data, country: countryInSentence(country), cite: cite(law, LAWS[law].representative?.provision ?? '') },
        });
    };
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
    const appointed = new Set((policy.controller.representatives ?? []).map((representative) => representative.jurisdiction));
    const others = otherControllers(policy);
    for (const { law, representative } of REPRESENTED) {
      if (!declares(policy, law)) continue;
      // Art. 27(1) asks for a representative "where Article 3(2) applies": of a controller not
      // established in the territory that processes the data of people in it. When the file names
      // another company as the controller, alone, for everyone there (every group and product, and
      // not alongside the main one), the main controller is not their controller, so Art. 3(2)
      // does not reach it for them, and the duty is that company's: none if it is established
      // there (Art. 3(1) applies to it instead), its own representative if not. A company that is
      // the controller for only some of them (applicants, one product, some countries), or beside
      // the main one, leaves the main controller's duty as it was.
      const instead = controllerForTerritory(others, law);
      if (instead !== undefined) {
        reportOther(instead, law);
        continue;
      }
      if (home === undefined || !isCountryCode(home) || establishedUnder(law, home) || appointed.has(law)) continue;
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
