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
  let found = checked.get(policy);
  if (found === undefined) checked.set(policy, (found = allMisfits(policy)));
  return found[level];
}

/**
 * Both rules read the misfits of one walk of the policy (each its level's): the walk visits every
 * value, and each declared pattern is compiled once.
 */
const checked = new WeakMap<Policy, Record<FragmentShape['level'], Misfit[]>>();
const avoiding = new Map<string, RegExp>();

function allMisfits(policy: Policy): Record<FragmentShape['level'], Misfit[]> {
  const out: Record<FragmentShape['level'], Misfit[]> = { error: [], warning: [] };
  for (const { path, value, annotation } of annotatedWith(policy, 'x-fragment')) {
    const shape = annotation as FragmentShape;
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (shape.sentences === true && isSentence(text)) continue;
    if (!avoids(shape, text) && !NEW_SENTENCE.test(text)) continue;
    // A function, so that `$&` or `$1` in the value is text, not a replacement pattern.
    const sentence = shape.sentence.replace('{}', () => text.replace(/[.]$/u, ''));
    out[shape.level].push({ path, text, sentence, shape: shape.shape, example: shape.example });
  }
  return out;
}

/** Whether the value starts with a word the field's sentence does not allow. */
function avoids(shape: FragmentShape, text: string): boolean {
  if (shape.avoid === undefined) return false;
  let pattern = avoiding.get(shape.avoid);
  if (pattern === undefined) avoiding.set(shape.avoid, (pattern = new RegExp(shape.avoid, 'iu')));
  return pattern.test(text);
}

/** The messages both fragment rules say. */
export const FRAGMENT_MESSAGES = {
  incomplete: `'{{text}}' does not complete its sentence, which would read: "{{sentence}}". It should be {{shape}}.`,
  writePhrase: "Write the phrase alone, e.g. '{{example}}'.",
} as const;
