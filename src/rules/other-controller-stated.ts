import { defineRule } from './types.js';

export const otherControllerStated = defineRule({
  meta: {
    id: 'other-controller-stated',
    severity: 'error',
    description:
      'Each other controller (`controller.other_controllers`) says who it is (`name`, or `description` where no one name can be given) and for whom it is the controller (`regions`, `except_regions`, `audiences` or `products`).',
    rationale:
      "The controller's identity is the first thing a notice must give (GDPR and UK GDPR Art. 13(1)(a)). An entry without a name or a description would print a sentence naming nobody; one without a scope would say another company is the controller without saying for whom, which leaves every reader unsure whether the main controller is theirs.",
    messages: {
      noScope: 'This other controller does not say for whom it is the controller.',
      addScope: 'Add regions (EEA, GB, CH or a country code) or except_regions, audiences (groups from audiences.covered) or products (ids from products).',
      noName: 'This other controller has neither a name nor a description.',
      addName: "Add name: its legal name; or, where it depends on the person, description: a phrase such as 'the company of our group that would employ you'.",
    },
  },
  check(policy, report) {
    (policy.controller.other_controllers ?? []).forEach((entry, index) => {
      const path = ['controller', 'other_controllers', index];
      if (entry.name === undefined && entry.description === undefined) report({ path, messageId: 'noName', hintId: 'addName' });
      if (entry.regions === undefined && entry.except_regions === undefined && entry.audiences === undefined && entry.products === undefined)
        report({ path, messageId: 'noScope', hintId: 'addScope' });
    });
  },
});
