/**
 * Scalar text to values, exactly as the `yaml` library computes them with the options the
 * general path uses (YAML 1.2, core schema, no merge keys): the subset parser's values must
 * deep-equal that library's, so each function here follows the library's algorithm rule for rule
 * (yaml 2.x: schema/core/*.js and compose/resolve-flow-scalar.js, resolve-block-scalar.js).
 * Inputs never hold tabs or carriage returns: the subset parser leaves such files to the library.
 */

// The core schema's tests, in the order the library tries them (schema/core/schema.js).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value: null, boolean, number (as the library converts it) or the text itself. */
export function resolvePlain(text: string): unknown {
  // Most scalars are words: cheap tests first rule them out before any pattern runs. Every null
  // and boolean has at most five characters; every number starts with a digit, a sign or a dot.
  if (text.length <= 5) {
    if (NULL.test(text)) return null;
    if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  }
  const first = text.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e)) return text;
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/**
 * Line folding of plain and single-quoted scalars: each line break between two lines of text
 * becomes a space, and each empty line a line feed; spaces around line breaks go.
 */
export function unfoldLines(source: string): string {
  if (!source.includes('\n')) return source;
  const lines = source.split('\n');
  let folded = trimSpacesEnd(lines[0] as string);
  let separator = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const line = trimSpacesEnd(trimSpacesStart(lines[i] as string));
    if (line === '') {
      if (separator === '\n') folded += separator;
      else separator = '\n';
    } else {
      folded += separator + line;
      separator = ' ';
    }
  }
  return folded + separator + trimSpacesStart(lines[lines.length - 1] as string);
}

/** A single-quoted scalar's value; `source` is its text between the quotes. */
export function singleQuotedValue(source: string): string {
  const unfolded = unfoldLines(source);
  return unfolded.includes("''") ? unfolded.replaceAll("''", "'") : unfolded;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX = /^[0-9a-fA-F]+$/;

/**
 * A double-quoted scalar's value, `source` including both quotes; undefined for an escape the
 * library would report as invalid.
 */
export function doubleQuotedValue(source: string): string | undefined {
  if (!source.includes('\\') && !source.includes('\n')) return source.slice(1, -1);
  let value = '';
  const last = source.length - 1;
  for (let i = 1; i < last; i++) {
    const ch = source[i] as string;
    if (ch === '\n') {
      // A line break folds to a space; n empty lines after it to n line feeds.
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\n') {
        if (next === '\n') fold += '\n';
        next = source[++i + 1];
      }
      value += fold || ' ';
    } else if (ch === '\\') {
      const next = source[++i] as string;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) {
        value += escaped;
      } else if (next === '\n') {
        // An escaped line break joins the lines; the next line's indentation still goes.
        while (source[i + 1] === ' ') i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !HEX.test(hex)) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        value += String.fromCodePoint(code);
        i += length;
      } else {
        return undefined;
      }
    } else if (ch === ' ') {
      // Spaces before a line break go; elsewhere they stay.
      const start = i;
      while (source[i + 1] === ' ') i++;
      if (source[i + 1] !== '\n') value += source.slice(start, i + 1);
    } else {
      value += ch;
    }
  }
  return value;
}

/**
 * A block scalar's value from its content lines (the indentation already removed, an empty
 * string for an empty line): `|` keeps the line breaks, `>` folds them, and the chomping
 * indicator decides the final ones (`-` none, `+` all, otherwise one). `leading` empty lines
 * come before the first line of text; `trailing` empty lines after the last (kept only by `+`).
 */
export function blockScalarValue(literal: boolean, chomp: '' | '-' | '+', leading: number, lines: readonly string[], trailing: number): string {
  let value = '\n'.repeat(leading);
  if (literal) {
    value += lines.join('\n');
  } else {
    let separator = '';
    let previousMoreIndented = false;
    for (const line of lines) {
      if (line[0] === ' ') {
        // More-indented lines keep their line breaks, and set off the text around them.
        if (separator === ' ') separator = '\n';
        else if (!previousMoreIndented && separator === '\n') separator = '\n\n';
        value += separator + line;
        separator = '\n';
        previousMoreIndented = true;
      } else if (line === '') {
        if (separator === '\n') value += '\n';
        else separator = '\n';
      } else {
        value += separator + line;
        separator = ' ';
        previousMoreIndented = false;
      }
    }
  }
  if (chomp === '-') return value;
  if (chomp === '+') return value + '\n'.repeat(trailing + 1);
  return `${value}\n`;
}

function trimSpacesStart(text: string): string {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  return i === 0 ? text : text.slice(i);
}

function trimSpacesEnd(text: string): string {
  let i = text.length;
  while (text.charCodeAt(i - 1) === 32) i--;
  return i === text.length ? text : text.slice(0, i);
}
