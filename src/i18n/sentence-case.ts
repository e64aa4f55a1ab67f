/**
 * A word in sentence case: a capital, then lower case only, hyphenated or not ("Communications",
 * "E-mail", "Follow-up"). Such a word at the start of a name is a common word capitalised as a
 * heading, and reads in lower case inside a sentence; a word with another capital ("Wi-Fi", "IP",
 * "iPhone") or a single letter is written that way wherever it stands.
 */
const SENTENCE_CASE = /^\p{Lu}(?:\p{Ll}+(?:-\p{Ll}+)*|\p{Ll}*(?:-\p{Ll}+)+)$/u;

export function sentenceCaseWord(word: string): boolean {
  return SENTENCE_CASE.test(word);
}
