import { droppedLaws, listsRights } from '../dropped-laws.js';
import { setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { say } from '../say.js';
import { compareFlagUnstatedAsFalse } from '../wording.js';

/** The laws the policy follows: dropping one takes away the protections it gave. */
export const jurisdictionsCheck = defineCheck({
  id: 'jurisdictions',
  topic: 'rights',
  fields: ['jurisdictions', 'other_laws', 'controller.claims_compliance'],
  kinds: {
    'jurisdiction.added': { level: 'minor', description: 'The policy declares that it follows another privacy law (a jurisdiction or one of `other_laws`).' },
    'jurisdiction.removed': {
      level: 'material',
      description: 'The policy no longer declares that it follows a privacy law, and the protections it described go with it.',
    },
    'jurisdiction.compliance_stated': { level: 'minor', description: 'The company now states that it follows the laws the policy is written for.' },
    'jurisdiction.compliance_withdrawn': {
      level: 'material',
      description: 'The company no longer states that it follows the laws the policy is written for.',
    },
  },
  detect(before, after, report) {
    const { added, removed } = setDiff(before.source.jurisdictions, after.source.jurisdictions);
    const now = after.source.jurisdictions ?? [];
    const old = before.source.jurisdictions ?? [];
    const dropped = droppedLaws(before, after);
    const words = say().jurisdictions;
    for (const j of added) {
      report({
        kind: 'jurisdiction.added',
        path: ['jurisdictions', now.indexOf(j)],
        summary: words.added(j),
        before: null,
        after: j,
      });
    }
    for (const j of removed) {
      const rightsGone = dropped.has(j) && listsRights(before, j);
      const summary = words.removed(j, rightsGone);
      report({ kind: 'jurisdiction.removed', path: ['jurisdictions', old.indexOf(j)], summary, before: j, after: null });
    }
    compareFlagUnstatedAsFalse(
      report,
      ['controller', 'claims_compliance'],
      before.source.controller.claims_compliance,
      after.source.controller.claims_compliance,
      { on: 'jurisdiction.compliance_stated', off: 'jurisdiction.compliance_withdrawn' },
      words.compliance,
    );
    // Laws named in the company's own words count the same: following one is a promise.
    const oldLaws = before.source.other_laws ?? [];
    const newLaws = after.source.other_laws ?? [];
    const laws = setDiff(oldLaws, newLaws);
    for (const law of laws.added) {
      report({
        kind: 'jurisdiction.added',
        path: ['other_laws', newLaws.indexOf(law)],
        summary: words.otherAdded(law),
        before: null,
        after: law,
      });
    }
    for (const law of laws.removed) {
      report({
        kind: 'jurisdiction.removed',
        path: ['other_laws', oldLaws.indexOf(law)],
        summary: words.otherRemoved(law),
        before: law,
        after: null,
      });
    }
  },
});
