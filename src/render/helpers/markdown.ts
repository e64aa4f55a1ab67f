/**
 * Markdown safety. Data from privacy.yaml is text: `escapeMarkdown` makes it literal wherever a
 * clause puts it (a sentence, a list item, a table cell). User-written Markdown (custom sections,
 * override clauses) is re-written from its tokens by sanitise-markdown.ts, which escapes its text
 * here. Links from data are built here too, so every link has one shape.
 */

/** The characters that can mean something in Markdown inside a line of text. */
const SPECIAL = /[\\`*[\]|~<_&]/;
const SPECIALS = /[\\`*[\]|~<_&]/g;
const ENTITY = /^&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/**
 * Something to collapse or escape: a special character, a blank other than a single space between
 * words. (Faster to search for than to match plain words: values are mostly slices of the YAML
 * source or concatenations, in two bytes a character.)
 */
const NOT_PLAIN = /[\\`*[\]|~<_&]|[^\S ]|  |^ | $/;
/** The first characters of the block markers `escapeLineStart` escapes. */
const MAY_START_BLOCK = /^[\d#>=+-]/;
/** A URL scheme; GFM autolinks `ftp://` as well as http(s). */
const SCHEME = /\b([a-z][a-z0-9+.-]*):\/\//gi;

/**
 * Escape a value so it renders as the same characters in Markdown, HTML and text. Whitespace runs
 * (newlines included) become one space, so a value can never start a block of its own: no
 * heading, list, quote, table row or code block. Escapes stay minimal so ordinary prose reads as
 * typed: "Stripe, Inc." stays as it is, "snake_case" keeps its underscore.
 */
export function escapeMarkdown(value: string, place: 'text' | 'link text' = 'text'): string {
  // Most values are plain words, which come out as they are, in one scan.
  if (!NOT_PLAIN.test(value) && !value.includes('://')) return MAY_START_BLOCK.test(value) ? escapeLineStart(value) : value;
  // No-break spaces stay: French puts one before ; : ! ? and inside « », and citations hold
  // together with them; only breaking blanks collapse.
  const text = value.replace(/[^\S\u00A0\u202F]+/g, ' ').trim();
  // Only the characters below need a second look.
  let out = SPECIAL.test(text)
    ? text.replace(SPECIALS, (ch: string, index: number) => {
        if (ch === '<') return lessThan(text, index);
        // Inside a word an underscore never starts emphasis.
        if (ch === '_') return isWordChar(text[index - 1]) && isWordChar(text[index + 1]) ? ch : '\\_';
        if (ch === '&') return ENTITY.test(text.slice(index)) ? (inAutolink(text, index) ? '&amp;' : '\\&') : ch;
        return `\\${ch}`;
      })
    : text;
  // Only autolinks to http(s) and mailto are wanted; GFM would also link `ftp://`.
  if (out.includes('://')) out = out.replace(SCHEME, (m, scheme: string) => (/^https?$/i.test(scheme) ? m : `${scheme}\\://`));
  // Inside the text of a link GFM links nothing more, so only running text needs this.
  if (place === 'text' && /:\/\/|www\./i.test(out))
    out = out.replace(BARE_URL_START, (m: string, at: number, all: string) => (keepsEscapes(all, at + m.length) ? m.replace(/:|\.$/, '\\$&') : m));
  return escapeLineStart(out);
}

/** The start of a bare URL GFM would link, wherever it stands (disarming one too many is harmless). */
const BARE_URL_START = /https?:\/\/|www\./gi;

/**
 * Whether the bare URL whose rest starts at `from` holds a backslash escape. GFM's autolink runs
 * to the next space or `<` and keeps backslashes, which would show and break the link; such a URL
 * is written so GFM does not link it (`http\://`, `www\.`) and reads as typed.
 */
function keepsEscapes(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') return true;
    if (ch === '<' || ch === ' ') return false;
  }
  return false;
}

/**
 * `<` as text. Usually `\<`, but straight after a bare URL or email GFM would swallow the
 * backslash into the autolink, and an entity ends an autolink where a backslash does not. The
 * same goes for the `&` of text that looks like an entity (`&amp;`).
 */
function lessThan(text: string, index: number): string {
  return inAutolink(text, index) ? '&lt;' : '\\<';
}

/** Whether the character at `index` ends a word GFM turns into a link, which keeps backslashes. */
function inAutolink(text: string, index: number): boolean {
  const word = /\S*$/.exec(text.slice(0, index))?.[0] ?? '';
  return /:\/\/|^www\.|@/i.test(word);
}

/**
 * A value at the start of a line must not read as a block marker: `# `, `- `, `1. `, `> `, a
 * `===` or `---` underline. Only real markers are escaped: "+44 20 7946 0000", "#hashtag" and
 * "1.5 million" stay as typed.
 */
function escapeLineStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  return /^(?:[-+*](?=\s|$)|#{1,6}(?=\s|$)|>|[=-]+\s*$)/.test(text) ? `\\${text}` : text;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Percent-encode the characters that would end or confuse a Markdown link destination or a GFM
 * table cell. The URL itself is already restricted to http(s) by the schema. `_`, `*` and `'`
 * mean nothing in a destination (marked and markdown-it agree) and stay as the file wrote them:
 * "privacy_policy" must not print as "privacy%5Fpolicy" (the Let's Encrypt review).
 */
function encodeDestination(url: string): string {
  return url.replace(/[\s()<>|\\`"[\]]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link to an http(s) URL from the data; anything else comes out as plain, escaped text. */
export function markdownLink(url: string, text?: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeMarkdown(text ?? url);
  return `[${inLinkBrackets(escapeMarkdown(text ?? url, 'link text'))}](${encodeDestination(url)})`;
}

/** A mailto link to an email address from the data. */
export function markdownMailto(email: string, text?: string): string {
  // No '?', '&' or '%': they would give the link mail headers (the schema refuses them too).
  if (!/^[^\s@?&%]+@[^\s@?&%]+$/.test(email)) return escapeMarkdown(text ?? email);
  return `[${inLinkBrackets(escapeMarkdown(text ?? email, 'link text'))}](mailto:${encodeDestination(email)})`;
}

/**
 * Escaped Markdown made fit to stand between a link's brackets: its escaped brackets become
 * entities, since marked reads `!\[x\](…)` inside a link's text as an image despite the escapes,
 * and an entity is text in every CommonMark renderer.
 */
export function inLinkBrackets(escaped: string): string {
  return escaped.replace(/\\([\s\S])/g, (escape: string, ch: string) => (ch === '[' ? '&#91;' : ch === ']' ? '&#93;' : escape));
}
