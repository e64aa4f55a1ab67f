import type { Path } from '../diagnostics.js';
import { defineRule } from './types.js';

export const kindNeedsDetail = defineRule({
  meta: {
    id: 'kind-needs-detail',
    severity: 'error',
    description: "An audience of kind 'other' has a name, a commitment of kind 'other' a statement, and a warrant canary the date it speaks for (as_of).",
    rationale:
      "These kinds have no words of their own: 'other' says only that the company means something the list does not name, and a warrant canary means something only as of a date. Without the field the policy would list an unnamed group of people, an empty promise, or a canary that never expires.",
    messages: {
      audienceName: "The audience of kind 'other' has no name, so the policy cannot say whom it covers.",
      addName: "Add name, e.g. name: 'Beta testers', or use one of the named kinds.",
      commitmentStatement: "The commitment of kind 'other' has no statement, so the policy has nothing to print for it.",
      addStatement: 'Add statement, the commitment in your words, e.g. statement: We will never show ads in the app.',
      canaryDate: 'The warrant canary has no as_of date; a canary speaks only for the date it was last confirmed.',
      addDate: 'Add as_of, the date you last confirmed it, e.g. as_of: 2026-04-01.',
    },
  },
  check(policy, report) {
    (policy.audiences?.covered ?? []).forEach((audience, index) => {
      if (audience.kind === 'other' && audience.name === undefined)
        report({ path: ['audiences', 'covered', index] satisfies Path, messageId: 'audienceName', hintId: 'addName' });
    });
    (policy.commitments ?? []).forEach((commitment, index) => {
      const path: Path = ['commitments', index];
      if (commitment.kind === 'other' && commitment.statement === undefined) report({ path, messageId: 'commitmentStatement', hintId: 'addStatement' });
      if (commitment.kind === 'warrant_canary' && commitment.as_of === undefined) report({ path, messageId: 'canaryDate', hintId: 'addDate' });
    });
  },
});
