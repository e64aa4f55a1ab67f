import type { MarkedToken, Token, Tokens } from 'marked';
import { decodeEntities } from './entities.js';
import { escapeMarkdown, inLinkBrackets } from './helpers/markdown.js';
import { lexMarkdown } from './marked-safe.js';
import { fillCell, isBlankCell } from './not-stated.js';
import { safeUrl } from './safe-url.js';

/**
 * A company's own Markdown (a section body), re-written from what a parser read, not patched
 * line by line. It is read once with marked (the parser the page uses), and written back in the
 * plainest form of each construct: every piece of text escaped (escapeMarkdown), code spans and
 * blocks fenced longer than any run inside them, links only to http(s) and mailto addresses that
 * pass safeUrl (written out in full, no reference definitions), images as links, raw HTML as
 * text, and headings at `minHeading` or deeper in ATX form only. What comes out has one reading in
 * any CommonMark renderer, so the `.md` is as inert on another site as the page is here: no
 * backtick run, line break, definition or unclosed fence can make a second parser see markup
 * the first did not.
 */
export function sanitiseMarkdown(markdown: string, minHeading = 1, notStated?: string): string {
  return blocks(lexMarkdown(markdown.replace(/\r\n?/g, '\n')), { minHeading, notStated }).join('\n\n');
}

interface Options {
  /** Headings are written at this level or deeper. */
  minHeading: number;
  /** What an empty data cell says (not-stated.ts); left empty without it. */
  notStated: string | undefined;
}

function blocks(tokens: readonly Token[], options: Options): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const text = block(token as MarkedToken, options);
    if (text !== '') out.push(text);
  }
  return out;
}

function block(token: MarkedToken, options: Options): string {
  switch (token.type) {
    case 'space':
    case 'def':
      return '';
    case 'heading': {
      const text = oneLine(inline(token.tokens));
      return text === '' ? '' : `${'#'.repeat(Math.max(token.depth, options.minHeading))} ${text}`;
    }
    case 'paragraph':
      return inline(token.tokens);
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : escapeText(decodeEntities(token.raw)).trim();
    case 'code':
      return codeBlock(token.text);
    case 'blockquote':
      return prefixLines(blocks(token.tokens, options).join('\n\n'), '> ', '> ');
    case 'list':
      return list(token, options);
    case 'table':
      return table(token, options.notStated);
    case 'hr':
      return '***';
    case 'html':
      return escapeText(token.text).trim();
    default:
      return escapeText(token.raw).trim();
  }
}

function list(token: Tokens.List, options: Options): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${start + index}. ` : '- ';
      const check = item.task ? (item.checked ? '\\[x\\] ' : '\\[ \\] ') : '';
      const content = blocks(
        item.tokens.filter((t) => t.type !== 'checkbox'),
        options,
      ).join(item.loose ? '\n\n' : '\n');
      // Continuation lines sit under the item's content, so nothing in them starts a new block.
      return prefixLines(`${check}${content}` || '\\', marker, ' '.repeat(marker.length));
    })
    .join(token.loose ? '\n\n' : '\n');
}

function table(token: Tokens.Table, notStated: string | undefined): string {
  const cell = (c: Tokens.TableCell, data: boolean): string => {
    const text = oneLine(inline(c.tokens));
    return data && notStated !== undefined && isBlankCell(text) ? fillCell(text, notStated) : text || ' ';
  };
  // A data cell is a body cell after the first, which names the row (not-stated.ts).
  const row = (cells: readonly Tokens.TableCell[], body: boolean): string => `| ${cells.map((c, i) => cell(c, body && i > 0)).join(' | ')} |`;
  const align = token.align.map((a) => (a === 'center' ? ':---:' : a === 'right' ? '---:' : a === 'left' ? ':---' : '---'));
  return [row(token.header, false), `| ${align.join(' | ')} |`, ...token.rows.map((r) => row(r, true))].join('\n');
}

function inline(tokens: readonly Token[]): string {
  let out = '';
  // Runs of plain text (text, escapes, raw HTML) are escaped as one: escapeMarkdown looks at the
  // words around a '<' (after a bare URL it must be an entity), which pieces apart cannot show.
  let plain = '';
  const flush = (): void => {
    out += escapeText(plain);
    plain = '';
  };
  for (const token of tokens as readonly MarkedToken[]) {
    switch (token.type) {
      case 'text':
        if ('tokens' in token && token.tokens) {
          flush();
          out += inline(token.tokens);
        } else {
          plain += decodeEntities(token.raw);
        }
        break;
      case 'escape':
        plain += token.text;
        break;
      case 'strong':
        flush();
        out += wrap('**', inline(token.tokens));
        break;
      case 'em':
        flush();
        out += wrap('*', inline(token.tokens));
        break;
      case 'del':
        flush();
        out += wrap('~~', inline(token.tokens));
        break;
      case 'codespan':
        flush();
        out += codeSpan(token.text);
        break;
      case 'br':
        flush();
        out += '\\\n';
        break;
      case 'link':
        flush();
        out = notImage(out) + link(inline(token.tokens), token.href);
        break;
      case 'image':
        flush();
        out = notImage(out) + link(escapeMarkdown(token.text, 'link text'), token.href);
        break;
      default:
        // Raw HTML, and anything marked may add later, is text.
        plain += token.raw;
    }
  }
  flush();
  return out;
}

/**
 * A piece of running text, escaped, keeping a space at either edge (escapeMarkdown trims, and the
 * words around emphasis need theirs).
 */
function escapeText(text: string): string {
  // Every '<' as an entity, never `\<`: a bare URL before it (which GFM links, backslash and
  // all) cannot then leave the '<' to open a tag.
  const escaped = escapeMarkdown(text).replaceAll('\\<', '&lt;');
  if (escaped === '') return /\s/.test(text) ? ' ' : '';
  return `${/^\s/.test(text) ? ' ' : ''}${escaped}${/\s$/.test(text) ? ' ' : ''}`;
}

/** Text before a link, with a final '!' escaped: `!` and `[…](…)` together would be an image. */
function notImage(text: string): string {
  const backslashes = /\\*!$/.exec(text)?.[0].length ?? 0;
  // An even number of backslashes before the '!' leaves it unescaped.
  return backslashes > 0 && backslashes % 2 === 1 ? `${text.slice(0, -1)}\\!` : text;
}

/** A link only to a safe address; otherwise its words alone. */
function link(text: string, href: string): string {
  const url = safeUrl(href);
  const shown = text === '' ? escapeMarkdown(url ?? '', 'link text') : text;
  if (url === null) return shown;
  return `[${inLinkBrackets(shown)}](${encodeDestination(url)})`;
}

/** Every character that could end, nest or bend a link destination, percent-encoded. */
function encodeDestination(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g, (ch) =>
    encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  );
}

/** Emphasis only around words: empty content or content with spaces at its edges stays plain. */
function wrap(marker: string, content: string): string {
  return content.trim() === '' || content !== content.trim() ? content : `${marker}${content}${marker}`;
}

/** A code span fenced with one backtick more than the longest run inside, padded if needed. */
function codeSpan(text: string): string {
  const flat = text.replace(/\n/g, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return flat === '' ? '' : `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence no line inside can close. */
function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Text kept on one line: a heading or a table cell cannot continue on the next. */
function oneLine(text: string): string {
  return text
    .replace(/\\\n/g, ' ')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' && rest.trim() === '' ? '' : rest) + line)
    .join('\n');
}
