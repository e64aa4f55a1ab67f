import type { Disclosure } from '../../model/policy.generated.js';
import { pairBy } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, comparePractice } from '../wording.js';

const OCCASIONS: Readonly<Record<Disclosure['kind'], string>> = {
  legal_requirement: 'to authorities and courts when the law requires it',
  protect_rights: 'to protect rights, property or safety, or to investigate fraud',
  business_transfer: 'to a buyer or successor if our business is sold or merged',
  with_consent: 'to others when you ask us to or agree to it',
  other_users: 'to other users you interact with in the service',
  professional_advisers: 'to our professional advisers',
  affiliates: 'to companies in our group',
};

/** Disclosures beyond service providers, keyed by their kind. */
export const disclosuresCheck = defineCheck({
  id: 'disclosures',
  topic: 'sharing',
  fields: ['disclosures[].kind', 'disclosures[].description'],
  kinds: {
    'disclosure.added': { level: 'material', description: 'Personal data may be disclosed on a new occasion (to authorities, affiliates, a buyer…).' },
    'disclosure.removed': { level: 'minor', description: 'An occasion of disclosure is no longer listed.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const pairs = pairBy(before.source.disclosures, after.source.disclosures, (d) => d.kind);
    for (const { item, index } of pairs.added) {
      report({
        kind: 'disclosure.added',
        path: ['disclosures', index],
        summary: `We may now disclose your data ${OCCASIONS[item.kind]}.`,
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'disclosure.removed',
        path: ['disclosures', index],
        summary: `We no longer list disclosing your data ${OCCASIONS[item.kind]}.`,
        before: item,
        after: null,
      });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      // The conditions of a disclosure (notice to you first, an emergency exception) are practice: quoted, for the reader to judge.
      comparePractice(report, ['disclosures', afterIndex], b, a, { description: `what we say about disclosing your data ${OCCASIONS[a.kind]}` });
    }
  },
});
