/**
 * Words for values and schema shapes, for messages a person reads: "a number (42)", "a list",
 * "one of consent, contract, …". Pure, and shared by the schema error mapping and its hints.
 */

/** A value quoted for a message: control characters made visible, long values shortened. */
export function quote(value: string, max = 60): string {
  // Escaping keeps terminal control sequences in a hostile file from reaching the screen.
  // So are characters that look like nothing or like a space: a message must show why 'contract'
  // is not 'contract'.
  const visible = value.replace(/[\u0000-\u001F\u007F-\u00A0\u00AD\u200B-\u200F\u2028-\u202F\u2060\uFEFF]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${visible.length > max ? `${visible.slice(0, max - 1)}…` : visible}'`;
}

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export function jsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

/**
 * What a value is, in words. `source` is how it was written, so `1.0` is shown as typed rather
 * than as the number 1 it became.
 */
export function describeValue(value: unknown, source?: string): string {
  const shown = source && source.length > 0 ? source : String(value);
  switch (jsonType(value)) {
    case 'null':
      return 'nothing';
    case 'boolean':
      return `true/false (${shown})`;
    case 'integer':
    case 'number':
      return `a number (${shown})`;
    case 'string':
      return `text (${quote(value as string)})`;
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'nothing',
};

export function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

/** Whether a schema's `type` admits a value (no `type` admits anything). */
export function typeAccepts(type: unknown, value: unknown): boolean {
  if (type === undefined) return true;
  const actual = jsonType(value);
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

/** "a, b or c". */
export function oneOf(values: readonly unknown[]): string {
  const words = values.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * A schema description used as a noun phrase: "An ISO 8601 duration: P90D, …." becomes
 * "an ISO 8601 duration: P90D, …", ready to follow "is not".
 */
export function asPhrase(description: string): string {
  const trimmed = description.trim().replace(/\.$/, '');
  // Lower-case a leading article or word, but not an acronym ("ISO", "EU").
  return /^[A-Z](?![A-Z])/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
