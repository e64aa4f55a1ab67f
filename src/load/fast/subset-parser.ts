/**
 * A fast path for reading privacy.yaml: a small, linear-time, non-backtracking parser for the
 * plain subset of YAML 1.2 that policy files are written in.
 *
 * Why it exists: the `yaml` library (Lexer → Parser → Composer, then toJS) is general and
 * careful, and costs accordingly. Cold, while V8 still interprets it, parsing the largest example
 * (12 KB) took about 45 ms of CPU, more than policyc's whole start-up budget above Node's own,
 * and loading the library's code about 8 ms more; warm, its 2.5 ms were most of `validate`. This
 * parser runs an order of magnitude less code (the same file: under 4 ms cold, 0.17 ms warm) and
 * produces, in one pass, the plain value and a position tree (position-tree.ts) that answers
 * `locate` and `sourceAt` exactly as the library's syntax tree does.
 *
 * The subset: an optional `---` line; comments (whole lines, and after a space at the end of a
 * line); a root block mapping at column 0; block mappings with plain or quoted one-line keys;
 * block sequences, with `- key: value` mappings in them; plain scalars on one line or folded over
 * several; single- and double-quoted scalars (all escapes, folded over lines); literal `|` and
 * folded `>` block scalars with `-` or `+` chomping; one-line flow sequences of scalars
 * (`[US, DE]`, `[]`) and the empty flow mapping `{}`. Plain scalars are typed by YAML 1.2's core
 * schema, as the library types them (scalar-values.ts).
 *
 * Everything else, and anything irregular or unexpected (tabs, carriage returns, a byte order
 * mark, control characters, anchors, aliases, tags, directives, `?` keys, a second document,
 * duplicate keys, `__proto__` or `<<` keys, explicit indentation indicators, multi-line flow
 * collections, nesting near `maxDepth`, a token count that might pass `maxTokens`, any syntax
 * error), makes it answer `undefined`: "not mine". The `yaml` library then reads the file as it
 * always has, and it alone reports problems; this parser never does. It is only ever an
 * optimisation of reading a valid file, and a differential test holds it to the library's
 * values and positions (tests/property/subset-parser.test.ts).
 */
import { hasNonPrintable } from '../characters.js';
import type { LoadLimits } from '../types.js';
import { EMPTY, MapAt, PositionTree, ScalarAt, SeqAt, type NodeAt } from './position-tree.js';
import { blockScalarValue, doubleQuotedValue, resolvePlain, singleQuotedValue, unfoldLines } from './scalar-values.js';

export interface SubsetParse {
  value: Record<string, unknown>;
  sourceMap: PositionTree;
  /** The bound on yaml's lexeme count that was held to `maxTokens` (never below the true count). */
  tokens: number;
}

/** The value and positions of a file in the subset, or undefined for any other file. */
export function parseSubset(text: string, limits: LoadLimits): SubsetParse | undefined {
  if (UNSUPPORTED_CHARACTER.test(text) || hasNonPrintable(text)) return undefined;
  try {
    return new SubsetParser(text, limits).parse();
  } catch (error) {
    if (error === NOT_MINE) return undefined;
    throw error;
  }
}

/** Tabs and carriage returns have rules of their own in YAML; a byte order mark inside the text too. */
const UNSUPPORTED_CHARACTER = /[\t\r\uFEFF]/;

/** Thrown from anywhere in the parser when the input leaves the subset; caught only above. */
const NOT_MINE = new (class NotInSubset {})();

function notMine(): never {
  throw NOT_MINE;
}

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const PIPE = 0x7c;
const GREATER = 0x3e;
const PLUS = 0x2b;

/** ASCII characters a plain scalar may not start with here (but `-` may, before text: see canStartPlain). */
const NOT_PLAIN_FIRST = new Uint8Array(128);
for (const ch of ' \n-?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_FIRST[ch.charCodeAt(0)] = 1;
const FLOW_INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}') FLOW_INDICATOR[ch.charCodeAt(0)] = 1;

/** Why a plain scalar's line ended: a line break (or the end), `: ` (a key), or ` #` (a comment). */
const AT_LINE_END = 0;
const AT_COLON = 1;
const AT_COMMENT = 2;

/**
 * One line of plain text in a block: anything but a line break, a `:` followed by a space or the
 * line's end, or spaces followed by `#` or the line's end. It always matches (perhaps nothing),
 * so the engine never backtracks across repetitions: linear time.
 */
const PLAIN_TEXT = /(?:[^\n: ]+|:(?=[^ \n])| +(?=[^ \n#]))*/y;

/** Longest key accepted; yaml refuses implicit keys over 1024 characters. */
const MAX_KEY_LENGTH = 1000;

class SubsetParser {
  private readonly length: number;
  /** Offset of the next character to read; at a line start between lines. */
  private pos = 0;
  /**
   * An upper bound of the lexemes yaml's Lexer makes of what has been read, so a file this parser
   * accepts never has more than `maxTokens` (which the general path refuses). Per line, the Lexer
   * makes one lexeme of each run of spaces, each indicator (`-`, `:`, `[`, `,`, `]`, `{`, `}`),
   * each comment and each line break; two of each plain scalar (a zero-width marker, then the
   * text, over however many lines); one of each quoted scalar; six at most of a block scalar
   * (header, spaces, comment, line break, marker, body); and one marks the document's start.
   */
  private tokens = 1;
  private depth = 0;
  /** Until the first content line has been read, it may be `---`. */
  private atStreamStart = true;

  // The content line nextContentLine() last found: its start, indentation and first character.
  private lineStart = -1;
  private indent = -1;
  private at = 0;

  // Where scanPlainLine() found the text to end, and where it stopped.
  private scanEnd = 0;
  private scanAt = 0;

  /** The position node of the value the last parse method returned. */
  private node: NodeAt = EMPTY;

  constructor(
    private readonly text: string,
    private readonly limits: LoadLimits,
  ) {
    this.length = text.length;
  }

  parse(): SubsetParse {
    const { text } = this;
    let indent = this.nextContentLine();
    this.atStreamStart = false;
    if (indent === 0 && text.startsWith('---', this.at) && this.isBlankAt(this.at + 3)) {
      this.tokens++;
      this.pos = this.at + 3;
      this.endOfLine();
      indent = this.nextContentLine();
    }
    if (indent !== 0) notMine();
    const value = this.parseMap(0);
    // A root mapping at column 0 ends only at the end of the file (parseMap refuses deeper lines).
    if (this.tokens > this.limits.maxTokens) notMine();
    return { value, sourceMap: new PositionTree(text, this.node as MapAt), tokens: this.tokens };
  }

  // ---------------------------------------------------------------------------------------------
  // Lines

  /**
   * Skips blank and comment lines from `pos` (a line start) to the next line with content, and
   * returns its indentation, or -1 at the end of the file. Calling it again before reading that
   * line finds the same line.
   */
  private nextContentLine(): number {
    if (this.pos === this.lineStart) return this.indent;
    const { text, length } = this;
    let p = this.pos;
    while (p < length) {
      let q = p;
      while (text.charCodeAt(q) === SPACE) q++;
      const spaces = q > p ? 1 : 0;
      if (q >= length) {
        this.tokens += spaces;
        p = q;
        break;
      }
      const ch = text.charCodeAt(q);
      if (ch === LF) {
        this.tokens += spaces + 1;
        p = q + 1;
        continue;
      }
      if (ch === HASH) {
        this.tokens += spaces + 2;
        const lineEnd = text.indexOf('\n', q);
        p = lineEnd === -1 ? length : lineEnd + 1;
        continue;
      }
      // `---` may open the document, before any content; no other marker is in the subset.
      if (q === p && this.isDocumentMarker(q) && !(this.atStreamStart && text.startsWith('---', q))) notMine();
      this.tokens += spaces;
      if (this.tokens > this.limits.maxTokens) notMine();
      this.pos = this.lineStart = p;
      this.at = q;
      return (this.indent = q - p);
    }
    this.pos = this.lineStart = p;
    return (this.indent = -1);
  }

  /** The rest of a line after a value: spaces, a comment after a space, the line break. */
  private endOfLine(): void {
    const { text, length } = this;
    const p = this.pos;
    let q = p;
    while (text.charCodeAt(q) === SPACE) q++;
    if (q > p) this.tokens++;
    if (q >= length) {
      this.pos = length;
      return;
    }
    let ch = text.charCodeAt(q);
    if (ch === HASH) {
      if (q === p) notMine();
      this.tokens++;
      const lineEnd = text.indexOf('\n', q);
      if (lineEnd === -1) {
        this.pos = length;
        return;
      }
      q = lineEnd;
      ch = LF;
    }
    if (ch !== LF) notMine();
    this.tokens++;
    this.pos = q + 1;
  }

  private isBlankAt(i: number): boolean {
    if (i >= this.length) return true;
    const ch = this.text.charCodeAt(i);
    return ch === SPACE || ch === LF;
  }

  private isDocumentMarker(i: number): boolean {
    return (this.text.startsWith('---', i) || this.text.startsWith('...', i)) && this.isBlankAt(i + 3);
  }

  /** Whether the content line found starts a sequence entry: `-` then a space or the line's end. */
  private isSeqLine(): boolean {
    return this.text.charCodeAt(this.at) === DASH && this.isBlankAt(this.at + 1);
  }

  private enter(): void {
    // yaml refuses nesting past maxDepth; stay two levels clear of where it starts counting.
    if (++this.depth > this.limits.maxDepth - 2) notMine();
  }

  // ---------------------------------------------------------------------------------------------
  // Block collections

  /** A block mapping whose first key is at `at`, in column `column`. */
  private parseMap(column: number): Record<string, unknown> {
    this.enter();
    const value: Record<string, unknown> = {};
    const map = new MapAt(this.at);
    for (;;) {
      this.parseEntry(column, value, map);
      const indent = this.nextContentLine();
      if (indent === column) continue;
      if (indent > column) notMine();
      break;
    }
    this.depth--;
    this.node = map;
    return value;
  }

  /** One `key: value` of a mapping in `column`; the key starts at `at`. */
  private parseEntry(column: number, value: Record<string, unknown>, map: MapAt): void {
    const { text } = this;
    const start = this.at;
    const first = text.charCodeAt(start);
    let key: ScalarAt;
    let name: string;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const close = this.closingQuoteOnLine(start);
      if (close === -1 || text.charCodeAt(close + 1) !== COLON) notMine();
      const source = this.quotedSource(start, close);
      key = new ScalarAt(start, close + 1, source);
      name = source;
      this.tokens++;
    } else {
      if (!this.canStartPlain(start)) notMine();
      // No space before the colon: `key : value` is YAML, but not worth a second case here.
      if (this.scanPlainLine(start) !== AT_COLON || this.scanAt !== this.scanEnd) notMine();
      const source = text.slice(start, this.scanEnd);
      if (source === '<<') notMine();
      const typed = resolvePlain(source);
      key = new ScalarAt(start, this.scanEnd, source);
      name = typed === null ? '' : String(typed);
      this.tokens += 2;
    }
    if (key.end - start > MAX_KEY_LENGTH || name === '__proto__' || map.entries.has(name)) notMine();
    const afterColon = key.end + 1;
    this.tokens++;
    const q = this.valueOnLine(afterColon);
    let item: unknown;
    if (q === -1) {
      item = this.parseNested(column);
    } else {
      if (q === afterColon) notMine();
      this.tokens++;
      this.at = q;
      item = this.parseInline(column + 1);
    }
    value[name] = item;
    map.entries.set(name, { key, value: this.node });
  }

  /**
   * Where the value after an indicator (`:` or `-`, ending at `after`) starts on the same line; or
   * -1, with the rest of the line (spaces, a comment) consumed, when the value is on the lines below.
   */
  private valueOnLine(after: number): number {
    const { text } = this;
    let q = after;
    while (text.charCodeAt(q) === SPACE) q++;
    const next = text.charCodeAt(q);
    if (q < this.length && next !== LF && !(next === HASH && q > after)) return q;
    this.pos = after;
    this.endOfLine();
    return -1;
  }

  /** The value of a key with nothing after its colon: a collection on the lines below, or null. */
  private parseNested(column: number): unknown {
    const indent = this.nextContentLine();
    if (indent > column) return this.isSeqLine() ? this.parseSeq(indent) : this.parseMap(indent);
    // A sequence may sit in its key's column: `purposes:` then `- id: …` below it.
    if (indent === column && this.isSeqLine()) return this.parseSeq(indent);
    this.node = EMPTY;
    return null;
  }

  /** A block sequence whose first `-` is at `at`, in column `column`. */
  private parseSeq(column: number): unknown[] {
    const { text } = this;
    this.enter();
    const value: unknown[] = [];
    const seq = new SeqAt(this.at);
    for (;;) {
      this.tokens++;
      const q = this.valueOnLine(this.at + 1);
      let item: unknown;
      if (q === -1) {
        const indent = this.nextContentLine();
        // An empty entry (`-` alone) is left to the general path.
        if (indent <= column) notMine();
        item = this.isSeqLine() ? this.parseSeq(indent) : this.parseMap(indent);
      } else {
        // `- - x` (a sequence in a sequence on one line) is left to the general path.
        if (text.charCodeAt(q) === DASH && this.isBlankAt(q + 1)) notMine();
        this.tokens++;
        this.at = q;
        if (this.startsKey(q)) item = this.parseMap(q - this.lineStart);
        else item = this.parseInline(column + 1);
      }
      value.push(item);
      seq.items.push(this.node);
      const indent = this.nextContentLine();
      if (indent === column && this.isSeqLine()) continue;
      if (indent > column) notMine();
      break;
    }
    this.depth--;
    this.node = seq;
    return value;
  }

  /** Whether the entry text at `i` is a key (`key: …`, `"key": …`), making the entry a mapping. */
  private startsKey(i: number): boolean {
    const first = this.text.charCodeAt(i);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const close = this.closingQuoteOnLine(i);
      return close !== -1 && this.text.charCodeAt(close + 1) === COLON;
    }
    if (!this.canStartPlain(i)) return false;
    return this.scanPlainLine(i) === AT_COLON;
  }

  // ---------------------------------------------------------------------------------------------
  // Values on the line of their key or dash

  /**
   * The value starting at `at`, after `key: ` or `- `. Lines that continue it (a folded plain or
   * quoted scalar, a block scalar's content) must be indented at least `min`.
   */
  private parseInline(min: number): unknown {
    const first = this.text.charCodeAt(this.at);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) return this.parseQuoted(min);
    if (first === PIPE || first === GREATER) return this.parseBlockScalar(min);
    if (first === OPEN_BRACKET) return this.parseFlowSeq();
    if (first === OPEN_BRACE) return this.parseEmptyFlowMap();
    if (!this.canStartPlain(this.at)) notMine();
    return this.parsePlain(min);
  }

  private canStartPlain(i: number): boolean {
    const ch = this.text.charCodeAt(i);
    if (ch >= 128 || NOT_PLAIN_FIRST[ch] === 0) return true;
    if (ch !== DASH) return false;
    // `-5`, `-x`: a dash starts a plain scalar when text follows it (and no flow indicator).
    const next = this.text.charCodeAt(i + 1);
    return !this.isBlankAt(i + 1) && !(next < 128 && FLOW_INDICATOR[next] === 1);
  }

  /**
   * One line of a plain scalar from `i`, as yaml's Lexer reads it in a block: it runs to the
   * line's end, to a `:` followed by a space or the line's end, or to a space followed by `#`.
   * Returns which of the three it was (AT_LINE_END, AT_COLON, AT_COMMENT).
   */
  private scanPlainLine(i: number): number {
    const { text } = this;
    PLAIN_TEXT.lastIndex = i;
    PLAIN_TEXT.test(text);
    let end = PLAIN_TEXT.lastIndex;
    let at = end;
    while (text.charCodeAt(at) === SPACE) at++;
    // Spaces before a `:` are part of the match (text may follow them); they are not the text's.
    while (end > i && text.charCodeAt(end - 1) === SPACE) end--;
    this.scanEnd = end;
    this.scanAt = at;
    const ch = text.charCodeAt(at);
    return ch === COLON ? AT_COLON : ch === HASH ? AT_COMMENT : AT_LINE_END;
  }

  /** A plain scalar from `at`, folded over the following lines indented at least `min`. */
  private parsePlain(min: number): unknown {
    const { text, length } = this;
    const start = this.at;
    let stop = this.scanPlainLine(start);
    let end = this.scanEnd;
    let folded = false;
    // Continuation lines: after any empty lines, a line indented enough that is not a comment.
    while (stop === AT_LINE_END && this.scanAt < length) {
      let lineStart = this.scanAt + 1;
      let q = lineStart;
      for (;;) {
        while (text.charCodeAt(q) === SPACE) q++;
        if (text.charCodeAt(q) !== LF) break;
        lineStart = ++q;
      }
      if (q >= length || q - lineStart < min || text.charCodeAt(q) === HASH) break;
      stop = this.scanPlainLine(q);
      end = this.scanEnd;
      folded = true;
    }
    if (stop === AT_COLON) notMine();
    const source = folded ? unfoldLines(text.slice(start, end)) : text.slice(start, end);
    this.tokens += 2;
    this.pos = end;
    this.endOfLine();
    this.node = new ScalarAt(start, end, source);
    return resolvePlain(source);
  }

  /**
   * The closing quote of the quoted scalar opening at `open`, found as yaml's Lexer finds it (a
   * `''` inside single quotes, and a `"` after an odd run of backslashes, do not close), or -1.
   */
  private closingQuote(open: number): number {
    const { text } = this;
    if (text.charCodeAt(open) === SINGLE_QUOTE) {
      let close = text.indexOf("'", open + 1);
      while (close !== -1 && text.charCodeAt(close + 1) === SINGLE_QUOTE) close = text.indexOf("'", close + 2);
      return close;
    }
    let close = text.indexOf('"', open + 1);
    while (close !== -1) {
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    return close;
  }

  /** The closing quote of a quoted scalar that ends on the line it opens on; otherwise -1. */
  private closingQuoteOnLine(open: number): number {
    const close = this.closingQuote(open);
    if (close === -1) return -1;
    const lineEnd = this.text.indexOf('\n', open);
    return lineEnd === -1 || lineEnd > close ? close : -1;
  }

  /** A quoted scalar's value, from its opening and closing quotes. */
  private quotedSource(open: number, close: number): string {
    const source =
      this.text.charCodeAt(open) === DOUBLE_QUOTE ? doubleQuotedValue(this.text.slice(open, close + 1)) : singleQuotedValue(this.text.slice(open + 1, close));
    return source ?? notMine();
  }

  /** A quoted scalar from `at`; its continuation lines, if any, indented at least `min`. */
  private parseQuoted(min: number): string {
    const { text } = this;
    const open = this.at;
    const close = this.closingQuote(open);
    if (close === -1) notMine();
    // Each line inside the quotes is empty or indented at least `min`, as yaml's Lexer requires.
    for (let lineEnd = text.indexOf('\n', open); lineEnd !== -1 && lineEnd < close; lineEnd = text.indexOf('\n', lineEnd + 1)) {
      let q = lineEnd + 1;
      while (text.charCodeAt(q) === SPACE) q++;
      if (text.charCodeAt(q) !== LF && q - lineEnd - 1 < min) notMine();
    }
    const source = this.quotedSource(open, close);
    this.tokens++;
    this.pos = close + 1;
    this.endOfLine();
    this.node = new ScalarAt(open, close + 1, source);
    return source;
  }

  /**
   * A block scalar (`|`, `>`, with `-` or `+`) from `at`: its content is the lines below,
   * indented as the first of them is, which must be at least `min`.
   */
  private parseBlockScalar(min: number): string {
    const { text, length } = this;
    const header = this.at;
    const literal = text.charCodeAt(header) === PIPE;
    let p = header + 1;
    const indicator = text.charCodeAt(p);
    const chomp = indicator === DASH ? '-' : indicator === PLUS ? '+' : '';
    if (chomp) p++;
    // An indentation indicator (`|2`), or anything else in the header, is left to the general path.
    if (p < length && text.charCodeAt(p) !== SPACE && text.charCodeAt(p) !== LF) notMine();
    this.tokens += 3;
    this.pos = p;
    this.endOfLine();
    // Empty lines before the first line of content may not be longer than its indentation.
    let lineStart = this.pos;
    let leading = 0;
    let longestEmpty = 0;
    let q = lineStart;
    for (;;) {
      while (text.charCodeAt(q) === SPACE) q++;
      if (q >= length) notMine();
      if (text.charCodeAt(q) !== LF) break;
      leading++;
      longestEmpty = Math.max(longestEmpty, q - lineStart);
      lineStart = ++q;
    }
    const indent = q - lineStart;
    if (indent < min || longestEmpty > indent) notMine();
    const lines: string[] = [];
    let contentEnd: number;
    let trailing: number;
    for (;;) {
      const lineEnd = text.indexOf('\n', q);
      // Content running into the end of the file without a line break is left to the general path.
      if (lineEnd === -1) notMine();
      lines.push(text.slice(lineStart + indent, lineEnd));
      contentEnd = lineStart = q = lineEnd + 1;
      // Empty lines, then either more content or the end of the scalar.
      trailing = 0;
      for (;;) {
        while (text.charCodeAt(q) === SPACE) q++;
        if (q >= length || text.charCodeAt(q) !== LF) break;
        // An empty line longer than the indentation holds spaces of content: not in the subset.
        if (q - lineStart > indent) notMine();
        trailing++;
        lineStart = ++q;
      }
      if (q >= length && q > lineStart) notMine();
      if (q >= length || q - lineStart < indent) break;
      for (let i = 0; i < trailing; i++) lines.push('');
    }
    const source = blockScalarValue(literal, chomp, leading, lines, trailing);
    // The empty lines after the content are read as lines of their own (for `+` too: a bound).
    this.pos = contentEnd;
    this.node = new ScalarAt(header, contentEnd, source);
    return source;
  }

  /** A one-line flow sequence of scalars from `at`: `[]`, `[US, DE]`, `["a", 'b']`. */
  private parseFlowSeq(): unknown[] {
    const { text, length } = this;
    this.enter();
    const open = this.at;
    const value: unknown[] = [];
    const seq = new SeqAt(open);
    this.tokens++;
    let p = this.skipSpaces(open + 1);
    if (text.charCodeAt(p) !== CLOSE_BRACKET) {
      for (;;) {
        const first = text.charCodeAt(p);
        if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
          const close = this.closingQuoteOnLine(p);
          if (close === -1) notMine();
          const source = this.quotedSource(p, close);
          value.push(source);
          seq.items.push(new ScalarAt(p, close + 1, source));
          this.tokens++;
          p = close + 1;
        } else {
          if (!this.canStartPlain(p)) notMine();
          // Up to a flow indicator; a `:` (a pair) or ` #` (a comment) is left to the general path.
          let end = p;
          let i = p;
          for (; i < length; i++) {
            const ch = text.charCodeAt(i);
            if (ch === LF || ch === COLON || (ch === HASH && text.charCodeAt(i - 1) === SPACE)) notMine();
            if (ch < 128 && FLOW_INDICATOR[ch] === 1) break;
            if (ch !== SPACE) end = i + 1;
          }
          const source = text.slice(p, end);
          value.push(resolvePlain(source));
          seq.items.push(new ScalarAt(p, end, source));
          this.tokens += 2;
          p = end;
        }
        p = this.skipSpaces(p);
        const ch = text.charCodeAt(p);
        if (ch === CLOSE_BRACKET) break;
        if (ch !== COMMA) notMine();
        this.tokens++;
        p = this.skipSpaces(p + 1);
        // A trailing comma (`[a, ]`) is left to the general path.
        if (text.charCodeAt(p) === CLOSE_BRACKET) notMine();
      }
    }
    this.tokens++;
    this.pos = p + 1;
    this.endOfLine();
    this.depth--;
    this.node = seq;
    return value;
  }

  /** `{}`: the one flow mapping policies write. */
  private parseEmptyFlowMap(): Record<string, unknown> {
    this.enter();
    const open = this.at;
    const close = this.skipSpaces(open + 1);
    if (this.text.charCodeAt(close) !== CLOSE_BRACE) notMine();
    this.tokens += 2;
    this.pos = close + 1;
    this.endOfLine();
    this.depth--;
    this.node = new MapAt(open);
    return {};
  }

  /** Past a run of spaces, counting it as one lexeme. */
  private skipSpaces(p: number): number {
    let q = p;
    while (this.text.charCodeAt(q) === SPACE) q++;
    if (q > p) this.tokens++;
    return q;
  }
}
