/**
 * Invisible markers that carry a sentence's sources through rendering. While a policy is rendered
 * for `--explain`, each printed YAML value, law phrase and clause is wrapped in a pair of markers
 * (private-use characters); they pass through Markdown escaping and parsing untouched, are read
 * from the parsed document per sentence, and are removed before anything is written.
 *
 * A marker is `lead nonce id end`: the lead says what it does (open a span, close it, or set the
 * section's source), the nonce is a sequence the input does not contain, and the id indexes the
 * render's table of sources. Because the nonce is chosen after reading everything that can reach
 * the text (the policy and the company's clauses), no value can contain a marker: private-use
 * characters in a value stay what they are, text.
 */

const OPEN = '\uE000';
const END = '\uE001';
const CLOSE = '\uE002';
const SCOPE = '\uE003';
/** Sixteen digits for the nonce and the ids, written in hexadecimal. */
const DIGIT_BASE = 0xe010;
/** Digits in a nonce, at least: 16^4 nonces, more than a real policy comes near ruling out. */
const NONCE_LENGTH = 4;

export type MarkerKind = 'open' | 'close' | 'scope';

const LEADS: Readonly<Record<MarkerKind, string>> = { open: OPEN, close: CLOSE, scope: SCOPE };

export interface MarkerEvent {
  kind: MarkerKind;
  id: number;
}

export interface Markers {
  /** `text` between an open and a close marker for `id`; empty text stays empty. */
  wrap(text: string, id: number): string;
  /** A single marker. */
  marker(kind: MarkerKind, id: number): string;
  /** The text without this render's markers; anything else (a value's own private-use characters) stays. */
  strip(text: string): string;
  /** Whether the text holds any of this render's markers. */
  has(text: string): boolean;
  /** The text split into its runs of visible text and markers, in order. */
  scan(text: string): Array<string | MarkerEvent>;
  /** Where the visible text starts: the length of any markers before it. */
  leading(text: string): number;
  /** Where the visible text ends: the start of any markers after it. */
  trailing(text: string): number;
  /**
   * The text with each run of markers that touches an emphasis delimiter (`**`, `_`, `~`) on its
   * outer side moved to its inner side. Markdown decides whether a delimiter opens or closes from
   * the characters beside it: a marker there would stand in for the blank or the punctuation the
   * published text has ("**Legal requirements.**" followed by a closing marker no longer closes).
   * Moving markers across markup leaves the visible text as it is.
   */
  offDelimiters(text: string): string;
}

function digits(value: number, width = 0): string {
  let out = '';
  do {
    out = String.fromCharCode(DIGIT_BASE + (value % 16)) + out;
    value = Math.floor(value / 16);
  } while (value > 0 || out.length < width);
  return out;
}

function number(text: string): number {
  let value = 0;
  for (const char of text) value = value * 16 + (char.charCodeAt(0) - DIGIT_BASE);
  return value;
}

/**
 * The smallest nonce that follows no marker lead anywhere in `inputs`. One pass over the input
 * collects the nonces it rules out, so a hostile file full of near-markers costs linear time.
 */
export function chooseNonce(inputs: readonly string[]): string {
  const leads = inputs.filter((input) => /[\uE000\uE002\uE003]/.test(input));
  // An input that rules out every nonce of a length (megabytes of nothing but markers) gets a
  // longer one; a length the input cannot fill always comes.
  for (let length = NONCE_LENGTH; ; length++) {
    const taken = new Uint8Array(16 ** length);
    for (const input of leads) markTaken(input, length, taken);
    const free = taken.indexOf(0);
    if (free !== -1) return digits(free, length);
  }
}

/** Marks in `taken` each nonce of `length` digits that follows a marker lead in `input`. */
function markTaken(input: string, length: number, taken: Uint8Array): void {
  for (let i = 0; i + length < input.length; i++) {
    const lead = input.charCodeAt(i);
    if (lead !== 0xe000 && lead !== 0xe002 && lead !== 0xe003) continue;
    let nonce = 0;
    let k = 1;
    for (; k <= length; k++) {
      const digit = input.charCodeAt(i + k) - DIGIT_BASE;
      if (digit < 0 || digit > 15) break;
      nonce = nonce * 16 + digit;
    }
    if (k > length) taken[nonce] = 1;
  }
}

export function createMarkers(nonce: string): Markers {
  const pattern = new RegExp(`([\\uE000\\uE002\\uE003])${nonce}([\\uE010-\\uE01F]+)\\uE001`, 'g');
  const anchoredStart = new RegExp(`^(?:[\\uE000\\uE002\\uE003]${nonce}[\\uE010-\\uE01F]+\\uE001)+`);
  const anchoredEnd = new RegExp(`(?:[\\uE000\\uE002\\uE003]${nonce}[\\uE010-\\uE01F]+\\uE001)+$`);
  const marker = (kind: MarkerKind, id: number): string => `${LEADS[kind]}${nonce}${digits(id)}${END}`;
  const run = `(?:[\\uE000\\uE002\\uE003]${nonce}[\\uE010-\\uE01F]+\\uE001)+`;
  // A closing delimiter (after visible text), then markers, then a blank, punctuation or the end.
  const afterCloser = new RegExp(`(?<=[^\\s\\\\\\uE001*_~])([*_~]+)(${run})(?=[\\s\\p{P}\\p{S}]|$)`, 'gu');
  // A blank, punctuation or the start, then markers, then an opening delimiter (before visible text).
  const beforeOpener = new RegExp(`(?<=^|[\\s\\p{P}\\p{S}])(${run})([*_~]+)(?=[^\\s\\uE000\\uE002\\uE003*_~])`, 'gmu');
  return {
    marker,
    wrap: (text, id) => (text === '' ? text : `${marker('open', id)}${text}${marker('close', id)}`),
    strip: (text) => (text.includes(nonce) ? text.replace(pattern, '') : text),
    has: (text) => text.includes(nonce) && new RegExp(pattern.source).test(text),
    scan(text) {
      const out: Array<string | MarkerEvent> = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        if (match.index > last) out.push(text.slice(last, match.index));
        const lead = match[1] as string;
        out.push({ kind: lead === OPEN ? 'open' : lead === CLOSE ? 'close' : 'scope', id: number(match[2] as string) });
        last = match.index + match[0].length;
      }
      if (last < text.length) out.push(text.slice(last));
      return out;
    },
    offDelimiters: (text) => (text.includes(nonce) ? text.replace(afterCloser, '$2$1').replace(beforeOpener, '$2$1') : text),
    leading: (text) => anchoredStart.exec(text)?.[0].length ?? 0,
    trailing: (text) => {
      const match = anchoredEnd.exec(text);
      return match === null ? text.length : match.index;
    },
  };
}
