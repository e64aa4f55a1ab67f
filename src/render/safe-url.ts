import { decodeEntities } from './entities.js';

// Controls, spaces and invisible format characters (zero-width, bidi overrides): a browser drops
// some of them while parsing a URL (`java\tscript:`), and a reader cannot see the others.
const INVISIBLE_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}]/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The URL a link may point to, or null. Only absolute `http://`, `https://` and `mailto:` URLs
 * pass; everything else (`javascript:`, `data:`, relative and protocol-relative paths, fragments)
 * is refused. Character references are decoded first, as the browser would, so `jav&#x61;script:`
 * is seen for what it is. The result is the decoded URL, still to be escaped for an attribute.
 */
export function safeUrl(destination: string): string | null {
  const url = decodeEntities(destination).trim();
  if (INVISIBLE_OR_SPACE.test(url) || LONE_SURROGATE.test(url)) return null;
  const lower = url.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) {
    const parsed = URL.parse(url);
    return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== ''
      ? url
      : null;
  }
  if (lower.startsWith('mailto:') && url.length > 'mailto:'.length) {
    return URL.parse(url)?.protocol === 'mailto:' ? url : null;
  }
  return null;
}

/**
 * How a URL reads in running text: a mailto link as its bare address (a subject or body in the
 * query is for the mail program, not the reader).
 */
export function displayUrl(url: string): string {
  if (!url.toLowerCase().startsWith('mailto:')) return url;
  const address = url.slice('mailto:'.length);
  const query = address.indexOf('?');
  return query === -1 ? address : address.slice(0, query);
}
