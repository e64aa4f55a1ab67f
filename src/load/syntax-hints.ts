import type { ParseProblem } from './parse.js';

/**
 * The YAML mistakes people make most, recognised from the text around a syntax error, in their
 * words: the yaml library reports where parsing broke ("Nested mappings are not allowed in compact
 * mappings"), which is often the line before the mistake and says nothing of the fix. Each
 * explanation names the line to change and how; anything not recognised keeps the library's
 * message.
 */
export interface Explanation extends ParseProblem {
  range: [number, number];
  /** Source offsets of every later error this mistake also causes, which need no report of their own. */
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
  return (
    strangeCharacter(lines, at) ??
    (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' ? deeperLineOrColonInValue(lines, at) : undefined) ??
    (error.code === 'MISSING_CHAR' ? missingColonOrSpace(lines, at) : undefined) ??
    (/end with an? [\]}]/.test(error.message) ? unclosedBracket(lines, at, error.message.includes('}') ? '{' : '[') : undefined)
  );
}

interface Line {
  /** Offset of its first character in the file. */
  start: number;
  text: string;
  /** Spaces before its first character. */
  indent: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ start, text: line, indent: line.length - line.trimStart().length });
    start += raw.length + 1;
  }
  return lines;
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && (lines[index + 1] as Line).start <= offset) index++;
  return index;
}

/** The next line with something on it other than a comment. */
function nextContentLine(lines: readonly Line[], index: number): number | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    const trimmed = (lines[i] as Line).text.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return i;
  }
  return undefined;
}

/** `key: value` or `- key: value`, with the key and where the value starts. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):(?:[ \t]+(.*))?$/;

/** Characters pasted from word processors and chat apps that look like spaces or nothing at all. */
const LOOKALIKES: ReadonlyArray<[RegExp, (c: string) => string, string]> = [
  [/\u00a0/, () => 'a non-breaking space (U+00A0)', 'Replace it with an ordinary space.'],
  [/[\u200b-\u200d\u2060\ufeff]/, (c) => `an invisible zero-width character (U+${hex(c)})`, 'Delete it.'],
  [/[\u2000-\u200a\u202f\u3000]/, (c) => `a special-width space (U+${hex(c)})`, 'Replace it with an ordinary space.'],
];

function hex(c: string): string {
  return (c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
}

/** A look-alike space or a typographic quote on the line (or the next), which YAML does not read as the writer meant. */
function strangeCharacter(lines: readonly Line[], index: number): Explanation | undefined {
  for (const i of [index, nextContentLine(lines, index)]) {
    if (i === undefined) continue;
    const line = lines[i] as Line;
    for (const [pattern, name, fix] of LOOKALIKES) {
      const found = pattern.exec(line.text);
      if (!found) continue;
      const offset = line.start + found.index;
      return {
        code: 'yaml/lookalike-character',
        message: `Line ${i + 1} contains ${name(found[0])}, which YAML does not read as a space.`,
        hint: `${fix} It usually arrives by pasting from a word processor or a chat app.`,
        range: [offset, offset + 1],
      };
    }
    const curly = /^(\s*(?:-\s+)?[^\s:#]+:\s+)([\u201c\u2018])/.exec(line.text);
    if (curly) {
      const offset = line.start + (curly[1] as string).length;
      return {
        code: 'yaml/typographic-quote',
        message: `The value on line ${i + 1} starts with a typographic quote (${curly[2]}), which YAML reads as part of the text, not as a quote.`,
        hint: `Use straight quotes instead: " or '.`,
        range: [offset, offset + 1],
      };
    }
  }
  return undefined;
}

/**
 * "Nested mappings are not allowed in compact mappings", reported at a value: either the next
 * line is indented deeper than the key it should line up with (one line out of place, or a key
 * that has a value and also keys under it), or the value itself holds ': '.
 */
function deeperLineOrColonInValue(lines: readonly Line[], index: number): Explanation | undefined {
  const line = lines[index] as Line;
  const match = KEY_VALUE.exec(line.text);
  if (!match) return undefined;
  const key = (match[2] as string).trim();
  const keyColumn = (match[1] as string).length;
  const nextIndex = nextContentLine(lines, index);
  const next = nextIndex === undefined ? undefined : lines[nextIndex];
  // A tab in the indentation has an error of its own, which says exactly that.
  if ([line, next].some((l) => l !== undefined && l.text.slice(0, l.indent).includes('\t'))) return undefined;
  if (nextIndex !== undefined && next !== undefined && next.indent > keyColumn && KEY_VALUE.test(next.text)) {
    const after = nextContentLine(lines, nextIndex);
    const block = after !== undefined && (lines[after] as Line).indent === next.indent;
    if (block && match[3] !== undefined) {
      // `controller: Acme` above `  name: …`: the keys below make the value a mapping.
      let end = nextIndex;
      for (let i = nextIndex; i < lines.length; i++) {
        const candidate = lines[i] as Line;
        if (candidate.text.trim() === '' || candidate.text.trim().startsWith('#')) continue;
        if (candidate.indent < next.indent) break;
        end = i;
      }
      const valueStart = line.start + line.text.length - (match[3] as string).length;
      return {
        code: 'yaml/value-and-mapping',
        message: `'${key}' has the value '${(match[3] as string).trim()}' and also indented keys below it, on line ${nextIndex + 1}; it can have one or the other.`,
        hint: `Remove '${(match[3] as string).trim()}' after '${key}:' if the keys below belong to it, or indent the keys below less if they do not.`,
        range: [valueStart, line.start + line.text.length],
        covers: [line.start, (lines[end] as Line).start + (lines[end] as Line).text.length],
      };
    }
    const offset = next.start + next.indent;
    return {
      covers: [line.start, next.start + next.text.length],
      code: 'yaml/bad-indent',
      message: `Line ${nextIndex + 1} is indented ${next.indent - keyColumn} ${next.indent - keyColumn === 1 ? 'space' : 'spaces'} more than '${key}' on line ${index + 1}, so YAML reads it as part of the value of '${key}'.`,
      hint: `Start it in the same column as '${key}' (column ${keyColumn + 1}).`,
      range: [offset, offset + next.text.trim().length],
    };
  }
  const value = match[3];
  if (value !== undefined && /:\s/.test(value)) {
    const start = line.start + line.text.length - value.length;
    const quoted = value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
    return {
      code: 'yaml/colon-in-value',
      message: `The value of '${key}' contains ': ', which YAML reads as the start of another key.`,
      hint: `Put the value in quotes: ${key}: ${quoted}`,
      range: [start, start + value.length],
      covers: [line.start, line.start + line.text.length],
    };
  }
  return undefined;
}

/** "Implicit map keys need to be followed by map values": `country:DE` or `country DE`. */
function missingColonOrSpace(lines: readonly Line[], index: number): Explanation | undefined {
  const line = lines[index] as Line;
  const noSpace = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s/].*)$/.exec(line.text);
  if (noSpace) {
    const offset = line.start + (noSpace[1] as string).length + (noSpace[2] as string).length;
    return {
      code: 'yaml/missing-space',
      message: `'${noSpace[2]}:' needs a space after the colon; without one, YAML reads '${noSpace[2]}:${noSpace[3]}' as one piece of text.`,
      hint: `Write ${noSpace[2]}: ${noSpace[3]}`,
      range: [offset, offset + 1],
    };
  }
  const noColon = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)[ \t]+([^:]*)$/.exec(line.text);
  if (noColon) {
    const offset = line.start + (noColon[1] as string).length + (noColon[2] as string).length;
    return {
      code: 'yaml/missing-colon',
      message: `A ':' is missing after '${noColon[2]}'.`,
      hint: `Write ${noColon[2]}: ${(noColon[3] as string).trim()}`,
      range: [offset, offset + 1],
    };
  }
  return undefined;
}

/** A flow list or mapping never closed: the bracket to close is above the line yaml stopped at. */
function unclosedBracket(lines: readonly Line[], index: number, open: '[' | '{'): Explanation | undefined {
  const close = open === '[' ? ']' : '}';
  for (let i = index; i >= 0; i--) {
    const text = withoutQuotedText((lines[i] as Line).text);
    let depth = 0;
    let last = -1;
    for (let c = 0; c < text.length; c++) {
      if (text[c] === open) {
        if (depth === 0) last = c;
        depth++;
      } else if (text[c] === close && depth > 0) depth--;
    }
    if (depth > 0) {
      const offset = (lines[i] as Line).start + last;
      return {
        code: 'yaml/unclosed-bracket',
        message: `The '${open}' on line ${i + 1} is never closed.`,
        hint: `Add '${close}' after the last item on that line.`,
        range: [offset, offset + 1],
      };
    }
  }
  return undefined;
}

/** The line with quoted text blanked out, so brackets inside quotes are not counted. */
function withoutQuotedText(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (quoted) => ' '.repeat(quoted.length)).replace(/\s#.*$/, '');
}
