import { isMap, isScalar, isSeq, visit, type LineCounter, type Range } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { checkCharacters, checkTree } from './checks.js';
import { decodeSource } from './decode.js';
import { parseYaml, type ParseProblem } from './parse.js';
import { spanOf, type Span } from './positions.js';
import { DEFAULT_LIMITS, type LoadLimits, type LoadResult, type PolicyDocument } from './types.js';

export { locate, sourceAt, spanOf, type LocateOptions, type Span } from './positions.js';
export { DEFAULT_LIMITS, type LoadLimits, type LoadResult, type PolicyDocument } from './types.js';

const START_HINT = 'A policy starts with top-level keys such as controller:, data_categories: and purposes:. Run `policyc init` for a starting point.';

/**
 * Source bytes or text to a YAML document and its plain value, or to diagnostics saying why not.
 * Every check that protects the parser (size, encoding, token count, depth) runs before the
 * parser does; `value` is set only when nothing is wrong.
 */
export function loadYaml(source: string | Uint8Array, file: string, limits: Partial<LoadLimits> = {}): LoadResult {
  const bounds: LoadLimits = { ...DEFAULT_LIMITS, ...limits };
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > bounds.maxBytes) {
    return fail(file, 'yaml/too-large', `The file is ${megabytes(size)}; policyc reads files up to ${megabytes(bounds.maxBytes)}.`, 'Check that this is the right file: a privacy policy is a few kilobytes.');
  }
  const decoded = decodeSource(source);
  if ('problem' in decoded) {
    return { diagnostics: [diagnostic(file, 'yaml/encoding', decoded.problem, decoded.hint, { line: decoded.line, column: decoded.column })] };
  }
  const { text } = decoded;
  const parsed = parseYaml(text, bounds);
  const { lineCounter, document } = parsed;
  const at = (problem: ParseProblem): Diagnostic =>
    diagnostic(file, problem.code, problem.message, problem.hint, problem.range ? spanOf(lineCounter, problem.range[0], problem.range[1]) : { line: 0, column: 0 });

  const problems = [...checkCharacters(text), ...parsed.problems];
  if (!document) return { text, lineCounter, diagnostics: problems.map(at) };
  const root = document.contents;
  if (problems.length === 0) {
    // `---` alone, or a directive and nothing else, holds a null scalar: as empty as an empty file.
    if (root === null || (isScalar(root) && root.value === null && root.source === '')) return { text, document, lineCounter, diagnostics: [diagnostic(file, 'yaml/empty', 'The file is empty.', START_HINT, { line: 1, column: 1 })] };
    if (!isMap(root)) {
      const what = isSeq(root) ? 'a list' : 'a single value';
      problems.push({ code: 'yaml/root-not-mapping', message: `The file holds ${what}, but a policy is a mapping of keys to values.`, hint: START_HINT, range: root.range ? [root.range[0], root.range[1]] : [0, 0] });
    }
  }
  problems.push(...checkTree(root, lineCounter));
  if (problems.length > 0) return { text, document, lineCounter, diagnostics: problems.map(at) };

  try {
    return { text, document, lineCounter, value: document.toJS({ maxAliasCount: bounds.maxAliasCount }), diagnostics: [] };
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs"
    // file); expansion that nests too deep ends in a RangeError. Both mean the same to the user.
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    // An alias to an anchor that is not defined before it fails the same way, and only here.
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
    if (unresolved !== undefined) {
      return {
        text,
        document,
        lineCounter,
        diagnostics: [diagnostic(file, 'yaml/bad-alias', `The alias *${unresolved} refers to no anchor.`, `Define &${unresolved} on a value before this alias, or write the value out.`, firstAlias(document, lineCounter, unresolved))],
      };
    }
    return {
      text,
      document,
      lineCounter,
      diagnostics: [
        diagnostic(file, 'yaml/alias-expansion', 'Aliases (*name) in this file expand to far too much data.', 'Repeated aliases of aliases can multiply a small file into billions of values; write the values out instead.', firstAlias(document, lineCounter)),
      ],
    };
  }
}

function firstAlias(document: PolicyDocument, lineCounter: LineCounter, name?: string): Span {
  let range: Range | null | undefined;
  visit(document, {
    Alias(_, node) {
      if (name !== undefined && node.source !== name) return undefined;
      range = node.range;
      return visit.BREAK;
    },
  });
  return range ? spanOf(lineCounter, range[0], range[1]) : { line: 1, column: 1 };
}

function fail(file: string, code: string, message: string, hint: string): LoadResult {
  return { diagnostics: [diagnostic(file, code, message, hint, { line: 0, column: 0 })] };
}

function diagnostic(file: string, code: string, message: string, hint: string | undefined, span: Span): Diagnostic {
  return { code, severity: 'error', message, file, ...span, path: [], ...(hint ? { hint } : {}) };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
