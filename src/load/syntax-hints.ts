import schemaJson from '../../schema/privacy.schema.json' with { type: 'json' };
import type { ParseProblem } from './parse.js';

/**
 * The YAML mistakes people make most, recognised from the text around a syntax error, in their
 * words: the yaml library reports where parsing broke ("Nested mappings are not allowed in compact
 * mappings"), which is often a line away from the mistake and says nothing of the fix. Each
 * explanation names the line to change and how. Where the text fits no known shape, or a guess
 * would be unsafe (a fix that changes the meaning, or a key the format does not have), the
 * library's message stays.
 */
export interface Explanation extends ParseProblem {
  range: [number, number];
  /** Source offsets of every other error this mistake also causes, which need no report of their own. */
  covers?: [number, number];
}

/** What a yaml error says, as far as an explanation needs it. */
export interface YamlSyntaxError {
  code: string;
  message: string;
  offset: number;
}

export function explainSyntaxError(text: string, error: YamlSyntaxError): Explanation | undefined {
  const lines = splitLines(text);
  const at = lineIndexAt(lines, error.offset);
  const context: Context = { lines, at, end: text.length };
  if (error.code === 'UNEXPECTED_TOKEN' && /flow-(seq|map)-end/.test(error.message)) return extraBracket(context, error.offset);
  if (/end with an? [\]}]/.test(error.message)) return unclosedBracket(context, error.message.includes('}') ? '{' : '[');
  if (error.code === 'TAB_AS_INDENT') return tabInIndentation(context);
  if (!SHAPE_ERRORS.has(error.code)) return undefined;
  return (
    tabInIndentation(context) ??
    lookalike(context) ??
    typographicQuote(context) ??
    dashWithoutSpace(context) ??
    dedentedKey(context) ??
    (error.code === 'BAD_INDENT' ? valueAbove(context) : undefined) ??
    misaligned(context) ??
    keyWithoutColon(context) ??
    deeperLine(context) ??
    colonInValue(context)
  );
}

/** The errors a line of the wrong shape sets off, depending on what follows it. */
const SHAPE_ERRORS: ReadonlySet<string> = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BAD_INDENT']);

/** Every key the format defines: a word that is one of them, on a line of its own, was meant as a key. */
const KNOWN_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value !== null && typeof value === 'object') for (const name of Object.keys(value)) keys.add(name);
        walk(value);
      }
    }
  };
  walk(schemaJson);
  return keys;
})();

interface Line {
  /** Offset of its first character in the file. */
  start: number;
  text: string;
  /** Spaces before its first character. */
  indent: number;
}

interface Context {
  lines: readonly Line[];
  /** The line the error is on. */
  at: number;
  /** The length of the file. */
  end: number;
}

/** `key: value`, `key:` or `- key: value`: where the key starts, the key, and the value as written. */
interface KeyLine {
  column: number;
  key: string;
  /** Without a comment that follows it; undefined when the key opens a block. */
  value?: string;
}

const KEY_LINE = /^(\s*(?:-[ \t]+)?)([^\s:#'"\-[{][^:#]*?):(?:[ \t]+(.*?))?\s*$/;

function keyLine(line: Line | undefined): KeyLine | undefined {
  const match = line === undefined ? undefined : KEY_LINE.exec(line.text);
  if (!match) return undefined;
  const value = match[3] === undefined ? undefined : withoutComment(match[3]);
  return { column: (match[1] as string).length, key: (match[2] as string).trim(), ...(value ? { value } : {}) };
}

/** A value without the ` # comment` after it (a `#` inside a word or a URL is text). */
function withoutComment(value: string): string {
  return value.replace(/\s+#.*$/, '').trim();
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ start, text: line, indent: line.length - line.replace(/^ +/, '').length });
    start += raw.length + 1;
  }
  return lines;
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && (lines[index + 1] as Line).start <= offset) index++;
  return index;
}

function isContent(line: Line | undefined): boolean {
  const trimmed = line?.text.trim() ?? '';
  return trimmed !== '' && !trimmed.startsWith('#');
}

function nextContent(lines: readonly Line[], index: number): number | undefined {
  for (let i = index + 1; i < lines.length; i++) if (isContent(lines[i])) return i;
  return undefined;
}

function previousContent(lines: readonly Line[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (isContent(lines[i])) return i;
  return undefined;
}

/** The end of the block of lines indented deeper than `indent` that starts at `from`. */
function blockEnd(lines: readonly Line[], from: number, indent: number): number {
  // From the last line at most: a block that would start past the end of the file is empty.
  let end = Math.min(from, lines.length - 1);
  for (let i = end; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!isContent(line)) continue;
    if (line.indent <= indent) break;
    end = i;
  }
  return (lines[end] as Line).start + (lines[end] as Line).text.length;
}

function lineEnd(line: Line): number {
  return line.start + line.text.length;
}

/** Characters pasted from word processors and chat apps that look like spaces or nothing at all. */
const LOOKALIKES: ReadonlyArray<[RegExp, (c: string) => string, string]> = [
  [/\u00a0/, () => 'a non-breaking space (U+00A0)', 'Replace it with an ordinary space.'],
  [/[\u200b-\u200d\u2060\ufeff]/, (c) => `an invisible zero-width character (U+${hex(c)})`, 'Delete it.'],
  [/[\u2000-\u200a\u202f\u3000]/, (c) => `a special-width space (U+${hex(c)})`, 'Replace it with an ordinary space.'],
];

function hex(c: string): string {
  return (c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
}

/**
 * A look-alike space where YAML needs a real one: in the indentation, after a key's colon or after
 * a list item's dash, on the line of the error or the next. Inside text it is only text.
 */
function lookalike({ lines, at }: Context): Explanation | undefined {
  for (const i of [at, nextContent(lines, at)]) {
    if (i === undefined) continue;
    const line = lines[i] as Line;
    for (const [pattern, name, fix] of LOOKALIKES) {
      const where = new RegExp(`^[ \\t]*(?:-)?(${pattern.source})|^[ \\t]*(?:-[ \\t]+)?[^\\s:#]+:(${pattern.source})|^[ \\t]*-(${pattern.source})`).exec(
        line.text,
      );
      if (!where) continue;
      const character = (where[1] ?? where[2] ?? where[3]) as string;
      const offset = line.start + where[0].length - character.length;
      return {
        code: 'yaml/lookalike-character',
        message: `Line ${i + 1} contains ${name(character)} where YAML needs an ordinary space.`,
        hint: `${fix} It usually arrives by pasting from a word processor or a chat app.`,
        range: [offset, offset + 1],
        covers: [line.start, blockEnd(lines, i + 1, line.indent)],
      };
    }
  }
  return undefined;
}

/** Leading whitespace (and a list item's dash) with a tab in it. */
const TAB_INDENT = /^( *(?:- +)?)(-?[ \t]*\t)/;

/**
 * A tab in the indentation, on the line of the error or one of the few above it in the same block
 * (a tab makes the lines after it look misaligned to YAML, so the error often comes later). One
 * report, covering the errors it sets off below.
 */
function tabInIndentation({ lines, at }: Context): Explanation | undefined {
  let index: number | undefined = at;
  for (let look = 0; look < 4 && index !== undefined; look++, index = previousContent(lines, index)) {
    const line = lines[index] as Line;
    if (line.text.length > MAX_LINE) continue;
    const match = TAB_INDENT.exec(line.text);
    if (!match || !/\S/.test(line.text)) continue;
    const offset = line.start + (match[1] as string).length + (match[2] as string).indexOf('\t');
    const parent = previousContent(lines, index);
    return {
      code: 'yaml/tab-as-indent',
      message: `Line ${index + 1} has a tab in its indentation; YAML indents with spaces only.`,
      hint: 'Replace the tab with spaces, so that the line starts in the same column as the keys around it.',
      range: [offset, offset + 1],
      covers: [line.start, blockEnd(lines, index + 1, parent === undefined ? 0 : (lines[parent] as Line).indent)],
    };
  }
  return undefined;
}

/**
 * A key indented less than the keys of its mapping, but not as little as the keys of any mapping
 * around it (`   examples:` among `    name:` and `    source:`). YAML ends the mapping there and
 * reports the line after it, or says a list item lacks its dash; the fix is on this line.
 */
function dedentedKey({ lines, at }: Context): Explanation | undefined {
  const previous = previousContent(lines, at);
  for (const index of previous === undefined ? [at] : [at, previous]) {
    const line = lines[index] as Line;
    const key = line.text.length > MAX_LINE ? undefined : keyLine(line);
    if (key === undefined || key.column !== line.indent || /\t/.test(line.text.slice(0, line.indent + 1))) continue;
    const columns = enclosingKeyColumns(lines, index);
    const expected = columns.filter((c) => c > line.indent).sort((a, b) => a - b)[0];
    if (columns.includes(line.indent) || expected === undefined) continue;
    const offset = line.start + line.indent;
    const spaces = expected - line.indent;
    return {
      code: 'yaml/bad-indent',
      message: `Line ${index + 1} is indented ${spaces} ${spaces === 1 ? 'space' : 'spaces'} less than the keys around it.`,
      hint: `Start '${key.key}' in column ${expected + 1}, as they do.`,
      range: [offset, offset + line.text.trim().length],
      covers: [line.start, blockEnd(lines, index + 1, line.indent - 1)],
    };
  }
  return undefined;
}

const MAX_LOOK_BACK = 200;
/** Lines longer than this are no key a person wrote (a generated or hostile file): not read for hints. */
const MAX_LINE = 1000;

/** The columns a key on line `index` could start in: those of the mappings it could belong to, innermost first. */
function enclosingKeyColumns(lines: readonly Line[], index: number): number[] {
  const columns: number[] = [];
  let limit = Number.POSITIVE_INFINITY;
  // Bounded, so that a file of many errors stays linear: real mappings are never this long.
  let looked = 0;
  for (let i = previousContent(lines, index); i !== undefined && limit > 0 && looked++ < MAX_LOOK_BACK; i = previousContent(lines, i)) {
    const line = lines[i] as Line;
    if (line.text.length > MAX_LINE) break;
    const key = keyLine(line);
    if (key !== undefined && key.column < limit) {
      columns.push(key.column);
      limit = key.column;
    }
    // A list item's dash: the mappings outside the list start further left.
    if (line.indent < limit) limit = line.indent;
  }
  return columns;
}

/** A value in typographic quotes (“ ”), which YAML reads as text, so the ': ' inside ends it. */
function typographicQuote({ lines, at }: Context): Explanation | undefined {
  const line = lines[at] as Line;
  const curly = /^(\s*(?:-\s+)?[^\s:#]+:\s+)([\u201c\u2018])/.exec(line.text);
  if (!curly) return undefined;
  const offset = line.start + (curly[1] as string).length;
  return {
    code: 'yaml/typographic-quote',
    message: `The value on line ${at + 1} starts with a typographic quote (${curly[2]}), which YAML reads as part of the text, not as a quote.`,
    hint: `Use straight quotes instead: " or '.`,
    range: [offset, offset + 1],
    covers: [line.start, lineEnd(line)],
  };
}

/** `-id: x`: a list item needs a space after its dash. */
function dashWithoutSpace({ lines, at }: Context): Explanation | undefined {
  const line = lines[at] as Line;
  const match = /^(\s*)-([A-Za-z_][\w-]*:.*)$/.exec(line.text);
  if (!match) return undefined;
  const offset = line.start + (match[1] as string).length + 1;
  return {
    code: 'yaml/dash-without-space',
    message: `A list item needs a space after its '-'; YAML reads '-${(match[2] as string).split(':')[0]}' as a key.`,
    hint: `Write - ${(match[2] as string).trim()}`,
    range: [offset - 1, offset],
    covers: [line.start, blockEnd(lines, at + 1, line.indent)],
  };
}

/**
 * "All mapping items must start at the same column" on a line under a key that has a value on its
 * own line (`controller: Acme  # note` above `  name: …`).
 */
function valueAbove({ lines, at }: Context): Explanation | undefined {
  const above = previousContent(lines, at);
  const key = keyLine(above === undefined ? undefined : lines[above]);
  if (above === undefined || key?.value === undefined || (lines[at] as Line).indent <= key.column) return undefined;
  return valueAndMapping(lines, above, key, at);
}

function valueAndMapping(lines: readonly Line[], index: number, key: KeyLine, below: number): Explanation {
  const line = lines[index] as Line;
  const start = line.start + line.text.indexOf(key.value as string, key.column + key.key.length);
  const list = (lines[below] as Line).text.trimStart().startsWith('-');
  return {
    code: 'yaml/value-and-mapping',
    message: `'${key.key}' has the value '${key.value}' and also ${list ? 'a list' : 'indented keys'} below it, on line ${below + 1}; it can have one or the other.`,
    hint: `Remove '${key.value}' after '${key.key}:' if the ${list ? 'list' : 'keys'} below belong${list ? 's' : ''} to it, or indent ${list ? 'the list' : 'the keys'} below less if not.`,
    range: [start, start + (key.value as string).length],
    covers: [line.start, blockEnd(lines, below, line.indent)],
  };
}

/**
 * The line is out of line with its neighbours: a key between the column of the keys before it and
 * after it (`   name:` among `    name:`), or the first key under a block whose other keys start
 * elsewhere.
 */
function misaligned({ lines, at }: Context): Explanation | undefined {
  const line = lines[at] as Line;
  const key = keyLine(line);
  const aboveIndex = previousContent(lines, at);
  const above = keyLine(aboveIndex === undefined ? undefined : lines[aboveIndex]);
  const nextIndex = nextContent(lines, at);
  const next = nextIndex === undefined ? undefined : (lines[nextIndex] as Line);
  if (key === undefined || above === undefined || aboveIndex === undefined || next === undefined || key.column !== line.indent) return undefined;
  let expected: number | undefined;
  if (above.value !== undefined && line.indent !== above.column && next.indent === above.column && line.indent > (lines[aboveIndex] as Line).indent) {
    // A sibling of the key above, as the line after it is.
    expected = above.column;
  } else if (above.value === undefined && line.indent > above.column) {
    // The first key of a block: the keys that follow it say where the block's keys start.
    const afterIndex = nextContent(lines, nextIndex as number);
    const after = afterIndex === undefined ? undefined : (lines[afterIndex] as Line);
    const blockGoesOn = after === undefined || after.indent === next.indent || after.indent <= above.column;
    if (next.indent > above.column && next.indent !== line.indent && blockGoesOn && keyLine(next)?.column === next.indent) expected = next.indent;
  }
  if (expected === undefined) return undefined;
  const offset = line.start + line.indent;
  const [more, spaces] = line.indent > expected ? ['more', line.indent - expected] : ['less', expected - line.indent];
  return {
    code: 'yaml/bad-indent',
    message: `Line ${at + 1} is indented ${spaces} ${spaces === 1 ? 'space' : 'spaces'} ${more} than the keys around it.`,
    hint: `Start '${key.key}' in column ${expected + 1}, as they do.`,
    range: [offset, offset + line.text.trim().length],
    covers: [line.start, blockEnd(lines, at, (lines[aboveIndex] as Line).indent)],
  };
}

/**
 * A key of the format with no colon after it (`country DE`, `controller` above its keys) or no
 * space after the colon (`country:DE`). A word that is no key of the format is left alone: it is
 * more likely text that went on to a new line.
 */
function keyWithoutColon({ lines, at }: Context): Explanation | undefined {
  const line = lines[at] as Line;
  const noSpace = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s/].*)$/.exec(line.text);
  if (noSpace && KNOWN_KEYS.has(noSpace[2] as string)) {
    const offset = line.start + (noSpace[1] as string).length + (noSpace[2] as string).length;
    return {
      code: 'yaml/missing-space',
      message: `'${noSpace[2]}:' needs a space after the colon; without one, YAML reads '${noSpace[2]}:${noSpace[3]}' as one piece of text.`,
      hint: `Write ${noSpace[2]}: ${noSpace[3]}`,
      range: [offset, offset + 1],
      covers: [line.start, lineEnd(line)],
    };
  }
  const noColon = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(?:[ \t]+(\S.*))?$/.exec(line.text);
  if (noColon && KNOWN_KEYS.has(noColon[2] as string)) {
    const offset = line.start + (noColon[1] as string).length + (noColon[2] as string).length;
    const value = noColon[3]?.trim();
    return {
      code: 'yaml/missing-colon',
      message: `A ':' is missing after '${noColon[2]}'.`,
      hint: `Write ${noColon[2]}:${value === undefined ? '' : ` ${value}`}`,
      range: [offset, offset + 1],
      covers: [line.start, value === undefined ? blockEnd(lines, at + 1, line.indent) : lineEnd(line)],
    };
  }
  const above = previousContent(lines, at);
  const key = keyLine(above === undefined ? undefined : lines[above]);
  if (noColon && above !== undefined && key?.value !== undefined && key.column === line.indent) {
    // `note: Kept in the EU. Backups are` above `kept for 30 days.`: the text went on, unindented.
    return continuedText(lines, above, key, at);
  }
  return undefined;
}

function continuedText(lines: readonly Line[], index: number, key: KeyLine, continued: number): Explanation {
  const line = lines[continued] as Line;
  const offset = line.start + line.indent;
  // A list or mapping in brackets may go on over lines, indented deeper than its key; text may
  // too, but quotes keep its colons from reading as keys.
  const bracketed = /^[[{]/.test(key.value ?? '');
  return {
    code: 'yaml/continued-text',
    message: `Line ${continued + 1} reads as a new key, but it looks like the ${bracketed ? 'list' : 'text'} of '${key.key}' on line ${index + 1} going on.`,
    hint: bracketed ? `Indent it further than '${key.key}'.` : `Indent it further than '${key.key}', or put the whole value of '${key.key}' in quotes.`,
    range: [offset, offset + line.text.trim().length],
    covers: [line.start, lineEnd(line)],
  };
}

/**
 * "Nested mappings are not allowed in compact mappings", reported at a value: the next line is
 * deeper than the key. Its keys belong under this one (and the value is one too many), it is one
 * line out of place, or it is the text going on with ': ' in it.
 */
function deeperLine({ lines, at }: Context): Explanation | undefined {
  const line = lines[at] as Line;
  const key = keyLine(line);
  const nextIndex = nextContent(lines, at);
  const next = nextIndex === undefined ? undefined : (lines[nextIndex] as Line);
  // A tab in the indentation has an error of its own, which says exactly that.
  if (key === undefined || nextIndex === undefined || next === undefined || /\t/.test(line.text.slice(0, key.column) + next.text.slice(0, next.indent + 1)))
    return undefined;
  if (next.indent <= key.column) return undefined;
  const nextKey = keyLine(next);
  const list = next.text.trimStart().startsWith('- ');
  if (nextKey === undefined && !list) return undefined;
  const afterIndex = nextContent(lines, nextIndex);
  const block = list || (afterIndex !== undefined && (lines[afterIndex] as Line).indent === next.indent);
  if (block && key.value !== undefined) return valueAndMapping(lines, at, key, nextIndex);
  if (nextKey === undefined) return undefined;
  if (key.value !== undefined && !KNOWN_KEYS.has(nextKey.key)) return continuedText(lines, at, key, nextIndex);
  const offset = next.start + next.indent;
  const spaces = next.indent - key.column;
  return {
    code: 'yaml/bad-indent',
    message: `Line ${nextIndex + 1} is indented ${spaces} ${spaces === 1 ? 'space' : 'spaces'} more than '${key.key}' on line ${at + 1}, so YAML reads it as part of the value of '${key.key}'.`,
    hint: `Start it in the same column as '${key.key}' (column ${key.column + 1}).`,
    range: [offset, offset + next.text.trim().length],
    covers: [line.start, lineEnd(next)],
  };
}

/** A value with ': ' inside it, or a ':' at its end, which YAML reads as the start of a key. */
function colonInValue({ lines, at }: Context): Explanation | undefined {
  const line = lines[at] as Line;
  const key = keyLine(line);
  const value = key?.value;
  if (key === undefined || value === undefined || !/:(\s|$)/.test(value)) return undefined;
  const start = line.start + line.text.indexOf(value, key.column + key.key.length);
  const where = /:$/.test(value) && !/:\s/.test(value) ? `ends with ':'` : `contains ': '`;
  return {
    code: 'yaml/colon-in-value',
    message: `The value of '${key.key}' ${where}, which YAML reads as the start of another key.`,
    hint: `Put the value in quotes: ${key.key}: ${quoted(value)}`,
    range: [start, start + value.length],
    covers: [line.start, lineEnd(line)],
  };
}

/**
 * Text in YAML quotes that read back as the same text: single quotes, which escape nothing (a
 * backslash stays a backslash), unless the text holds one; then double quotes, escaped.
 */
function quoted(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** A flow list or mapping never closed: the bracket to close is above the line yaml stopped at. */
function unclosedBracket({ lines, at, end }: Context, open: '[' | '{'): Explanation | undefined {
  const close = open === '[' ? ']' : '}';
  for (let i = at; i >= 0; i--) {
    const text = withoutQuotedText((lines[i] as Line).text);
    let depth = 0;
    let last = -1;
    for (let c = 0; c < text.length; c++) {
      if (text[c] === open) {
        if (depth === 0) last = c;
        depth++;
      } else if (text[c] === close && depth > 0) depth--;
    }
    if (depth === 0) continue;
    // A list written over several lines closes on a later one: then the trouble is elsewhere.
    for (let j = i + 1; j <= at + 1 && j < lines.length; j++) {
      for (const ch of withoutQuotedText((lines[j] as Line).text)) depth += ch === open ? 1 : ch === close ? -1 : 0;
      if (depth <= 0) return undefined;
    }
    const offset = (lines[i] as Line).start + last;
    return {
      code: 'yaml/unclosed-bracket',
      message: `The '${open}' on line ${i + 1} is never closed.`,
      hint: `Add '${close}' after the last item on that line. The errors after it, if any, come from this one.`,
      range: [offset, offset + 1],
      covers: [(lines[i] as Line).start, end],
    };
  }
  return undefined;
}

/** One closing bracket too many: everything after it fails to parse, so it is the one to report. */
function extraBracket({ lines, at, end }: Context, offset: number): Explanation {
  const line = lines[at] as Line;
  const bracket = line.text[offset - line.start] ?? ']';
  return {
    code: 'yaml/extra-bracket',
    message: `There is one '${bracket}' too many on line ${at + 1}.`,
    hint: `Remove it. The errors after it, if any, come from this one.`,
    range: [offset, offset + 1],
    covers: [line.start, end],
  };
}

/** The line with quoted text blanked out, so brackets inside quotes are not counted. */
function withoutQuotedText(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (quoted) => ' '.repeat(quoted.length)).replace(/\s#.*$/, '');
}
