import { declaresNoData } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';
import { defineRule } from './types.js';

/**
 * Sections whose sentences stay literally true without data but speak as if the company held some:
 * each with the key that prints it and what its sentences presume.
 */
const PRESUMING: ReadonlyArray<readonly [keyof Policy & string, string]> = [
  ['security', 'how personal data is protected ("We protect personal data with …")'],
  ['breach_notification', 'what happens when a breach affects personal data'],
  ['government_requests', 'how personal data is disclosed to authorities'],
];

export const nothingCollectedPresumed = defineRule({
  meta: {
    id: 'nothing-collected-presumed',
    severity: 'warning',
    description:
      'A file that declares no personal data collected (data_categories: []) says nothing that presumes the company holds some: how it is protected, breaches of it, requests for it from authorities, whose data the policy covers.',
    rationale:
      "Beside \"We do not collect any personal data\", a section on how the company protects personal data, notifies breaches of it or answers authorities' requests for it is not false, since each speaks of data the company would hold, but a reader takes it to mean that there is some: the lawyer's review of Codee's policy counted such sentences as misleading. A warning, not an error: the company may want to keep them (a site that plans to collect data, a promise that holds either way); remove them, or switch the rule off.",
    messages: {
      presumed:
        'The file declares {{what}}, but data_categories is empty, which declares that no personal data is collected: a reader would take it that there is some.',
      covered: "The groups in audiences.covered say whose personal data the policy covers ('It covers the personal data of …'), but data_categories is empty.",
      remove: 'Remove it, or list the data that is collected in data_categories.',
    },
  },
  check(policy, report) {
    if (!declaresNoData(policy)) return;
    for (const [key, what] of PRESUMING) {
      if (policy[key] !== undefined) report({ path: [key], onKey: true, messageId: 'presumed', hintId: 'remove', data: { what } });
    }
    if ((policy.audiences?.covered ?? []).length > 0) report({ path: ['audiences', 'covered'], onKey: true, messageId: 'covered', hintId: 'remove' });
  },
});
