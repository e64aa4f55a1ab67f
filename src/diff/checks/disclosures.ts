import type { Disclosure } from '../../model/policy.generated.js';
import { joinList } from '../../render/helpers/text.js';
import { pairBy, pairRetyped, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, comparePractice, compareText } from '../wording.js';

const OCCASIONS: Readonly<Record<Disclosure['kind'], string>> = {
  legal_requirement: 'to authorities and courts when the law requires it',
  protect_rights: 'to protect rights, property or safety, or to investigate fraud',
  business_transfer: 'to a buyer or successor if our business is sold or merged',
  with_consent: 'to others when you ask us to or agree to it',
  other_users: 'to other users you interact with in the service',
  professional_advisers: 'to our professional advisers',
  affiliates: 'to companies in our group',
};

/** Each occasion as the policy heads it, for a parenthesis. */
const HEADINGS: Readonly<Record<Disclosure['kind'], string>> = {
  legal_requirement: 'legal requirements',
  protect_rights: 'protecting rights and safety',
  business_transfer: 'business transfers',
  with_consent: 'with your consent',
  other_users: 'other users',
  professional_advisers: 'professional advisers',
  affiliates: 'our group companies',
};

/** Disclosures beyond service providers, keyed by their kind. */
export const disclosuresCheck = defineCheck({
  id: 'disclosures',
  topic: 'sharing',
  fields: ['disclosures[].kind', 'disclosures[].description', 'disclosures[].recipients'],
  kinds: {
    'disclosure.added': { level: 'material', description: 'Personal data may be disclosed on a new occasion (to authorities, affiliates, a buyer…).' },
    'disclosure.removed': { level: 'minor', description: 'An occasion of disclosure is no longer listed.' },
    'disclosure.recipients_added': {
      level: 'material',
      description: 'On an occasion of disclosure, the data may now go to recipients the policy did not name.',
    },
    'disclosure.recipients_removed': { level: 'minor', description: 'On an occasion of disclosure, the policy names fewer recipients.' },
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
      const listed = setDiff(b.recipients, a.recipients);
      const { retyped, added, removed } = pairRetyped(listed.removed, listed.added);
      const path = ['disclosures', afterIndex, 'recipients'];
      if (retyped.length > 0)
        compareText(report, path, `the names of those who receive your data ${OCCASIONS[a.kind]}`, b.recipients?.join(), a.recipients?.join());
      // No list means the occasion's usual recipients; a first list only names them.
      if (added.length > 0 && b.recipients !== undefined) {
        report({
          kind: 'disclosure.recipients_added',
          path,
          summary: `Your data may now also go to ${joinList(added)} (${HEADINGS[a.kind]}).`,
          before: b.recipients,
          after: a.recipients,
        });
      } else if (added.length > 0) {
        report({
          kind: 'text.changed',
          path,
          summary: `We now name those who receive your data ${OCCASIONS[a.kind]}.`,
          before: b.recipients,
          after: a.recipients,
        });
      }
      if (removed.length > 0) {
        report({
          kind: 'disclosure.recipients_removed',
          path,
          summary: `We no longer name ${joinList(removed)} among those who receive your data (${HEADINGS[a.kind]}).`,
          before: b.recipients,
          after: a.recipients,
        });
      }
    }
  },
});
