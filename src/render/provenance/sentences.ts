import type { MarkedToken, Token, Tokens } from 'marked';
import { inlineText } from '../inline-text.js';
import type { SafeDocument } from '../marked-safe.js';
import type { MarkerEvent, Markers } from './markers.js';
import type { TracedSource } from './trace.js';

/**
 * The sentences of a rendered policy with the sources of each, read from the parsed document
 * (the Markdown rendered with markers, see markers.ts). A block is a heading, a paragraph, a list
 * item or a table row; paragraphs and list items are split into sentences at their full stops,
 * headings and table rows are one each.
 */

export interface TracedSentence {
  text: string;
  /** The heading of the section (`#` or `##`) the sentence is in. */
  section: string;
  sources: TracedSource[];
}

interface Walk {
  markers: Markers;
  table: readonly TracedSource[][];
  /** Sources that say why text is shown (`{{#if sells}}`), added to its sentences beside what wrote them. */
  conditions: ReadonlySet<number>;
  /** Spans open at this point of the document, innermost last. */
  open: number[];
  /** The section's own source (its clause, or the company's section). */
  scope: number | undefined;
  section: string;
  out: TracedSentence[];
}

export function tracedSentences(
  document: SafeDocument,
  markers: Markers,
  table: readonly TracedSource[][],
  conditions: ReadonlySet<number> = new Set(),
): TracedSentence[] {
  const walk: Walk = { markers, table, conditions, open: [], scope: undefined, section: '', out: [] };
  blocks(walk, document.tokens);
  return walk.out;
}

function blocks(walk: Walk, tokens: readonly Token[]): void {
  for (const generic of tokens) {
    const token = generic as MarkedToken;
    switch (token.type) {
      case 'heading': {
        const text = inline(token.tokens);
        // The heading itself belongs to the section it opens; its markers come first.
        if (token.depth <= 2) walk.section = walk.markers.strip(text).trim();
        unit(walk, text, false);
        break;
      }
      case 'paragraph':
        unit(walk, inline(token.tokens), true);
        break;
      case 'text':
        unit(walk, token.tokens ? inline(token.tokens) : token.text, true);
        break;
      case 'list':
        for (const item of token.items) blocks(walk, item.tokens);
        break;
      case 'table':
        unit(walk, row(token.header), false);
        for (const cells of token.rows) unit(walk, row(cells), false);
        break;
      case 'blockquote':
        blocks(walk, token.tokens);
        break;
      case 'code':
      case 'html':
        unit(walk, token.text, true);
        break;
      default:
        break;
    }
  }
}

function inline(tokens: readonly Token[]): string {
  return inlineText(tokens, { urls: true });
}

/** A table row as one line: its cells, each as it reads, between bars. */
function row(cells: readonly Tokens.TableCell[]): string {
  return cells.map((cell) => inline(cell.tokens)).join(' | ');
}

/** One per visible character: what it comes from. */
type Origin = readonly TracedSource[];

/** A block's text: its sentences, each with the sources of its words. */
function unit(walk: Walk, text: string, split: boolean): void {
  let visible = '';
  const origins: Origin[] = [];
  for (const part of walk.markers.scan(text)) {
    if (typeof part !== 'string') {
      follow(walk, part);
      continue;
    }
    const origin = originHere(walk);
    for (let i = 0; i < part.length; i++) origins.push(origin);
    visible += part;
  }
  const ranges = split ? sentenceRanges(visible) : [[0, visible.length] as const];
  for (const [start, end] of ranges) {
    const sentence = visible.slice(start, end).replace(/\s+/g, ' ').trim();
    if (sentence === '') continue;
    walk.out.push({ text: sentence, section: walk.section, sources: sourcesOf(walk, visible, origins, start, end) });
  }
}

function follow(walk: Walk, event: MarkerEvent): void {
  if (event.kind === 'open') walk.open.push(event.id);
  else if (event.kind === 'scope') walk.scope = event.id;
  else {
    const at = walk.open.lastIndexOf(event.id);
    if (at !== -1) walk.open.splice(at, 1);
  }
}

/**
 * Where the text at this point comes from: the innermost printed value or law phrase, else the
 * innermost clause or partial, else the section's source; with the values it is shown for.
 */
function originHere(walk: Walk): Origin {
  const shownFor: TracedSource[] = [];
  for (const id of walk.open) if (walk.conditions.has(id)) shownFor.push(...(walk.table[id] ?? []));
  const origin = writer(walk);
  return shownFor.length === 0 ? origin : [...origin, ...shownFor];
}

/** What wrote the text at this point (see `originHere`). */
function writer(walk: Walk): Origin {
  let clause: Origin | undefined;
  for (let i = walk.open.length - 1; i >= 0; i--) {
    const id = walk.open[i] as number;
    if (walk.conditions.has(id)) continue;
    const sources = walk.table[id] ?? [];
    if (sources.some((s) => s.kind !== 'clause')) return sources;
    clause ??= sources;
  }
  return clause ?? (walk.scope === undefined ? [] : (walk.table[walk.scope] ?? []));
}

/**
 * The sources of a sentence: those of its words (letters and digits: the punctuation a clause puts
 * between two values is no source of its own), else of any character, else the section's.
 */
function sourcesOf(walk: Walk, visible: string, origins: readonly Origin[], start: number, end: number): TracedSource[] {
  const out: TracedSource[] = [];
  const seen = new Set<string>();
  let last: Origin | undefined;
  const add = (origin: Origin | undefined): void => {
    // A run of characters shares one origin: look at each once.
    if (origin === undefined || origin === last) return;
    last = origin;
    for (const source of origin) {
      const key = JSON.stringify(source);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(source);
    }
  };
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(visible[i] as string)) add(origins[i]);
  if (out.length === 0) {
    last = undefined;
    for (let i = start; i < end; i++) if (/\S/.test(visible[i] as string)) add(origins[i]);
  }
  if (out.length === 0 && walk.scope !== undefined) add(walk.table[walk.scope]);
  return out;
}

/**
 * Words that end in a full stop without ending the sentence: abbreviations of legal citations,
 * company forms and Latin phrases.
 */
const ABBREVIATIONS = new Set([
  'art',
  'arts',
  'sec',
  'para',
  'cal',
  'civ',
  'reg',
  'stat',
  'no',
  'nos',
  'vol',
  'ch',
  'cf',
  'vs',
  'approx',
  'fig',
  'inc',
  'ltd',
  'llc',
  'corp',
  'co',
  'plc',
  'pty',
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'jr',
  'sr',
  'dept',
  // German citations and abbreviations: "Art. 6 Abs. 1 lit. f", "bzw.", "gem.", "vgl.".
  'abs',
  'lit',
  'nr',
  'bzw',
  'ggf',
  'gem',
  'vgl',
  'inkl',
  'bspw',
  'sog',
  'evtl',
  'usw',
  'ca',
  // French: "al." (alinéa), "ex." (exemple).
  'al',
  'ex',
]);

/** A German date writes its day as an ordinal, "22. April 2025": the full stop there ends no sentence. */
const GERMAN_DATE_DAY = /(?:^|\s)(?:[1-9]|[12]\d|3[01])$/;
const GERMAN_MONTH = /^\s+(?:Januar|Februar|M\u00e4rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/**
 * Sentences of a block of text, as [start, end) ranges: a sentence ends at `.`, `!`, `?` or an
 * ellipsis (with any closing quotes and brackets after it) that is followed by a space and a
 * capital letter, a digit or an opening quote or bracket, unless the full stop ends an
 * abbreviation ("Art. 6", "Stripe, Inc. The") or initials ("e.g.", "U.S.", "EU-U.S.").
 */
export function sentenceRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const end = /([.!?\u2026]+)["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (match[1] === '.' && abbreviation(text.slice(start, match.index))) continue;
    if (match[0] === '.' && GERMAN_DATE_DAY.test(text.slice(start, match.index)) && GERMAN_MONTH.test(text.slice(stop))) continue;
    ranges.push([start, stop]);
    start = stop;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/** Whether the text before a full stop ends with an abbreviation or initials. */
function abbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  // Opening quotes and brackets, and a French elision ("l’art.") before the word.
  const bare = word.replace(/^["'\u201C\u2018([]+/, '').replace(/^(?:[cdjlmnst]|qu)['\u2019]/i, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initials and Latin abbreviations: "U.S", "e.g", "i.e", or a single letter ("J").
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) && (bare.length === 1 || bare.includes('.'))) return true;
  // Initials ending a compound: "EU-U.S", "Swiss-U.S" (a single letter there, "Type-A", may end one).
  return /[-\u2010\u2011]\p{L}(?:\.\p{L})+$/u.test(bare);
}
