import { FRAGMENT_MESSAGES, misfits } from './support/fragments.js';
import { defineRule } from './types.js';

export const fragmentFitsSentence = defineRule({
  meta: {
    id: 'fragment-fits-sentence',
    severity: 'error',
    description:
      'A field that completes one of the policy’s sentences (how consent is given, the law that requires a use, the legitimate interest, when retention ends or starts) is a phrase of the shape the schema declares for it (`x-fragment`).',
    rationale:
      'These values are not printed on their own: a clause puts them inside a sentence ("You give your consent {how_given}.", "We keep it until {until}."). A value that starts a clause of its own ("we ask for consent …") or repeats the sentence\'s words ("until the time necessary", "required by law …") makes a sentence no careful author would publish. The schema declares each such field\'s sentence, shape and an example, in English, German and French, since each language\'s clause splices the value into a sentence of its own ("Kontodaten: bis {until}.", "Données de compte : jusqu’à {until}."); the rule reads the declaration of the policy\'s language (`policy.language`), and docs/privacy-yaml.md shows all three; the message shows the sentence the value would make; the fix is the phrase that completes it. The other fields a clause splices into a sentence are checked by fragment-shape, as warnings.',
    messages: FRAGMENT_MESSAGES,
  },
  check(policy, report) {
    for (const { path, text, sentence, shape, example } of misfits(policy, 'error')) {
      report({ path, messageId: 'incomplete', hintId: 'writePhrase', data: { text, sentence, shape, example } });
    }
  },
});
