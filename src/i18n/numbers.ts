import type { LanguageCode } from './language-codes.js';

/**
 * One to twelve as each language writes them in running text. Style guides for legal prose in all
 * three (Chicago, Duden/DIN 5008, the Imprimerie nationale) spell out small counts: "two other
 * kinds", „fünf Zwecke“, « trois autres durées ». The entry for 1 is the form that stands alone
 * before a noun; where it agrees with its noun (ein/eine/einen, un/une) the caller gives that form.
 */
const NUMBER_WORDS = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  fr: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
} as const satisfies Readonly<Record<LanguageCode, readonly string[]>>;

/**
 * A count in running text: one to twelve in words, anything else in digits ("13 other kinds").
 * `one` is the form 1 takes before its noun where the language makes it agree ("eine weitere Art",
 * "einen Zweck", "une autre durée"). Only for counts the tool writes into a sentence: tables,
 * dates, durations and article numbers keep their digits.
 */
export function countInWords(count: number, language: LanguageCode, one?: string): string {
  if (count === 1 && one !== undefined && one !== '') return one;
  const word: string | undefined = Number.isInteger(count) ? NUMBER_WORDS[language][count - 1] : undefined;
  return word ?? String(count);
}
