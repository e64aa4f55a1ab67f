import type { Path } from '../diagnostics.js';
import { sameSet } from './match.js';
import { say } from './say.js';
import type { KindInfo, Report } from './types.js';

/**
 * `text.changed` is shared: every area has free text (descriptions, notes, headings) whose
 * rewording changes what people read but not what is done with their data. Each check reports
 * it for its own fields, because only the check knows what the text belongs to.
 */
export const TEXT_CHANGED: KindInfo = {
  level: 'editorial',
  description: 'A description, note, heading or other free text is added, reworded or removed; the practice it describes is unchanged.',
};

/** Whom and what the policy covers: the controller's scope, the products and the audiences report these alike. */
export const SCOPE_NARROWED: KindInfo = {
  level: 'material',
  topic: 'scope',
  description:
    'The policy covers less: a site, app, service or product it covered is no longer listed, a group of people it covered is no longer covered, or something is newly excluded (such as data the company now handles only as a processor for its customers).',
};

export const SCOPE_WIDENED: KindInfo = {
  level: 'minor',
  topic: 'scope',
  description: 'The policy covers more: a new site, app, service, product or group of people, or something it excluded is no longer excluded.',
};

/**
 * `practice.reworded`: words that state the practice itself (a purpose's name, a legitimate
 * interest, when a retention period ends, what a category of data is). A tool cannot tell a
 * clearer sentence from a new practice, so these are worth telling, and the notice quotes the
 * new words for the reader to judge.
 */
export const PRACTICE_REWORDED: KindInfo = {
  level: 'minor',
  description:
    "The words that state a practice change: a purpose's name or description, a legitimate interest, how consent is given or withdrawn, how to manage cookies, what a data category holds, when a retention period starts or ends, the conditions of a disclosure, how identity is verified before a request. The summary quotes the new words. Changes of case, spacing or a final full stop alone are `text.changed`.",
};

/** Texts that differ only in case, spacing or a final full stop say the same thing. */
export function sameWords(a: string | undefined, b: string | undefined): boolean {
  return wordsKey(a) === wordsKey(b);
}

/** A text without its case, spacing and final full stop: equal for texts that say the same thing. */
export function wordsKey<T extends string | undefined>(text: T): T {
  return text
    ?.toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .trim() as T;
}

/** New words quoted in a summary; very long ones are left to the policy itself. */
const MAX_QUOTED = 240;

/** The company's words quoted in the notice's language, spacing made plain; undefined when absent or too long to quote. */
function quotation(text: string | undefined): string | undefined {
  const words = text?.trim().replace(/\s+/g, ' ');
  return words !== undefined && words.length <= MAX_QUOTED ? say().quote(words) : undefined;
}

/** A quote that ends a summary: its own full stop ends the sentence too. */
function endOfSentence(quoted: string, text: string): string {
  return /[.!?]$/.test(text.trim()) ? quoted : `${quoted}.`;
}

/** New words to quote at the end of a summary ("… it now reads “…”"), as comparePractice quotes them; undefined when too long. */
export function closingQuote(text: string): string | undefined {
  const quoted = quotation(text);
  return quoted === undefined ? undefined : endOfSentence(quoted, text);
}

/** Like compareFields, for fields that state the practice: `practice.reworded`, quoting the new words. */
export function comparePractice<T extends object>(
  report: Report<'text.changed' | 'practice.reworded'>,
  path: Path,
  before: T | undefined,
  after: T | undefined,
  fields: Partial<Record<keyof T & string, string>>,
): void {
  eachField(before, after, fields, (key, what, old, now) => {
    if (old !== undefined && now !== undefined && sameWords(old, now)) {
      compareText(report, [...path, key], what, old, now);
      return;
    }
    const quotedNow = quotation(now);
    const quote = quotedNow === undefined ? undefined : endOfSentence(quotedNow, now as string);
    const summary =
      old === undefined
        ? say().wording.practiceAdded(what, quote)
        : now === undefined
          ? say().wording.removed(what)
          : say().wording.practiceChanged(what, quote);
    // The same words replaced by the same new words in several places are one rewording: one line
    // quoting the new words, with each place under it.
    const cause =
      old !== undefined && quotedNow !== undefined
        ? { key: `reworded:${key}:${wordsKey(old)}:${wordsKey(now)}`, summary: say().wording.samePlaces(quotedNow), detail: what }
        : undefined;
    report({ kind: 'practice.reworded', path: [...path, key], summary, before: old, after: now, ...(cause && { cause }) });
  });
}

/** `what` names the text: "the description of “Session recordings”". */
export function compareText(report: Report<'text.changed'>, path: Path, what: string, before: string | undefined, after: string | undefined): void {
  if (before === after) return;
  report({ kind: 'text.changed', path, summary: reworded(what, before === undefined, after === undefined), before, after });
}

/** "We added …", "We removed …" or "We reworded …" in the notice's language. */
function reworded(what: string, added: boolean, removed: boolean): string {
  const { wording } = say();
  return added ? wording.added(what) : removed ? wording.removed(what) : wording.reworded(what);
}

/** A list of free-text items, compared without regard to order. */
export function compareTextList(
  report: Report<'text.changed'>,
  path: Path,
  what: string,
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): void {
  if (sameSet(before, after)) return;
  report({ kind: 'text.changed', path, summary: reworded(what, !before?.length, !after?.length), before, after });
}

/**
 * A yes/no field that states a fact only when true: unstated and false say the same, so only a
 * flip between true and not-true is a change. `kind` is one kind for both directions or `on` (now
 * true) and `off` (now false or unstated); `summary` gets the new state. The values are reported
 * as they are (absent stays absent). Fields where a stated false is a fact of its own
 * (sale_and_sharing.sensitive_limited_use, cookies.honors_dnt) compare all three states instead.
 */
export function compareFlagUnstatedAsFalse<K extends string>(
  report: Report<K>,
  path: Path,
  before: boolean | undefined,
  after: boolean | undefined,
  kind: NoInfer<K> | { readonly on: NoInfer<K>; readonly off: NoInfer<K> },
  summary: (now: boolean) => string,
): void {
  const now = after === true;
  if ((before === true) === now) return;
  report({ kind: typeof kind === 'string' ? kind : now ? kind.on : kind.off, path, summary: summary(now), before, after });
}

/** Several text fields of one object: `fields` maps each key to how the summary names it. */
export function compareFields<T extends object>(
  report: Report<'text.changed'>,
  path: Path,
  before: T | undefined,
  after: T | undefined,
  fields: Partial<Record<keyof T & string, string>>,
): void {
  eachField(before, after, fields, (key, what, old, now) => compareText(report, [...path, key], what, old, now));
}

/** Each named text field whose value differs between the two objects. */
function eachField<T extends object>(
  before: T | undefined,
  after: T | undefined,
  fields: Partial<Record<keyof T & string, string>>,
  changed: (key: string, what: string, old: string | undefined, now: string | undefined) => void,
): void {
  for (const [key, what] of Object.entries(fields) as Array<[keyof T & string, string]>) {
    const old = asText(before?.[key]);
    const now = asText(after?.[key]);
    if (old !== now) changed(key, what, old, now);
  }
}

function asText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
