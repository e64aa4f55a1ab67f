import type { ParseProblem } from './parse.js';

/** Characters YAML forbids in a stream (outside c-printable): C0 and C1 controls, DEL, lone surrogates, U+FFFE/U+FFFF. */
const NON_PRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first forbidden character, if any: one is enough to act on, and the rest follow the same fix. */
export function checkCharacters(text: string): ParseProblem[] {
  const found = NON_PRINTABLE.exec(text);
  if (!found) return [];
  const code = (found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  return [
    {
      code: 'yaml/control-character',
      message: `The invisible control character U+${code} is not allowed in YAML.`,
      hint: 'Delete it; it usually arrives by pasting from another program. Search the file for others.',
      range: [found.index, found.index + 1],
    },
  ];
}

export function hasNonPrintable(text: string): boolean {
  return NON_PRINTABLE.test(text);
}
