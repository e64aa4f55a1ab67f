import { decodeSource } from './decode.js';
import { loadDiagnostic } from './diagnostic.js';
import { parseSubset } from './fast/subset-parser.js';
import { DEFAULT_LIMITS, type LoadLimits, type LoadResult } from './types.js';
// In the bundle this import is a stand-in that loads the module on first call, so a file the subset
// parser reads never loads the yaml library (scripts/build.mjs, lazyYamlLibraryPlugin).
import { loadWithYamlLibrary } from './yaml-library.js';

export { lineStartsOf, spanOf, type LocateOptions, type SourceMap, type Span } from './source-map.js';
export { DEFAULT_LIMITS, type LoadLimits, type LoadResult } from './types.js';

/**
 * Source bytes or text to the plain value and a source map, or to diagnostics saying why not.
 * The checks that protect the parser (size, encoding) run first. Then a file in the plain subset
 * of YAML that policies are written in is read by the subset parser, at a fraction of the cost;
 * any other file, and every file with a problem, by the `yaml` library, which alone reports
 * problems. `value` is set only when nothing is wrong.
 */
export function loadYaml(source: string | Uint8Array, file: string, limits: Partial<LoadLimits> = {}): LoadResult {
  const bounds: LoadLimits = { ...DEFAULT_LIMITS, ...limits };
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > bounds.maxBytes) {
    return {
      diagnostics: [
        loadDiagnostic(
          file,
          'yaml/too-large',
          `The file is ${megabytes(size)}; policyc reads files up to ${megabytes(bounds.maxBytes)}.`,
          'Check that this is the right file: a privacy policy is a few kilobytes.',
          { line: 0, column: 0 },
        ),
      ],
    };
  }
  const decoded = decodeSource(source);
  if ('problem' in decoded) {
    return { diagnostics: [loadDiagnostic(file, 'yaml/encoding', decoded.problem, decoded.hint, { line: decoded.line, column: decoded.column })] };
  }
  const { text } = decoded;
  const subset = parseSubset(text, bounds);
  if (subset) return { text, sourceMap: subset.sourceMap, value: subset.value, diagnostics: [] };
  return loadWithYamlLibrary(text, file, bounds);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
