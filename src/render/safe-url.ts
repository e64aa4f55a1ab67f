import { decodeEntities } from './entities.js';

// Controls, spaces and invisible format characters (zero-width, bidi overrides): a browser drops
// some of them while parsing a URL (`java\tscript:`), and a reader cannot see the others.
const INVISIBLE_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}]/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The URL a link may point to, or null. Only absolute `http://` and `https://` URLs without
 * credentials, and `mailto:` URLs of an address alone (no headers), pass; everything else (`javascript:`, `data:`, relative and protocol-relative paths, fragments)
 * is refused. Character references are decoded first, as the browser would, so `jav&#x61;script:`
 * is seen for what it is. The result is the decoded URL, still to be escaped for an attribute.
 */
export function safeUrl(destination: string): string | null {
  const url = decodeEntities(destination).trim();
  if (INVISIBLE_OR_SPACE.test(url) || LONE_SURROGATE.test(url)) return null;
  const lower = url.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) {
    const parsed = URL.parse(url);
    // No credentials (`https://user:pw@host`): a policy never logs anyone in, and the part
    // before the @ can pass for the host to a reader.
    return parsed !== null &&
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
      ? url
      : null;
  }
  // A mailto link is an address and nothing else: a query would add headers (Bcc, body) to the
  // mail a reader sends, and percent-escapes could hide one.
  if (lower.startsWith('mailto:') && /^[^\s?&%@]+@[^\s?&%@]+$/.test(url.slice('mailto:'.length))) {
    return URL.parse(url)?.protocol === 'mailto:' ? url : null;
  }
  return null;
}

/** How a URL reads in running text: a mailto link as its bare address. */
export function displayUrl(url: string): string {
  return url.toLowerCase().startsWith('mailto:') ? url.slice('mailto:'.length) : url;
}
