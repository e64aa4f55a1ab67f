import type { Diagnostic } from '../../diagnostics.js';

/** Lines of context a code frame shows above and below the offending one. */
export const CONTEXT = 2;

/**
 * The lines of a file that the code frames of its diagnostics show, each at its own index (a sparse
 * array): what a report needs of a file, kept while other files are read, instead of all of it.
 */
export function framedLines(text: string, diagnostics: readonly Diagnostic[]): readonly string[] {
  const wanted = new Set<number>();
  for (const d of diagnostics) for (let n = Math.max(1, d.line - CONTEXT); d.line > 0 && n <= d.line + CONTEXT; n++) wanted.add(n);
  const lines: string[] = [];
  let count = 0;
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    count++;
    if (wanted.has(count)) {
      const stop = end === -1 ? text.length : end;
      // A copy, not a slice: V8 keeps a slice's whole parent alive, which is what this avoids.
      lines[count - 1] = Buffer.from(text.slice(start, stop > start && text[stop - 1] === '\r' ? stop - 1 : stop), 'utf8').toString('utf8');
    }
    if (end === -1) break;
    start = end + 1;
  }
  // As the whole text splits: a final newline ends the last line; it does not start another.
  if (count > 1 && text.endsWith('\n')) count--;
  lines.length = count;
  return lines;
}
