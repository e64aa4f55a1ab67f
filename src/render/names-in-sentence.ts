import { words } from '../i18n/active.js';
import { sentenceCaseWord } from '../i18n/sentence-case.js';
import { inSentence } from './helpers/text.js';

/**
 * The words whose names keep their capital in a sentence: a set of them (properWords in
 * ./proper-words.ts), or all of them where the file is written in a language that capitalises its
 * nouns (German "Kontodaten" in an English build or notice). Apart from ./proper-words.ts, which
 * reads the catalogs of every language, so that the English notice phrases and validate load none.
 */
export type ProperNames = ReadonlySet<string> | 'all';

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * A data name inside a sentence, the one rule of the policy and its change notices: "Communications",
 * "Usage data" and "E-mail address" lower-cased; "IP addresses", "Wi-Fi networks" and "Google
 * Analytics data" not, nor a name that starts with a word the file writes as a name (`proper`:
 * "Joplin synchronisation items").
 */
export function lowerName(name: string, proper: ProperNames = NO_NAMES): string {
  if (proper === 'all' || proper.has((name.split(/\s+/)[0] ?? '').replace(/[^\p{L}\p{N}-]+$/u, ''))) return name;
  return words().lowerCaseNames && sentenceCaseWord(name) ? name.toLowerCase() : inSentence(name);
}

/**
 * The names of the policies a change notice is about, while its sentences are worded: the notice's
 * phrases take names as text, as the policy's clauses do, so like the language (src/i18n/active.ts)
 * this is set around the wording rather than passed through every phrase.
 */
let noticeNames: ProperNames = NO_NAMES;

/** Run `write` with `proper` as the names nameInNotice keeps (withNamesOf in ./proper-words.ts). */
export function withNames<T>(proper: ProperNames, write: () => T): T {
  const before = noticeNames;
  noticeNames = proper;
  try {
    return write();
  } finally {
    noticeNames = before;
  }
}

/** A data name inside a sentence of a change notice: lowerName with the names of the policies compared. */
export function nameInNotice(name: string): string {
  return lowerName(name, noticeNames);
}
