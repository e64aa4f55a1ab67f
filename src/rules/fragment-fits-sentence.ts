import type { Path } from '../diagnostics.js';
import type { Policy } from '../model/policy.generated.js';
import { defineRule } from './types.js';

/**
 * A free-text field that a clause puts inside one of its sentences, with the sentence it makes
 * and the shape the text must have to make it grammatical.
 */
interface Fragment {
  /** The sentence, `{}` standing for the value. */
  sentence: string;
  /** What the value must be, for the message. */
  shape: string;
  example: string;
  /** Words the value may not start with: they repeat the sentence's own or start a new clause. */
  notStarting: RegExp;
  values: (policy: Policy) => Array<[Path, string]>;
}

const PRONOUN = /^(?:we|you|i|they|it|he|she|users?|our|your)\b/iu;

const FRAGMENTS: readonly Fragment[] = [
  {
    sentence: 'You give your consent {}.',
    shape: 'a phrase that says how or when, following "You give your consent"',
    example: 'by ticking the box at sign-up',
    notStarting: PRONOUN,
    values: (p) =>
      p.purposes.flatMap((purpose, i): Array<[Path, string]> =>
        purpose.consent?.how_given === undefined ? [] : [[['purposes', i, 'consent', 'how_given'], purpose.consent.how_given]],
      ),
  },
  {
    sentence: 'This is required by {}.',
    shape: 'the law or rule that requires it, following "This is required by"',
    example: 'tax and accounting law',
    notStarting: /^(?:required\b|by\b|the law requires\b|we\b|it is\b)/iu,
    values: (p) =>
      p.purposes.flatMap((purpose, i): Array<[Path, string]> =>
        purpose.legal_obligation === undefined ? [] : [[['purposes', i, 'legal_obligation'], purpose.legal_obligation]],
      ),
  },
  {
    sentence: 'Our interest is {}.',
    shape: 'what the interest is, following "Our interest is"',
    example: 'keeping accounts safe from fraud',
    notStarting: /^(?:our (?:legitimate )?interest\b|we\b|is\b)/iu,
    values: (p) =>
      p.purposes.flatMap((purpose, i): Array<[Path, string]> =>
        purpose.legitimate_interest === undefined ? [] : [[['purposes', i, 'legitimate_interest'], purpose.legitimate_interest]],
      ),
  },
  {
    sentence: 'We keep it until {}.',
    shape: 'the event that ends the period, following "until"',
    example: 'you close your account',
    notStarting: /^(?:until\b|till\b|the time\b|as long as\b|for\b|indefinitely\b)/iu,
    values: (p) =>
      (p.retention ?? []).flatMap((entry, i): Array<[Path, string]> => [
        ...(entry.until === undefined ? [] : [[['retention', i, 'until'], entry.until] as [Path, string]]),
        ...(entry.exceptions ?? []).flatMap((exception, j): Array<[Path, string]> =>
          exception.until === undefined ? [] : [[['retention', i, 'exceptions', j, 'until'], exception.until]],
        ),
      ]),
  },
  {
    sentence: 'We keep it for 90 days {}.',
    shape: 'when the period starts, following the period',
    example: 'from the date of the session',
    notStarting: /^(?:until\b|we\b|it\b|starting\b.*\bperiod\b)/iu,
    values: (p) =>
      (p.retention ?? []).flatMap((entry, i): Array<[Path, string]> => (entry.start === undefined ? [] : [[['retention', i, 'start'], entry.start]])),
  },
];

export const fragmentFitsSentence = defineRule({
  meta: {
    id: 'fragment-fits-sentence',
    severity: 'error',
    description:
      'A field that completes one of the policy’s sentences (how consent is given, the law that requires a use, the legitimate interest, when retention ends or starts) is a phrase of the shape that sentence needs.',
    rationale:
      'These values are not printed on their own: a clause puts them inside a sentence ("You give your consent {how_given}.", "We keep it until {until}."). A value that starts a clause of its own ("we ask for consent …") or repeats the sentence\'s words ("until the time necessary", "required by law …") makes a sentence no careful author would publish. The message shows the sentence the value would make; the fix is the phrase that completes it.',
    messages: {
      incomplete: `'{{text}}' does not complete its sentence, which would read: "{{sentence}}". It should be {{shape}}.`,
      writePhrase: "Write the phrase alone, e.g. '{{example}}'.",
    },
  },
  check(policy, report) {
    for (const fragment of FRAGMENTS) {
      for (const [path, value] of fragment.values(policy)) {
        const text = value.trim();
        if (!fragment.notStarting.test(text) && !/[.!?]\s+\p{Lu}/u.test(text)) continue;
        report({
          path,
          messageId: 'incomplete',
          hintId: 'writePhrase',
          // A function, so that `$&` or `$1` in the value is text, not a replacement pattern.
          data: { text, sentence: fragment.sentence.replace('{}', () => text.replace(/[.]$/u, '')), shape: fragment.shape, example: fragment.example },
        });
      }
    }
  },
});
