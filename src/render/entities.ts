/**
 * HTML character references, both ways. Markdown lets authors write `&amp;` or `&#x61;`; the HTML
 * back end must not let an encoded `javascript:` slip past a scheme check, and the text back end
 * must show `&`, not `&amp;`.
 */

// The named references people actually type. A name outside this list is left as written: in
// HTML it is then escaped and shows literally, which is safe and visible, never a silent loss.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  larr: '←',
  rarr: '→',
  colon: ':',
  sol: '/',
  lpar: '(',
  rpar: ')',
  num: '#',
  excl: '!',
  quest: '?',
  equals: '=',
  tab: '\t',
  NewLine: '\n',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Replaces character references with the characters they stand for, in one pass. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? (NAMED[name] as string) : whole;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec as string, 10);
    // As the HTML spec does: NUL, surrogates and out-of-range code points become U+FFFD.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const REPLACEMENT: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most text has none of the five: one scan, and the same string back.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => REPLACEMENT[c] as string) : text;
}
