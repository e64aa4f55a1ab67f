import type { Document, ParsedNode } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceMap } from './source-map.js';

/**
 * Bounds that keep a hostile file from exhausting memory, time or the stack. A real policy is
 * tens of kilobytes, a few thousand tokens and under ten levels deep; the limits leave two orders
 * of magnitude of room above that.
 */
export interface LoadLimits {
  /** Largest input, in bytes (or characters, for a string). */
  maxBytes: number;
  /**
   * Most YAML tokens (scalars, indicators, spaces, line breaks); parse cost and memory grow with
   * these. The examples have 1,300 to 2,800; 250,000 (some 9,000 subprocessors) still builds in
   * 256 MB of heap, where a million did not.
   */
  maxTokens: number;
  /** Deepest nesting of mappings and lists, block or flow. */
  maxDepth: number;
  /** Most nodes that aliases may expand to (yaml's `maxAliasCount`). */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: Readonly<LoadLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxTokens: 250_000,
  maxDepth: 64,
  maxAliasCount: 1000,
});

export type PolicyDocument = Document.Parsed<ParsedNode, true>;

export interface LoadResult {
  /** The decoded source; undefined when the bytes could not be read as UTF-8 text. */
  text?: string;
  /** Paths in the value to places in the text; undefined when parsing was refused. */
  sourceMap?: SourceMap;
  /** The plain JavaScript value; set only when loading produced no errors. */
  value?: unknown;
  diagnostics: Diagnostic[];
}
