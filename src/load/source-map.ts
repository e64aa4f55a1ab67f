import type { Path } from '../diagnostics.js';

/** A place in the source, 1-based. The end is given only where it is on the same line. */
export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface LocateOptions {
  /** Point at the key of the last path segment rather than its value (for "unknown key"). */
  onKey?: boolean;
}

/**
 * Paths in the loaded value back to the source. Two parsers produce one: the subset parser
 * (fast/) for ordinary policy files and the `yaml` library for everything else; both answer
 * exactly alike, so nothing downstream knows which one read the file.
 */
export interface SourceMap {
  /**
   * Where a path lives in the source. A path that runs past what the document contains (a
   * missing key, an index beyond a list, through an alias) resolves to the nearest ancestor that
   * exists, so every problem gets a position. A missing value (`email:` with nothing after it)
   * has no extent of its own: its key is shown instead.
   */
  locate(path: Path, options?: LocateOptions): Span;
  /** How a scalar was written (`1.0`, `yes`), for messages that quote the source rather than the value. */
  sourceAt(path: Path): string | undefined;
  /**
   * The source offsets of the scalar at a path (or of its key, with `onKey`), from its first
   * character (a quote, a block indicator) to just past it; undefined for a collection or a path
   * that is not there.
   */
  rangeAt(path: Path, options?: LocateOptions): [number, number] | undefined;
}

/** Offsets at which lines start: 0, then one past each line feed (as yaml's LineCounter counts them). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A span from source offsets; the end is dropped when it falls on a later line. */
export function spanOf(lineStarts: readonly number[], start: number, end?: number): Span {
  const from = linePosition(lineStarts, start);
  const span: Span = { line: from.line, column: from.column };
  if (end !== undefined && end > start) {
    const to = linePosition(lineStarts, end);
    if (to.line === from.line) {
      span.endLine = to.line;
      span.endColumn = to.column;
    }
  }
  return span;
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function linePosition(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - (lineStarts[low - 1] as number) + 1 };
}
