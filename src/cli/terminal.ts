import { FORBIDDEN_CHARACTER } from '../validate/characters.js';

const FORBIDDEN_ALL = new RegExp(FORBIDDEN_CHARACTER.source, 'g');

/**
 * Text made safe for a terminal: every character a value may not hold (controls but tab, line
 * feed and the CR of a CRLF, DEL, bidi overrides and isolates) written as its escape, `\u001b`,
 * `\u202e`. That form is inert on a terminal, visible to a reader, and inside a JSON string the
 * very escape JSON uses, so a JSON report or notice stays valid and means the same.
 */
export function escapeForTerminal(text: string): string {
  if (!FORBIDDEN_CHARACTER.test(text)) return text;
  // A carriage return that ends a line (CSV's CRLF) is a line break, not a control to escape.
  return text.replace(FORBIDDEN_ALL, (char: string, at: number) =>
    char === '\r' && text[at + 1] === '\n' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
