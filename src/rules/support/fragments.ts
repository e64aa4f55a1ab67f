import type { Path } from '../../diagnostics.js';
import { isLanguage, type LanguageCode, policyLanguage } from '../../i18n/language-codes.js';
import { isTranslationMap, writtenOf } from '../../i18n/translations.js';
import { WORD_PATTERNS } from '../../i18n/word-patterns.js';
import type { Policy } from '../../model/policy.generated.js';
import { isSentence } from '../../render/helpers/text.js';
import { annotatedWith } from './schema-refs.js';

/**
 * What the schema declares (`x-fragment`) about a free-text field that a clause puts inside one
 * of its sentences, in one language: the sentence, `{}` standing for the value; the shape the
 * value must have to complete it (described in English); an example; and the words it may not
 * start with, as a pattern (they repeat the sentence's own or start a clause of their own).
 */
export interface FragmentDeclaration {
  sentence: string;
  shape: string;
  example: string;
  avoid?: string;
}

/** The languages other than English, each declared beside the English in every `x-fragment`. */
export type OtherLanguage = Exclude<LanguageCode, 'en'>;

/**
 * An `x-fragment`: the English declaration, and beside it the German and French, since each
 * language's clause splices the value into a sentence of its own. `level` is how firmly validate
 * holds it: the fields checked since the first release are errors, later ones warnings, so that no
 * file valid before becomes invalid. `sentences`: a whole sentence is printed as it is, not spliced.
 */
export interface FragmentShape extends FragmentDeclaration, Record<OtherLanguage, FragmentDeclaration> {
  level: 'error' | 'warning';
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
  // A value is printed in the policy's own language; one given per language ({ en: …, de: … },
  // for policy.languages) is printed by each language's clauses, so each is read in its own.
  const own = policyLanguage(policy);
  // The file as written: the policy the rules see has its maps replaced by its own language's text.
  for (const { path, value, annotation } of annotatedWith(writtenOf(policy), 'x-fragment')) {
    const fragment = annotation as FragmentShape;
    const texts: Array<[Path, LanguageCode, unknown]> = isTranslationMap(value)
      ? Object.entries(value).flatMap(([code, text]): Array<[Path, LanguageCode, unknown]> => (isLanguage(code) ? [[[...path, code], code, text]] : []))
      : [[path, own, value]];
    for (const [at, language, text] of texts) {
      if (typeof text !== 'string') continue;
      const misfit = misfitIn(fragment, language, text.trim());
      if (misfit !== undefined) out[fragment.level].push({ path: at, ...misfit });
    }
  }
  return out;
}

/** How a value misfits the sentence that prints it in `language`, if it does. */
function misfitIn(fragment: FragmentShape, language: LanguageCode, text: string): Omit<Misfit, 'path'> | undefined {
  const declared = declarationIn(fragment, language);
  const { abbreviations, newSentence } = WORD_PATTERNS[language];
  if (fragment.sentences === true && isSentence(text)) return undefined;
  if (!avoids(declared, text) && !startsSentence(text, abbreviations, newSentence)) return undefined;
  // A function, so that `$&` or `$1` in the value is text, not a replacement pattern.
  const sentence = declared.sentence.replace('{}', () => text.replace(/[.]$/u, ''));
  return { text, sentence, shape: declared.shape, example: declared.example };
}

/** A fragment's declaration in a language: the English one is the fragment's own keys. */
function declarationIn(fragment: FragmentShape, language: LanguageCode): FragmentDeclaration {
  return language === 'en' ? fragment : fragment[language];
}

/**
 * Whether a second sentence starts inside the value. An abbreviation's full stop ends none
 * ("z. B. Ihre E-Mail-Adresse", "bzw. Ihr Konto"), so its stops are taken out first.
 */
function startsSentence(text: string, abbreviations: RegExp | undefined, newSentence: RegExp): boolean {
  const plain = abbreviations === undefined ? text : text.replace(abbreviations, (abbreviation) => abbreviation.replaceAll('.', ''));
  return newSentence.test(plain);
}

/** Whether the value starts with a word the field's sentence does not allow. */
function avoids(shape: FragmentDeclaration, text: string): boolean {
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
