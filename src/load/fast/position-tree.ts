import type { Path } from '../../diagnostics.js';
import { lineStartsOf, spanOf, type LocateOptions, type SourceMap, type Span } from '../source-map.js';

/**
 * Where each node of a value was written, as the subset parser records it: offsets only, turned
 * into lines and columns when something is located (most files never need it). The answers are
 * those of the `yaml` library's syntax tree, node for node (document-source-map.ts).
 */
export class ScalarAt {
  /**
   * @param start offset of the first character (of the opening quote, of the block header)
   * @param end offset just past the text; for a block scalar, past its last line
   * @param source the scalar's text after folding and escapes, before it is typed
   */
  constructor(
    readonly start: number,
    readonly end: number,
    readonly source: string,
  ) {}
}

/** A key with nothing after it (`email:`): the value is null and has no extent of its own. */
export const EMPTY = new ScalarAt(-1, -1, '');

export interface EntryAt {
  key: ScalarAt;
  value: NodeAt;
}

export class MapAt {
  /** By the key as the value has it (`String` of the key's value, `''` for a null key). */
  readonly entries = new Map<string, EntryAt>();
  constructor(readonly start: number) {}
}

export class SeqAt {
  readonly items: NodeAt[] = [];
  constructor(readonly start: number) {}
}

export type NodeAt = ScalarAt | MapAt | SeqAt;

export class PositionTree implements SourceMap {
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly root: MapAt,
  ) {}

  locate(path: Path, options: LocateOptions = {}): Span {
    const { node, key, complete } = this.walk(path);
    const target = key && ((complete && options.onKey) || node === EMPTY) ? key : node;
    this.lineStarts ??= lineStartsOf(this.text);
    return spanOf(this.lineStarts, target.start, target instanceof ScalarAt ? target.end : undefined);
  }

  sourceAt(path: Path): string | undefined {
    const { node, complete } = this.walk(path);
    return complete && node instanceof ScalarAt ? node.source : undefined;
  }

  rangeAt(path: Path, options: LocateOptions = {}): [number, number] | undefined {
    const { node, key, complete } = this.walk(path);
    if (!complete) return undefined;
    const target = options.onKey ? key : node;
    return target instanceof ScalarAt && target !== EMPTY ? [target.start, target.end] : undefined;
  }

  /** The node at a path, its key, and whether the whole path was found. */
  private walk(path: Path): { node: NodeAt; key: ScalarAt | null; complete: boolean } {
    let node: NodeAt = this.root;
    let key: ScalarAt | null = null;
    let matched = 0;
    for (const segment of path) {
      if (node instanceof MapAt) {
        const entry = node.entries.get(String(segment));
        if (!entry) break;
        ({ key, value: node } = entry);
      } else if (node instanceof SeqAt) {
        const item: NodeAt | undefined = typeof segment === 'number' ? node.items[segment] : undefined;
        if (!item) break;
        node = item;
        key = null;
      } else {
        break;
      }
      matched++;
    }
    return { node, key, complete: matched === path.length };
  }
}
