/**
 * Characters no value may hold: C0 controls but tab and line feed (which text may contain), DEL,
 * C1 controls, and the bidirectional embeddings, overrides and isolates. Each can act on whatever
 * shows the text rather than be shown: ESC and CSI drive a terminal (OSC 52 writes the clipboard,
 * a reset clears the screen), NUL and DEL hide what follows, and U+202E reverses the order of the
 * sentence around it on a page. The loader already refuses most of them written raw (YAML does
 * not allow them); this catches the rest: escapes in double quotes (`"\e"`, `"\x9b"`, `"\u202e"`),
 * raw U+0085 and the bidi controls, which YAML allows.
 */
export const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const C1_NAMES = [
  'PADDING CHARACTER',
  'HIGH OCTET PRESET',
  'BREAK PERMITTED HERE',
  'NO BREAK HERE',
  'INDEX',
  'NEXT LINE',
  'START OF SELECTED AREA',
  'END OF SELECTED AREA',
  'CHARACTER TABULATION SET',
  'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET',
  'PARTIAL LINE FORWARD',
  'PARTIAL LINE BACKWARD',
  'REVERSE LINE FEED',
  'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE',
  'DEVICE CONTROL STRING',
  'PRIVATE USE ONE',
  'PRIVATE USE TWO',
  'SET TRANSMIT STATE',
  'CANCEL CHARACTER',
  'MESSAGE WAITING',
  'START OF GUARDED AREA',
  'END OF GUARDED AREA',
  'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER',
  'SINGLE CHARACTER INTRODUCER',
  'CONTROL SEQUENCE INTRODUCER',
  'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND',
  'PRIVACY MESSAGE',
  'APPLICATION PROGRAM COMMAND',
];

const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and its Unicode name (or alias, for controls). */
export function characterName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = code < 0x20 ? C0_NAMES[code] : code === 0x7f ? 'DELETE' : code >= 0x80 && code < 0xa0 ? C1_NAMES[code - 0x80] : BIDI_NAMES[code];
  return name === undefined ? hex : `${hex} ${name}`;
}

/** A forbidden character as written in the source: where, how long (`\u202e` is six), which. */
export interface FoundCharacter {
  offset: number;
  length: number;
  code: number;
}

// Double-quoted escapes (YAML 1.2, 5.7) that stand for a single character other than themselves.
const NAMED_ESCAPES: Readonly<Record<string, number>> = {
  '0': 0,
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  e: 0x1b,
  N: 0x85,
  _: 0xa0,
  L: 0x2028,
  P: 0x2029,
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The first forbidden character in a scalar as written (`source`, from its first character: a
 * quote, a block indicator or the text), written raw or as a double-quoted escape; undefined when
 * the source holds none (then the value holds none either, or the caller points at the scalar).
 */
export function findForbidden(source: string, offset = 0): FoundCharacter | undefined {
  const escapes = source.startsWith('"');
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (escapes && char === '\\') {
      const kind = source[i + 1] ?? '';
      const digits = HEX_DIGITS[kind];
      const code = digits === undefined ? NAMED_ESCAPES[kind] : Number.parseInt(source.slice(i + 2, i + 2 + digits), 16);
      const length = digits === undefined ? 2 : 2 + digits;
      if (code !== undefined && !Number.isNaN(code) && code <= 0x10ffff && FORBIDDEN_CHARACTER.test(String.fromCodePoint(code))) {
        return { offset: offset + i, length, code };
      }
      i += length - 1;
      continue;
    }
    if (FORBIDDEN_CHARACTER.test(char)) return { offset: offset + i, length: 1, code: char.charCodeAt(0) };
  }
  return undefined;
}

/** Why a value or key (`onKey`) at `path` is refused for the character `code`: message and hint. */
export function characterProblem(path: string, onKey: boolean, code: number): { message: string; hint: string } {
  const where = onKey ? `A key in ${path}` : `The value of ${path}`;
  return {
    message: `${where} contains ${characterName(code)}, which policyc does not allow in a policy.`,
    hint:
      code >= 0x202a
        ? 'Delete it: a bidirectional override reorders the text around it on a page, so readers would not see what the file says.'
        : 'Delete it (or write a plain space or line break): a control character can drive a terminal or hide text instead of being shown.',
  };
}
