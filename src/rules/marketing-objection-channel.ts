import { LAWS } from '../law/index.js';
import { lawfulBases, marketingOptOut, objectionToMarketing } from '../model/normalize.js';
import { lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

export const marketingObjectionChannel = defineRule({
  meta: {
    id: 'marketing-objection-channel',
    severity: 'warning',
    needsCollection: true,
    description:
      'Under the GDPR or the UK GDPR, a direct-marketing purpose that rests on a basis other than consent says how to opt out of it (direct_marketing.opt_out, or rights.instructions.opt_out_marketing), and the file has a rights section, where the policy states the right to object to it.',
    rationale:
      'Where personal data are used for direct marketing, people may object at any time, and the data are then no longer used for it, with no balancing of interests (GDPR and UK GDPR Art. 21(2), (3)). The notice must bring this right to their attention explicitly, clearly and separately from other information (Art. 21(4)), and the controller must make exercising it easy (Art. 12(2)). policyc prints the right in a paragraph of its own in the rights section, with the purposes it covers, how to opt out of each and the rights contact. A purpose on consent alone is stopped by withdrawing consent, which the policy already states, so the rule asks nothing of it. Without a rights section the paragraph has nowhere to go; without an opt-out the paragraph names only the rights contact, while people expect to unsubscribe where the marketing reaches them.',
    messages: {
      noChannel:
        "Purpose '{{id}}' is direct marketing on {{basis}}, but the file does not say how to opt out of it: under {{laws}} people can object to it at any time and the company must make that easy ({{citation}}).",
      addChannel:
        "Add direct_marketing: { opt_out: 'use the unsubscribe link at the end of each of our emails' } (your own way), or rights.instructions.opt_out_marketing.",
      noRights:
        "Purpose '{{id}}' is direct marketing, but the file has no rights section, so the policy does not state the right to object to it, which {{laws}} require it to state separately ({{notice}}).",
      addRights:
        'Add rights (at least rights.email and the rights the law gives); the policy then states the right to object to direct marketing in a paragraph of its own.',
    },
  },
  check(policy, report, model) {
    const objection = model.marketingObjection;
    if (objection === undefined) return;
    const [first] = objection.laws;
    if (first === undefined) return;
    const abbreviations = objection.laws.map((law) => LAWS[law].abbreviation).join(' and ');
    const laws = lawNames(objection.laws);
    const instructed = policy.rights?.instructions?.opt_out_marketing !== undefined;
    policy.purposes.forEach((purpose, index) => {
      if (!objectionToMarketing(policy, purpose)) return;
      const path = ['purposes', index, 'direct_marketing'];
      if (policy.rights === undefined) {
        report({ path, messageId: 'noRights', hintId: 'addRights', data: { id: purpose.id, laws, notice: `Art. 21(4) ${abbreviations}` } });
        return;
      }
      if (marketingOptOut(purpose) !== undefined || instructed) return;
      const bases = lawfulBases(purpose);
      report({
        path,
        messageId: 'noChannel',
        hintId: 'addChannel',
        data: {
          id: purpose.id,
          basis: bases.length === 0 ? 'no lawful basis' : bases.join(' and '),
          laws,
          citation: `${LAWS[first].directMarketingObjection ?? ''}, Art. 12(2) ${abbreviations}`,
        },
      });
    });
  },
});
