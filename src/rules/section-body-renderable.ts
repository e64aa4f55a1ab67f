import { markdownLimitProblem } from '../render/markdown-limits.js';
import { defineRule } from './types.js';

export const sectionBodyRenderable = defineRule({
  meta: {
    id: 'section-body-renderable',
    severity: 'error',
    description: "A custom section's Markdown stays within what policyc renders: nesting, emphasis markers per paragraph, run length without a space.",
    rationale:
      'The Markdown renderer takes time that grows with the square of some inputs (emphasis markers that never close, very long runs without a space) and overflows the stack on absurd nesting. The limits are far above anything a real section needs; a file beyond them is a mistake or an attack on the build, and is refused before anything is rendered.',
    messages: {
      beyondLimits: '{{problem}}',
      simplify: 'Split it into shorter paragraphs, break up the long run, or remove the stray markup.',
    },
  },
  check(policy, report) {
    (policy.sections ?? []).forEach((section, index) => {
      const problem = markdownLimitProblem(section.body);
      if (problem !== undefined) {
        report({ path: ['sections', index, 'body'], messageId: 'beyondLimits', hintId: 'simplify', data: { problem } });
      }
    });
  },
});
