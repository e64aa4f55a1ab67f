import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Path } from '../diagnostics.js';
import { spanOf, type LocateOptions, type SourceMap, type Span } from './source-map.js';
import type { PolicyDocument } from './types.js';

/** The source map of a file the `yaml` library parsed: paths are walked through its syntax tree. */
export function documentSourceMap(document: PolicyDocument, lineCounter: LineCounter): SourceMap {
  return {
    locate: (path, options) => locate(document, lineCounter, path, options),
    sourceAt: (path) => sourceAt(document, path),
    rangeAt: (path, options) => rangeAt(document, path, options),
  };
}

function locate(document: PolicyDocument, lineCounter: LineCounter, path: Path, options: LocateOptions = {}): Span {
  const { node, key, complete } = walk(document, path);
  const target = key && ((complete && options.onKey) || isEmpty(node)) ? key : node;
  if (!target?.range) return { line: 1, column: 1 };
  return spanOf(lineCounter.lineStarts, target.range[0], isMap(target) || isSeq(target) ? undefined : target.range[1]);
}

function sourceAt(document: PolicyDocument, path: Path): string | undefined {
  const { node, complete } = walk(document, path);
  return complete && isScalar(node) ? node.source : undefined;
}

function rangeAt(document: PolicyDocument, path: Path, options: LocateOptions = {}): [number, number] | undefined {
  const { node, key, complete } = walk(document, path);
  const target = options.onKey ? key : node;
  return complete && isScalar(target) && target.range ? [target.range[0], target.range[1]] : undefined;
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
