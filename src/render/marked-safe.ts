import { slug } from 'github-slugger';
import { Marked, type MarkedToken, type Token, type Tokens } from 'marked';
import { decodeEntities, escapeHtml } from './entities.js';
import { inlineText } from './inline-text.js';
import { MAX_NESTING, nesting } from './markdown-limits.js';
import { isNotStatedCell } from './not-stated.js';
import { displayUrl, safeUrl } from './safe-url.js';

/**
 * The one configured marked instance. The Markdown it reads is untrusted (companies add their own
 * sections), so its renderer is an allow-list: raw HTML is shown as text, links survive only as
 * http(s) or mailto, images become links (a policy page loads nothing), text is always escaped.
 */

export interface Heading {
  depth: number;
  /** The heading's words, without markup. */
  text: string;
  /** Its anchor: github-slugger's slug, unique in the document. */
  id: string;
}

export interface SafeDocument {
  tokens: Token[];
  /** The document's own headings (not those nested in lists or quotes), in order. */
  headings: Heading[];
}

// Per-document facts the renderer needs but tokens do not carry. Keyed by token object, so
// documents never share them and nothing has to be reset.
const headingIds = new WeakMap<Token, string>();
const tableLabels = new WeakMap<Token, string>();
/** Links to a heading of the same document (`#what-we-collect`), by the id they point to. */
const internalLinks = new WeakMap<Token, string>();

const marked = new Marked({ gfm: true, breaks: false, pedantic: false, async: false });

marked.use({
  renderer: {
    html(token) {
      const text = escapeHtml(token.text);
      return token.block ? `<p>${text.trim()}</p>\n` : text;
    },
    text(token) {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      // Ignore marked's `escaped` flag: text after an inline `<script>` tag arrives unescaped.
      return keepJoinedRuns(token.type === 'text' ? decodeEntities(token.raw) : token.text);
    },
    codespan(token) {
      return `<code>${escapeHtml(token.text)}</code>`;
    },
    code(token) {
      const text = token.text.endsWith('\n') ? token.text : `${token.text}\n`;
      return `<pre><code>${escapeHtml(text)}</code></pre>\n`;
    },
    heading(token) {
      const id = headingIds.get(token);
      const content = this.parser.parseInline(token.tokens);
      if (id === undefined) return `<h${token.depth}>${content}</h${token.depth}>\n`;
      // A section heading links to itself, so a reader can copy the address of the part they mean;
      // not a heading that holds a link already (no link inside a link), nor the title.
      const selfLink = token.depth > 1 && !/<a[\s>]/.test(content);
      return `<h${token.depth} id="${escapeHtml(id)}">${selfLink ? `<a class="self-link" href="#${escapeHtml(id)}">${content}</a>` : content}</h${token.depth}>\n`;
    },
    link(token) {
      // An image inside a link would become a link inside a link: keep only its words.
      const content = token.tokens.map((t) => (t.type === 'image' ? escapeHtml(inlineText([t], { urls: false })) : this.parser.parseInline([t]))).join('');
      const target = internalLinks.get(token);
      if (target !== undefined) return `<a href="#${escapeHtml(target)}">${content}</a>`;
      const url = safeUrl(token.href);
      if (url === null) return content;
      return anchor(url, content, inlineText(token.tokens, { urls: false }), token.title);
    },
    image(token) {
      const alt = inlineText(token.tokens, { urls: false });
      const url = safeUrl(token.href);
      if (url === null) return escapeHtml(alt);
      return anchor(url, escapeHtml(alt === '' ? displayUrl(url) : alt), alt, token.title);
    },
    checkbox(token) {
      return token.checked ? '[x] ' : '[ ] ';
    },
    table(token) {
      return renderTable(token, (tokens) => this.parser.parseInline(tokens));
    },
  },
});

/** Markdown policyc will not render: nested so deeply that marked would exhaust the stack. */
export class MarkdownTooDeepError extends Error {
  override name = 'MarkdownTooDeepError';
}

export { MAX_NESTING };

function tooDeep(): MarkdownTooDeepError {
  return new MarkdownTooDeepError(`The Markdown nests quotes, lists or emphasis more than ${MAX_NESTING} levels deep; policyc does not render it.`);
}

/**
 * Reads Markdown into tokens and gives every heading its anchor; `reservedIds` are never used.
 * Throws MarkdownTooDeepError for absurdly nested input rather than crashing on it.
 */
export function parseMarkdown(markdown: string, reservedIds: readonly string[] = []): SafeDocument {
  if (nesting(markdown) > MAX_NESTING) throw tooDeep();
  let tokens: Token[];
  try {
    tokens = marked.lexer(markdown);
  } catch (error) {
    throw error instanceof RangeError ? tooDeep() : error;
  }
  const anchors = new Anchors();
  for (const id of reservedIds) anchors.take(slug(id));
  const headings: Heading[] = [];
  const ids = new Set<string>();
  let lastHeadingId: string | undefined;
  // Headings and tables are blocks: they occur only in the document, quotes and list items, so
  // only those are walked, in document order.
  const walk = (blocks: readonly Token[], topLevel: boolean): void => {
    for (const token of blocks) {
      const block = token as MarkedToken;
      switch (block.type) {
        case 'heading': {
          const text = inlineText(block.tokens, { urls: false }).replace(/\s+/g, ' ').trim();
          // A heading with no sluggable words (emoji, punctuation) still needs an anchor.
          const base = slug(text);
          const id = anchors.take(base === '' ? 'section' : base);
          headingIds.set(token, id);
          ids.add(id);
          lastHeadingId = id;
          if (topLevel) headings.push({ depth: block.depth, text, id });
          break;
        }
        case 'table':
          if (lastHeadingId !== undefined) tableLabels.set(token, lastHeadingId);
          break;
        case 'blockquote':
          walk(block.tokens, false);
          break;
        case 'list':
          for (const item of block.items) walk(item.tokens, false);
          break;
        default:
          break;
      }
    }
  };
  walk(tokens, true);
  // A fragment link is kept only if it points at a heading of this document (the key points
  // link to their sections); any other stays its text, as every unsafe link does.
  if (ids.size > 0 && markdown.includes('](#')) {
    marked.walkTokens(tokens, (token) => {
      if (token.type !== 'link') return;
      const target = (token as Tokens.Link).href.startsWith('#') ? (token as Tokens.Link).href.slice(1) : undefined;
      if (target !== undefined && ids.has(target)) internalLinks.set(token, target);
    });
  }
  return { tokens, headings };
}

/**
 * Unique anchors as GithubSlugger makes them (a repeated slug gets `-1`, `-2`, …), from slugs
 * already computed: each heading's text is slugged once.
 */
class Anchors {
  private readonly taken = new Map<string, number>();

  take(slug: string): string {
    let id = slug;
    while (this.taken.has(id)) {
      const count = (this.taken.get(slug) as number) + 1;
      this.taken.set(slug, count);
      id = `${slug}-${count}`;
    }
    this.taken.set(id, 0);
    return id;
  }
}

/**
 * Reads a company's own Markdown into marked's tokens, with nothing attached (no anchors): for
 * re-writing it (sanitise-markdown.ts). Throws MarkdownTooDeepError like parseMarkdown.
 */
export function lexMarkdown(markdown: string): Token[] {
  if (nesting(markdown) > MAX_NESTING) throw tooDeep();
  try {
    return marked.lexer(markdown);
  } catch (error) {
    throw error instanceof RangeError ? tooDeep() : error;
  }
}

/** The word of a cell whose value is not stated, while renderHtml runs: the page's language's (marked's renderer takes no arguments). */
let notStatedLabel = 'not stated';

/**
 * Renders tokens from `parseMarkdown` (or any part of them) to HTML; a table cell that says its
 * value is `notStated` (not-stated.ts) shows it muted.
 */
export function renderHtml(tokens: Token[], notStated = 'not stated'): string {
  notStatedLabel = notStated;
  try {
    return marked.parser(tokens);
  } finally {
    notStatedLabel = 'not stated';
  }
}

/** Markdown to an HTML fragment, with the same guarantees as the page. */
export function markdownToFragment(markdown: string): string {
  return renderHtml(parseMarkdown(markdown).tokens);
}

function anchor(url: string, content: string, text: string, title: string | null | undefined): string {
  // Links that already show their address need no "(url)" after them in print.
  const bare = text === url || text === displayUrl(url) ? ' class="bare"' : '';
  const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
  return `<a href="${escapeHtml(url)}"${bare}${titleAttribute}>${content}</a>`;
}

/**
 * Text escaped, with each word run that contains a no-break space (a citation: "Art. 6(1)(a)
 * GDPR", "(§ 1798.125)") on one line: the no-break spaces alone would still let a browser break
 * between ")(".
 */
function keepJoinedRuns(text: string): string {
  return text
    .split(/([^ \t\n]*\u00a0[^ \t\n]*)/)
    .map((part, index) => (index % 2 === 1 ? `<span class="nowrap">${escapeHtml(part)}</span>` : escapeHtml(part)))
    .join('');
}

function renderTable(token: Tokens.Table, inline: (tokens: Token[]) => string): string {
  const cell = (c: Tokens.TableCell, tag: 'th' | 'td', scope: 'col' | 'row' | null, index: number): string => {
    const content = inline(c.tokens);
    const empty = content.trim() === '';
    // An empty header cell is not a header; it would announce nothing.
    const element = empty ? 'td' : tag;
    const scopeAttribute = element === 'th' && scope !== null ? ` scope="${scope}"` : '';
    const align = c.align === null || c.align === 'left' ? '' : ` class="align-${c.align}"`;
    // The Markdown writer filled every empty data cell with the word (not-stated.ts): it shows
    // muted, apart from the values the file states, in every table alike.
    const shown = tag === 'td' && isNotStatedCell(c.tokens, notStatedLabel) ? `<span class="not-stated">${escapeHtml(notStatedLabel)}</span>` : content;
    // On a phone each row is a card, and a cell shows its column's name above it (page-style.ts).
    const label = tag === 'td' && columns[index] ? ` data-label="${escapeHtml(columns[index])}"` : '';
    return `<${element}${scopeAttribute}${align}${label}>${shown}</${element}>`;
  };
  const columns = token.header.map((c) => inlineText(c.tokens, { urls: false }).trim());
  const head = token.header.map((c, i) => cell(c, 'th', 'col', i)).join('');
  // The first column names the row (the subprocessor, the kind of data): a row header.
  const body = token.rows.map((row) => `<tr>${row.map((c, i) => (i === 0 ? cell(c, 'th', 'row', i) : cell(c, 'td', null, i))).join('')}</tr>\n`).join('');
  const labelledBy = tableLabels.get(token);
  const label = labelledBy === undefined ? 'aria-label="Table"' : `aria-labelledby="${escapeHtml(labelledBy)}"`;
  // Focusable and named, so keyboard users can scroll a wide table on a narrow screen.
  return (
    `<div class="table-scroll" role="region" ${label} tabindex="0">\n<table>\n` +
    `<thead>\n<tr>${head}</tr>\n</thead>\n` +
    (body === '' ? '' : `<tbody>\n${body}</tbody>\n`) +
    `</table>\n</div>\n`
  );
}
