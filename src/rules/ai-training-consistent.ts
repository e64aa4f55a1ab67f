import { defineRule } from './types.js';

export const aiTrainingConsistent = defineRule({
  meta: {
    id: 'ai-training-consistent',
    severity: 'warning',
    description: "When ai.training is 'never', no subprocessor trains its models on the data (trains_on_data).",
    rationale:
      "A policy that says user data never trains AI models, while a provider receiving the data may train on it, is misleading (GDPR Art. 5(1)(a), 13; FTC Act s. 5 on deceptive statements). Either the training statement or the provider's terms has to change.",
    messages: {
      providerTrains: "Subprocessor '{{name}}' may train its models on the data, but ai.training says user data never trains models.",
      alignTraining: 'Set ai.training to what actually happens (opt_in, opt_out, yes), or use the provider under terms that exclude training.',
    },
  },
  check(policy, report) {
    if (policy.ai?.training !== 'never') return;
    (policy.subprocessors ?? []).forEach((subprocessor, index) => {
      if (subprocessor.trains_on_data !== true) return;
      report({
        path: ['subprocessors', index, 'trains_on_data'],
        messageId: 'providerTrains',
        hintId: 'alignTraining',
        data: { name: subprocessor.name },
      });
    });
  },
});
