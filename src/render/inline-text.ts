import type { MarkedToken, Token } from 'marked';
import { decodeEntities } from './entities.js';
import { displayUrl, safeUrl } from './safe-url.js';

export interface InlineTextOptions {
  /** Write a link as `text (url)` when the text is not already the URL. */
  urls: boolean;
}

/**
 * The words a run of inline Markdown tokens stands for, with no markup left: escapes resolved,
 * character references decoded, emphasis dropped, raw HTML shown as typed (as the HTML page shows
 * it). Hard line breaks come out as `\n`; soft ones as spaces.
 */
export function inlineText(tokens: readonly Token[], options: InlineTextOptions): string {
  let out = '';
  for (const token of tokens) out += tokenText(token, options);
  return out;
}

function tokenText(generic: Token, options: InlineTextOptions): string {
  const token = generic as MarkedToken;
  switch (token.type) {
    case 'text':
      // `raw`, not `text`: marked pre-decodes numeric references in `text` but not named ones,
      // so decoding `text` again would turn `&#38;amp;` into `&`.
      return token.tokens ? inlineText(token.tokens, options) : softBreaks(decodeEntities(token.raw));
    case 'escape':
      return token.text;
    case 'codespan':
      return token.text;
    case 'html':
      return softBreaks(token.text);
    case 'br':
      return '\n';
    case 'link':
      return linkText(inlineText(token.tokens, options), token.href, options);
    case 'image':
      return linkText(inlineText(token.tokens, options), token.href, options);
    case 'checkbox':
      return token.checked ? '[x] ' : '[ ] ';
    default:
      return 'tokens' in token ? inlineText(token.tokens, options) : '';
  }
}

function linkText(text: string, href: string, options: InlineTextOptions): string {
  const url = options.urls ? safeUrl(href) : null;
  if (url === null) return text;
  const shown = displayUrl(url);
  if (text === '') return shown;
  // GFM links a bare `www.example.com` to `http://www.example.com`: the text is the URL already.
  return text === shown || text === url || url === `http://${text}` ? text : `${text} (${shown})`;
}

/**
 * Each line break, with the spaces and tabs around it, becomes one space. Trimmed by hand: a
 * regular expression for blanks around a break takes time quadratic in a long run of blanks.
 */
function softBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split(/\r?\n/);
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      let start = 0;
      let end = line.length;
      if (i > 0) while (start < end && isBlank(line[start])) start++;
      if (i < last) while (end > start && isBlank(line[end - 1])) end--;
      return line.slice(start, end);
    })
    .join(' ');
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}
