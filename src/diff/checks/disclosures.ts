import { pairBy, pairRetyped, setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, comparePractice, compareText } from '../wording.js';

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
    const words = say().disclosures;
    for (const { item, index } of pairs.added) {
      report({
        kind: 'disclosure.added',
        path: ['disclosures', index],
        summary: words.added(item.kind),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'disclosure.removed',
        path: ['disclosures', index],
        summary: words.removed(item.kind),
        before: item,
        after: null,
      });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      // The conditions of a disclosure (notice to you first, an emergency exception) are practice: quoted, for the reader to judge.
      const labels = words.labels(a.kind);
      comparePractice(report, ['disclosures', afterIndex], b, a, { description: labels.description });
      const listed = setDiff(b.recipients, a.recipients);
      const { retyped, added, removed } = pairRetyped(listed.removed, listed.added);
      const path = ['disclosures', afterIndex, 'recipients'];
      if (retyped.length > 0) compareText(report, path, labels.recipients, b.recipients?.join(), a.recipients?.join());
      // No list means the occasion's usual recipients; a first list only names them.
      if (added.length > 0 && b.recipients !== undefined) {
        report({
          kind: 'disclosure.recipients_added',
          path,
          summary: words.recipientsAdded(a.kind, added),
          before: b.recipients,
          after: a.recipients,
        });
      } else if (added.length > 0) {
        report({
          kind: 'text.changed',
          path,
          summary: words.recipientsNamed(a.kind),
          before: b.recipients,
          after: a.recipients,
        });
      }
      if (removed.length > 0) {
        report({
          kind: 'disclosure.recipients_removed',
          path,
          summary: words.recipientsRemoved(a.kind, removed),
          before: b.recipients,
          after: a.recipients,
        });
      }
    }
  },
});
