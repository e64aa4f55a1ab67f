/**
 * Field patterns, as checks declare them: dot-separated keys, `*` for any key, `[]` for every
 * item of a list. A pattern covers the whole value it names.
 */

/** A copy of `value` without the fields the patterns cover; undefined when nothing is left. */
export function withoutFields(value: unknown, patterns: readonly string[]): unknown {
  let out = value;
  for (const pattern of patterns) out = remove(out, segments(pattern));
  return out;
}

function segments(pattern: string): string[] {
  return pattern
    .split('.')
    .flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]))
    .filter((s) => s !== '');
}

function remove(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  if (head === '[]') return Array.isArray(value) ? value.map((item) => remove(item, rest)) : value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of head === '*' ? Object.keys(out) : [head]) {
    if (!Object.hasOwn(out, key)) continue;
    const kept = remove(out[key], rest);
    if (kept === undefined || isEmpty(kept)) delete out[key];
    else out[key] = kept;
  }
  return out;
}

/** What is left of an object whose fields were all covered says nothing any more. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isEmpty);
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}
