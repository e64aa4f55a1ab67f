import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Path } from '../diagnostics.js';
import type { PolicyDocument } from './types.js';

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
 * Where a path lives in the source. A path that runs past what the document contains (a missing
 * key, an index beyond a list, through an alias) resolves to the nearest ancestor that exists, so
 * every problem gets a position.
 */
export function locate(document: PolicyDocument, lineCounter: LineCounter, path: Path, options: LocateOptions = {}): Span {
  const { node, key, complete } = walk(document, path);
  // A missing value (`email:` with nothing after it) has no extent of its own: show the key.
  const target = key && ((complete && options.onKey) || isEmpty(node)) ? key : node;
  if (!target?.range) return { line: 1, column: 1 };
  return spanOf(lineCounter, target.range[0], isMap(target) || isSeq(target) ? undefined : target.range[1]);
}

/** A span from source offsets; the end is dropped when it falls on a later line. */
export function spanOf(lineCounter: LineCounter, start: number, end?: number): Span {
  const from = lineCounter.linePos(start);
  const span: Span = { line: from.line, column: from.col };
  if (end !== undefined && end > start) {
    const to = lineCounter.linePos(end);
    if (to.line === from.line) {
      span.endLine = to.line;
      span.endColumn = to.col;
    }
  }
  return span;
}

/** How a scalar was written (`1.0`, `yes`), for messages that quote the source rather than the value. */
export function sourceAt(document: PolicyDocument, path: Path): string | undefined {
  const { node, complete } = walk(document, path);
  return complete && isScalar(node) ? node.source : undefined;
}

/** The node at a path, its key, and whether the whole path was found. */
function walk(document: PolicyDocument, path: Path): { node: Node | null; key: Node | null; complete: boolean } {
  let node: Node | null = document.contents;
  let key: Node | null = null;
  let matched = 0;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (!child) break;
    ({ node, key } = child);
    matched++;
  }
  return { node, key, complete: matched === path.length };
}

function childOf(node: Node | null, segment: string | number): { node: Node | null; key: Node | null } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value ?? '') === String(segment));
    return pair ? { node: (pair.value as Node | null) ?? null, key: pair.key as Node } : undefined;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : Number.NaN;
    const item = node.items[index] as Node | undefined;
    return item ? { node: item, key: null } : undefined;
  }
  return undefined;
}

function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null && (node.source ?? '') === '');
}
