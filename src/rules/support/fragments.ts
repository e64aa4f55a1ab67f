import type { Path } from '../../diagnostics.js';
import type { Policy } from '../../model/policy.generated.js';
import { isSentence } from '../../render/helpers/text.js';
import { annotatedWith } from './schema-refs.js';

/**
 * What the schema declares (`x-fragment`) about a free-text field that a clause puts inside one
 * of its sentences: the sentence, `{}` standing for the value; the shape the value must have to
 * complete it; an example; and the words it may not start with, as a pattern (they repeat the
 * sentence's own or start a clause of their own). `level` is how firmly validate holds it: the
 * fields checked since the first release are errors, later ones warnings, so that no file valid
 * before becomes invalid. `sentences`: a whole sentence is printed as it is, not spliced.
 */
export interface FragmentShape {
  level: 'error' | 'warning';
  sentence: string;
  shape: string;
  example: string;
  avoid?: string;
  sentences?: boolean;
}

export interface Misfit {
  path: Path;
  text: string;
  /** The sentence the value would make. */
  sentence: string;
  shape: string;
  example: string;
}

/** Two sentences where one phrase belongs: a full stop, then a capital. */
const NEW_SENTENCE = /[.!?]\s+\p{Lu}/u;

/** The values of the fields declared at `level` that do not have their declared shape. */
export function misfits(policy: Policy, level: FragmentShape['level']): Misfit[] {
  const out: Misfit[] = [];
  for (const { path, value, annotation } of annotatedWith(policy, 'x-fragment')) {
    const shape = annotation as FragmentShape;
    if (shape.level !== level || typeof value !== 'string') continue;
    const text = value.trim();
    if (shape.sentences === true && isSentence(text)) continue;
    const avoid = shape.avoid === undefined ? undefined : new RegExp(shape.avoid, 'iu');
    if (!avoid?.test(text) && !NEW_SENTENCE.test(text)) continue;
    // A function, so that `$&` or `$1` in the value is text, not a replacement pattern.
    const sentence = shape.sentence.replace('{}', () => text.replace(/[.]$/u, ''));
    out.push({ path, text, sentence, shape: shape.shape, example: shape.example });
  }
  return out;
}

/** The messages both fragment rules say. */
export const FRAGMENT_MESSAGES = {
  incomplete: `'{{text}}' does not complete its sentence, which would read: "{{sentence}}". It should be {{shape}}.`,
  writePhrase: "Write the phrase alone, e.g. '{{example}}'.",
} as const;
