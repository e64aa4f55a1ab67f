/** Lists inside a sentence, for messages. */

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "'a' and 'b'". */
export function quotedList(items: readonly string[]): string {
  return listInWords(items.map((item) => `'${item}'`));
}
