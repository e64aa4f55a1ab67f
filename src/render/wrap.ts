/**
 * Line filling for the plain-text back end, measured in terminal columns: code points, with East
 * Asian wide characters counting two and combining marks none. Lines break at spaces, and between
 * wide characters (Chinese and Japanese are written without spaces). A word too long for a line
 * is cut, unless it is a URL or an email address: those stay whole, even past the width.
 */

// Variation selectors (U+FE00–FE0F) are marks too (Mn), so the class need not name them.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060]/u;

// The wide and fullwidth blocks in use (Unicode EastAsianWidth W and F): enough for CJK text,
// Hangul, fullwidth forms and emoji. Precise tables are not worth a dependency here.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x26aa, 0x26ab],
  [0x2705, 0x2705],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f004, 0x1f004],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  for (const [from, to] of WIDE) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return isWide(char.codePointAt(0) as number) ? 2 : 1;
}

// Nearly all text is narrow: each UTF-16 unit one character of one column. That is ASCII, Latin,
// Greek and Cyrillic (U+0000-02FF, below the combining marks), typographic punctuation such as
// “ ” ’ – — … (U+2010-205F, between the zero-width characters) and currency signs; one native
// scan can tell.
const NARROW = /^[\u0000-\u02ff\u2010-\u205f\u20a0-\u20bf]*$/;

/** The number of columns `text` takes in a monospace font. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Pads `text` with spaces to `width` columns, on the right or (for numbers) on the left. */
export function pad(text: string, width: number, align: 'left' | 'right' | 'center' = 'left'): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2));
  return text + ' '.repeat(gap);
}

/** A piece of a line that is never broken, and whether a space separates it from the one before. */
interface Piece {
  text: string;
  width: number;
  spaced: boolean;
}

// An address must stay whole so it can be clicked or copied; anything else may be cut.
const UNBREAKABLE = /:\/\/|@|^\(?www\./i;

/**
 * Fills `text` into lines of at most `width` columns. Runs of spaces collapse; `\n` forces a break.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const paragraph = end === -1 ? text.slice(start) : text.slice(start, end);
    if (NARROW.test(paragraph)) fillNarrow(paragraph, width, lines);
    else fill(pieces(paragraph, width), width, lines);
    if (end === -1) return lines;
    start = end + 1;
  }
}

// Blanks other than single spaces between words.
const UNEVEN_BLANKS = /[\t\r]| {2}|^ | $/;

/**
 * Appends the lines of a narrow paragraph: the common case, one column a character. Words
 * separated by single spaces break at the last space that fits, so each line is a slice of the
 * paragraph; anything else (other blanks, a word longer than a line) is scanned word by word.
 */
function fillNarrow(paragraph: string, width: number, lines: string[]): void {
  let start = 0;
  if (UNEVEN_BLANKS.test(paragraph)) {
    scanNarrow(paragraph, start, width, lines);
    return;
  }
  while (paragraph.length - start > width) {
    const space = paragraph.lastIndexOf(' ', start + width);
    if (space <= start) {
      scanNarrow(paragraph, start, width, lines);
      return;
    }
    lines.push(paragraph.slice(start, space));
    start = space + 1;
  }
  lines.push(paragraph.slice(start));
}

/** Greedy filling word by word, from `from` on, for paragraphs `fillNarrow` cannot slice. */
function scanNarrow(paragraph: string, from: number, width: number, lines: string[]): void {
  let line = '';
  let i = from;
  const add = (text: string, spaced: boolean): void => {
    if (line === '') line = text;
    else if (line.length + (spaced ? 1 : 0) + text.length > width) {
      lines.push(line);
      line = text;
    } else line += spaced ? ` ${text}` : text;
  };
  while (i < paragraph.length) {
    if (isBlank(paragraph.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < paragraph.length && !isBlank(paragraph.charCodeAt(end))) end++;
    const word = paragraph.slice(i, end);
    i = end;
    if (word.length <= width || UNBREAKABLE.test(word)) add(word, true);
    else {
      const size = Math.max(1, width);
      for (let at = 0; at < word.length; at += size) add(word.slice(at, at + size), at === 0);
    }
  }
  lines.push(line);
}

/** A space, tab or carriage return: what separates words. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

function fill(parts: readonly Piece[], width: number, lines: string[]): void {
  let line = '';
  let used = 0;
  for (const part of parts) {
    const gap = part.spaced && line !== '' ? 1 : 0;
    if (line !== '' && used + gap + part.width > width) {
      lines.push(line);
      line = part.text;
      used = part.width;
    } else {
      line += (gap ? ' ' : '') + part.text;
      used += gap + part.width;
    }
  }
  lines.push(line);
}

function pieces(paragraph: string, width: number): Piece[] {
  const out: Piece[] = [];
  for (const word of paragraph.split(/[ \t\r]+/)) {
    if (word === '') continue;
    if (UNBREAKABLE.test(word)) {
      out.push({ text: word, width: displayWidth(word), spaced: true });
      continue;
    }
    let first = true;
    for (const part of splitWide(word)) {
      for (const chunk of cut(part, width)) {
        out.push({ text: chunk, width: displayWidth(chunk), spaced: first });
        first = false;
      }
    }
  }
  return out;
}

/** Splits a word at the boundaries next to wide characters, where a line may break. */
function splitWide(word: string): string[] {
  if (NARROW.test(word)) return [word];
  const parts: string[] = [];
  let current = '';
  let previousWide = false;
  for (const char of word) {
    const wide = charWidth(char) === 2;
    if (current !== '' && (wide || previousWide) && charWidth(char) !== 0) {
      parts.push(current);
      current = '';
    }
    current += char;
    previousWide = wide;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** Cuts a word longer than a line into line-sized chunks. */
function cut(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const chunks: string[] = [];
  let chunk = '';
  let used = 0;
  for (const char of word) {
    const w = charWidth(char);
    if (used + w > width && chunk !== '') {
      chunks.push(chunk);
      chunk = '';
      used = 0;
    }
    chunk += char;
    used += w;
  }
  chunks.push(chunk);
  return chunks;
}
