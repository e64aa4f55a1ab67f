import type { MarkedToken, Token, Tokens } from 'marked';
import { inlineText } from './inline-text.js';
import { parseMarkdown, type SafeDocument } from './marked-safe.js';
import { displayWidth, pad, wrap } from './wrap.js';

/**
 * The policy as plain text, for an email or a .txt file: at most 78 columns (a URL or an email
 * address is never broken, even if its line must be longer), headings underlined, lists with
 * hanging indents, tables as aligned columns when they fit and as one block per row when not.
 */

export const TEXT_WIDTH = 78;

const UNDERLINE: Readonly<Record<number, string>> = { 1: '=', 2: '-', 3: '~' };

/** A rendered block: its lines, without the blank lines that separate it from its neighbours. */
type Lines = string[];

export function markdownToText(markdown: string): string {
  return documentToText(parseMarkdown(markdown));
}

/** The text from Markdown already read by `parseMarkdown`, which the HTML page can share. */
export function documentToText(document: SafeDocument): string {
  const lines = joinBlocks(blocks(document.tokens, TEXT_WIDTH), true);
  const text = lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+/, '');
  return text === '' ? '' : `${text}\n`;
}

function blocks(tokens: readonly Token[], width: number): Lines[] {
  const out: Lines[] = [];
  for (const token of tokens) {
    const lines = block(token as MarkedToken, width);
    if (lines.length > 0) out.push(lines);
  }
  return out;
}

function block(token: MarkedToken, width: number): Lines {
  switch (token.type) {
    case 'heading':
      return heading(token, width);
    case 'paragraph':
    case 'text':
      return paragraph(token.tokens ?? [token], width);
    case 'list':
      return list(token, width);
    case 'table':
      return table(token, width);
    case 'blockquote':
      // Indented, not "> "-prefixed: in an email a ">" reads as a quoted reply.
      return indent(joinBlocks(blocks(token.tokens, width - 4), true), '    ');
    case 'code':
      // Keep a code line's own spacing when it fits; only an overlong one is refilled.
      return indent(
        token.text.split('\n').flatMap((line) => (displayWidth(line) <= width - 4 ? [line] : wrap(line, width - 4))),
        '    ',
      );
    case 'html':
      return wrap(token.text.trim(), width);
    case 'hr':
      return [pad('* * *', width, 'center').trimEnd()];
    default:
      // space and def tokens print nothing.
      return [];
  }
}

function heading(token: Tokens.Heading, width: number): Lines {
  const lines = paragraph(token.tokens, width);
  if (lines.join('') === '') return [];
  const mark = UNDERLINE[token.depth];
  const underlined = mark === undefined ? lines : [...lines, mark.repeat(Math.min(width, Math.max(...lines.map(displayWidth))))];
  // Two blank lines before the title and each section, so they stand out in a long email.
  return token.depth <= 2 ? ['', ...underlined] : underlined;
}

function paragraph(tokens: readonly Token[], width: number): Lines {
  return wrap(inlineText(tokens, { urls: true }).trim(), width);
}

function list(token: Tokens.List, width: number): Lines {
  const start = typeof token.start === 'number' ? token.start : 1;
  const markers = token.items.map((_, i) => (token.ordered ? `${start + i}.` : '-'));
  const markerWidth = markers.reduce((widest, m) => Math.max(widest, m.length), 0) + 1;
  const items = token.items.map((item, i) => {
    const body = joinBlocks(blocks(item.tokens, width - markerWidth), item.loose);
    const marker = pad(markers[i] as string, markerWidth - 1, 'right');
    if (body.length === 0) return [marker];
    return body.map((line, n) => (n === 0 ? `${marker} ${line}` : line === '' ? '' : ' '.repeat(markerWidth) + line));
  });
  return joinBlocks(items, token.loose);
}

/** Aligned columns when the table fits the width; otherwise one block per row. */
function table(token: Tokens.Table, width: number): Lines {
  const cellText = (cell: Tokens.TableCell): string => inlineText(cell.tokens, { urls: true }).replace(/\s+/g, ' ').trim();
  const header = token.header.map(cellText);
  const rows = token.rows.map((row) => row.map(cellText));
  const widths = header.map((h, c) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row[c] ?? '')), displayWidth(h)));
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  return total <= width ? columns(header, rows, widths, token.align) : records(header, rows, width);
}

function columns(header: string[], rows: string[][], widths: number[], align: Tokens.Table['align']): Lines {
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => pad(cell, widths[c] as number, align[c] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

// Past this, labels would push values too far right; values then hang under the label instead.
const MAX_LABEL = 20;

function records(header: string[], rows: string[][], width: number): Lines {
  const labels = header.map((h) => (h === '' ? '' : `${h}:`));
  const labelWidth = Math.max(0, ...labels.slice(1).map(displayWidth));
  const aligned = labelWidth <= MAX_LABEL;
  const record = (row: string[]): Lines => {
    const [title = '', ...rest] = row;
    const lines = title === '' ? [] : wrap(title, width);
    rest.forEach((value, i) => {
      if (value === '') return;
      const label = labels[i + 1] as string;
      if (aligned) {
        const hang = 2 + labelWidth + 1;
        const body = wrap(value, width - hang);
        body.forEach((l, n) => lines.push(n === 0 ? `  ${pad(label, labelWidth)} ${l}` : ' '.repeat(hang) + l));
      } else {
        wrap(`${label} ${value}`.trim(), width - 4).forEach((l, n) => lines.push((n === 0 ? '  ' : '    ') + l));
      }
    });
    return lines;
  };
  return joinBlocks(
    rows.map(record).filter((lines) => lines.length > 0),
    true,
  );
}

function indent(lines: Lines, prefix: string): Lines {
  return lines.map((line) => (line === '' ? '' : prefix + line));
}

// Lines are appended one by one: a table of thousands of providers has more lines than a
// push(...lines) call can take arguments.
function joinBlocks(parts: readonly Lines[], spaced: boolean): Lines {
  const out: Lines = [];
  for (const part of parts) {
    if (spaced && out.length > 0) out.push('');
    for (const line of part) out.push(line);
  }
  return out;
}
