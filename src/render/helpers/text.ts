import { words } from '../../i18n/active.js';
import { afterLeadingMarkers } from '../provenance/trace.js';

/**
 * Small pieces of English grammar for clauses: lists, capitals, full stops, plurals. Plain text in,
 * plain text out; escaping happens where the text is placed.
 */

/**
 * "A", "A and B", "A, B and C" (or with "or"), as CLDR joins lists in the catalog's locale
 * (checked against Intl in tests/unit/i18n/intl.test.ts; not asked at run time, see formatDate).
 */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${words()[conjunction]} ${items[items.length - 1]}`;
}

/** A preposition before a phrase, joined as the language joins them: French "à les" is "aux". */
export function afterPreposition(preposition: string, phrase: string): string {
  return words().withPreposition?.(preposition, phrase) ?? `${preposition} ${phrase}`;
}

/**
 * A list inside running prose, punctuated so each item stays whole: items that contain commas
 * (outside brackets) are separated by semicolons when there are three or more ("Stripe, Inc.;
 * Agora, Inc.; and Resend, Inc."), and items that contain "and" or "or" get a comma before the
 * last conjunction ("Photos, Analyses, and Usage and device information"). Plain items read as
 * `joinList` joins them.
 */
export function proseList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return joinList(items, conjunction);
  const last = items[items.length - 1] as string;
  const word = words()[conjunction];
  const semicolon = words().semicolon;
  const serial = words().serialComma;
  if (items.length > 2 && items.some(hasComma)) return `${items.slice(0, -1).join(semicolon)}${serial ? semicolon : ' '}${word} ${last}`;
  if (serial && items.some((item) => words().hasConjunction.test(item))) return `${items.slice(0, -1).join(', ')}, ${word} ${last}`;
  return joinList(items, conjunction);
}

/**
 * The items of a list that a clause ends itself (`{{listHead recipients}} and seven other
 * companies`), separated as `proseList` would separate them: "DonorBox, Stripe" before " and …",
 * but "Stripe, Inc.; Agora, Inc.;" when an item holds a comma. Empty for no items.
 */
export function listHead(items: readonly string[]): string {
  const serial = words().serialComma;
  const semicolon = words().semicolon.trimEnd();
  if (items.length > 1 && items.some(hasComma)) return `${items.join(words().semicolon)}${serial ? semicolon : ''}`;
  if (serial && items.some((item) => words().hasConjunction.test(item))) return `${items.join(', ')},`;
  return items.join(', ');
}

function hasComma(item: string): boolean {
  return item.replace(/\([^()]*\)/g, '').includes(',');
}

/**
 * A sentence's last punctuation, then any closing quotes (straight, ” or ’) or brackets. Written
 * with escapes: the CLI bundle must stay ASCII (see scripts/build.mjs).
 */
const ENDS_SENTENCE = /[.!?]["'\u201D\u2019)]*$/;
/** The same, where an ellipsis also ends the sentence. */
const ENDS_SENTENCE_OR_ELLIPSIS = /[.!?\u2026]["'\u201D\u2019)]*$/;

/**
 * One item of a bulleted list, punctuated like its neighbours: when any item is written as a
 * sentence, every item ends with a full stop; otherwise none does. Always capitalised.
 */
export function listItem(item: string, items: readonly string[]): string {
  const sentences = items.some((i) => ENDS_SENTENCE.test(i.trim()));
  return sentences ? sentence(item) : capitalize(item.trim());
}

/**
 * The comma before a phrase that completes a sentence, where the language sets off a subordinate
 * clause ("Sie erteilen Ihre Einwilligung, indem …"); nothing otherwise ("… by ticking the box").
 */
export function clauseComma(text: string): string {
  return words().subordinateClause?.test(phrase(text)) === true ? ',' : '';
}

/** Upper-case the first letter, leave the rest as written ("iPhone" stays, "eu-west-1" → "Eu-west-1"). */
export function capitalize(text: string): string {
  return afterLeadingMarkers(text, capitalizeFirst);
}

function capitalizeFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}

/**
 * A phrase or sentence as a full sentence: capitalised, ending in punctuation. Data may be written
 * either way ("keeping the platform secure" / "Billing is handled by Stripe.").
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  return capitalize(ENDS_SENTENCE_OR_ELLIPSIS.test(trimmed) ? trimmed : `${trimmed}.`);
}

/**
 * Whether a value is written as a sentence ("Disabling cookies will break the site.") rather than
 * a phrase that continues one ("through your browser settings"): a capital first, a full stop last.
 */
export function isSentence(text: string): boolean {
  const trimmed = text.trim();
  return /^\p{Lu}/u.test(trimmed) && ENDS_SENTENCE.test(trimmed);
}

/** A phrase inside a sentence: the trailing full stop dropped ("as required by law." → "as required by law"). */
export function phrase(text: string): string {
  return text.trim().replace(/(?<!\.\.)\.$/, '');
}

/** `singular` for exactly one, else `plural`. */
export function plural(count: number, singular: string, plural: string): string {
  return count === 1 ? singular : plural;
}

/**
 * A name at the start of a sentence: "the Sessionly platform" → "The Sessionly platform", but a
 * brand written in lower case ("sessionpix") keeps its spelling.
 */
export function sentenceStart(text: string): string {
  return afterLeadingMarkers(text, (start) => (words().articleStart.test(start) ? capitalizeFirst(start) : start));
}

/**
 * An institution's name in running text: "the Information Commissioner's Office", but
 * "Datatilsynet" and "CNIL" stand alone. Names of several words take "the" unless they have it.
 */
export function institution(name: string): string {
  return words().institution(name.trim());
}

/**
 * A sentence-case heading as it reads mid-sentence: "Session recordings" → "session recordings".
 * Only a capitalised first word followed by lower-case words is changed, so "AI summaries",
 * "IP addresses" and title-case brand names ("Google Analytics Data") stay as written.
 */
export function inSentence(name: string): string {
  return words().inSentence(name);
}
