import { FRAGMENT_MESSAGES, misfits } from './support/fragments.js';
import { defineRule } from './types.js';

export const fragmentShape = defineRule({
  meta: {
    id: 'fragment-shape',
    severity: 'warning',
    description:
      'The other free-text fields a clause puts inside a sentence (how to withdraw consent, why data is kept, a condition, where data is stored, the company’s description and legal form, where in the product requests go, …) have the shape the schema declares for them (`x-fragment`).',
    rationale:
      'Like the fields fragment-fits-sentence checks, these values complete a fixed sentence ("To withdraw it, {withdraw}.", "We are {legal_form}.", "You can also make these requests in {in_app}."), and a value that starts a clause of its own or repeats the sentence\'s words breaks its grammar. They were accepted without a check before, so a misfit is a warning: the policy still builds, and the message shows the sentence it would print. docs/privacy-yaml.md lists each field\'s sentence and shape.',
    messages: FRAGMENT_MESSAGES,
  },
  check(policy, report) {
    for (const { path, text, sentence, shape, example } of misfits(policy, 'warning')) {
      report({ path, messageId: 'incomplete', hintId: 'writePhrase', data: { text, sentence, shape, example } });
    }
  },
});
