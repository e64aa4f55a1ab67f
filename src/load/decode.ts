/**
 * Bytes to text. policyc reads UTF-8 only: other encodings are refused with a message that says
 * what the file is and how to fix it, rather than parsed into mojibake.
 */
export type Decoded = { text: string } | { problem: string; hint: string; line: number; column: number };

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (without a byte order mark, or with one).';

export function decodeSource(source: string | Uint8Array): Decoded {
  if (typeof source === 'string') return { text: lineBreaks(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source) };
  const encoding = sniffUnicodeEncoding(source);
  if (encoding) return { problem: `The file is encoded as ${encoding}, not UTF-8.`, hint: SAVE_AS_UTF8, line: 0, column: 0 };
  try {
    // `fatal` rejects invalid sequences instead of replacing them; the BOM is stripped.
    return { text: lineBreaks(new TextDecoder('utf-8', { fatal: true }).decode(source)) };
  } catch {
    const offset = firstInvalidUtf8(source);
    return {
      problem: `The file is not valid UTF-8 (byte 0x${hex(source[offset] ?? 0)}).`,
      hint: `It may be saved as Latin-1 or Windows-1252. ${SAVE_AS_UTF8}`,
      ...bytePosition(source, offset),
    };
  }
}

/**
 * A carriage return alone is a line break in YAML 1.2 (files saved by classic Mac OS editors), but
 * the yaml library reads a file of them as one line. Each becomes a line feed: one character for
 * one, so every position stays where it was.
 */
function lineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** UTF-16 and UTF-32, by byte order mark or by the NUL bytes their ASCII text is full of. */
function sniffUnicodeEncoding(b: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian)';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'UTF-32 (little-endian)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian)';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16 (little-endian)';
  if (b.length >= 4) {
    if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return 'UTF-32 (big-endian)';
    if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'UTF-32 (little-endian)';
  }
  if (b.length >= 2) {
    if (b0 === 0 && b1 !== 0) return 'UTF-16 (big-endian)';
    if (b0 !== 0 && b1 === 0) return 'UTF-16 (little-endian)';
  }
  return undefined;
}

/** Offset of the first byte at which the bytes stop being well-formed UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  // Bisect on the longest prefix that decodes. Streaming mode tolerates a prefix that ends inside
  // a multi-byte sequence, so "decodes" is monotonic in the prefix length.
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The valid prefix may end inside a multi-byte sequence that the next byte breaks: the culprit
  // is that sequence's lead byte.
  for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
    const byte = b[i] as number;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return lo - i < sequenceLength(byte) ? i : lo;
  }
  return lo;
}

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/** 1-based line and column (in characters, as editors count them) of a byte offset. */
function bytePosition(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: new TextDecoder().decode(b.subarray(lineStart, offset)).length + 1 };
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
