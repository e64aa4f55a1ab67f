import type { Token } from 'marked';
import { escapeMarkdown } from './helpers/markdown.js';
import { inlineText } from './inline-text.js';
import { activeTrace } from './provenance/trace.js';

/**
 * The one rule for a table cell the file gives no value for. A clause leaves such a cell empty
 * (and writes what it means where empty would mean something else: "none", "Not needed"); the
 * Markdown writer then puts the catalog's `notStated` word in every empty data cell of every table,
 * built-in or the company's, emphasised. So the Markdown, the text (both read it from the
 * Markdown) and the page all say the same word, and the page recognises it by its emphasis and
 * the word and shows it muted (marked-safe.ts). A data cell is a body cell after the first: the
 * first names the row, and a header names its column.
 */

/** The Markdown of a cell that says its value is not stated: the word, emphasised. */
export function notStatedCell(word: string): string {
  return `*${escapeMarkdown(word)}*`;
}

/** Whether a cell's Markdown holds nothing to read; the invisible marks of `--explain` are nothing. */
export function isBlankCell(markdown: string): boolean {
  const markers = activeTrace()?.markers;
  return (markers === undefined ? markdown : markers.strip(markdown)).trim() === '';
}

/** `cell` (blank) with the word in it, keeping any marks of `--explain` it held before the word. */
export function fillCell(cell: string, word: string): string {
  return `${cell.trim()}${notStatedCell(word)}`;
}

/** Whether a cell, as parsed, is what `notStatedCell(word)` writes: the page shows it as such. */
export function isNotStatedCell(tokens: readonly Token[], word: string): boolean {
  const content = tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  const only = content[0];
  return content.length === 1 && only?.type === 'em' && inlineText([only], { urls: false }).trim() === word;
}

/** A line of a table written as policyc writes them: between a leading and a trailing bar. */
const ROW = /^\|.*\|$/;
/** A table's delimiter row: `| --- | :---: |`. */
const DELIMITER = /^\|(?:\s*:?-+:?\s*\|)+$/;

/**
 * Markdown as built-in clauses write it (tables at the top level, one row a line, between bars;
 * no code), with every blank data cell of its tables saying `word`. The company's Markdown is
 * read and re-written by sanitise-markdown.ts, which fills its cells at any depth with `fillCell`.
 */
export function fillEmptyCells(markdown: string, word: string): string {
  if (!markdown.includes('|')) return markdown;
  const markers = activeTrace()?.markers;
  const visible = (line: string): string => (markers === undefined ? line : markers.strip(line)).trim();
  const lines = markdown.split('\n');
  let inBody = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const shown = visible(line);
    if (!ROW.test(shown)) {
      inBody = false;
      continue;
    }
    if (DELIMITER.test(shown) && i > 0 && ROW.test(visible(lines[i - 1] as string))) {
      inBody = true;
      continue;
    }
    if (inBody) lines[i] = fillRow(line, word);
  }
  return lines.join('\n');
}

/** A body row with its blank data cells filled. Bars after an odd number of backslashes are text. */
function fillRow(line: string, word: string): string {
  const cells = line.split(/(?<=(?:^|[^\\])(?:\\\\)*)\|/);
  // cells[0] is before the leading bar and the last after the trailing one; cells[1] names the row.
  return cells.map((cell, i) => (i >= 2 && i < cells.length - 1 && isBlankCell(cell) ? ` ${fillCell(cell, word)} ` : cell)).join('|');
}
