import { isMap, isScalar, isSeq, visit, type LineCounter, type Range } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { checkCharacters } from './characters.js';
import { checkTree } from './checks.js';
import { loadDiagnostic } from './diagnostic.js';
import { documentSourceMap } from './document-source-map.js';
import { parseYaml, type ParseProblem } from './parse.js';
import { spanOf, type Span } from './source-map.js';
import type { LoadLimits, LoadResult, PolicyDocument } from './types.js';

const START_HINT = 'A policy starts with top-level keys such as controller:, data_categories: and purposes:. Run `policyc init` for a starting point.';

/**
 * Decoded text to a plain value through the `yaml` library: the general path, for every file the
 * subset parser leaves (anything unusual, and every file with a problem), and the one that
 * reports problems. Every check that protects the parser (token count, depth) runs before the
 * parser does.
 */
export function loadWithYamlLibrary(text: string, file: string, bounds: LoadLimits): LoadResult {
  const parsed = parseYaml(text, bounds);
  const { lineCounter, document } = parsed;
  const at = (problem: ParseProblem): Diagnostic =>
    loadDiagnostic(
      file,
      problem.code,
      problem.message,
      problem.hint,
      problem.range ? spanOf(lineCounter.lineStarts, problem.range[0], problem.range[1]) : { line: 0, column: 0 },
    );

  const problems = [...checkCharacters(text), ...parsed.problems];
  if (!document) return { text, diagnostics: problems.map(at) };
  const sourceMap = documentSourceMap(document, lineCounter);
  const root = document.contents;
  if (problems.length === 0) {
    // `---` alone, or a directive and nothing else, holds a null scalar: as empty as an empty file.
    if (root === null || (isScalar(root) && root.value === null && root.source === ''))
      return { text, sourceMap, diagnostics: [loadDiagnostic(file, 'yaml/empty', 'The file is empty.', START_HINT, { line: 1, column: 1 })] };
    if (!isMap(root)) {
      const what = isSeq(root) ? 'a list' : 'a single value';
      problems.push({
        code: 'yaml/root-not-mapping',
        message: `The file holds ${what}, but a policy is a mapping of keys to values.`,
        hint: START_HINT,
        range: root.range ? [root.range[0], root.range[1]] : [0, 0],
      });
    }
  }
  problems.push(...checkTree(root, lineCounter));
  if (problems.length > 0) return { text, sourceMap, diagnostics: problems.map(at) };

  try {
    return { text, sourceMap, value: document.toJS({ maxAliasCount: bounds.maxAliasCount }), diagnostics: [] };
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs"
    // file); expansion that nests too deep ends in a RangeError. Both mean the same to the user.
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    // An alias to an anchor that is not defined before it fails the same way, and only here.
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
    if (unresolved !== undefined) {
      return {
        text,
        sourceMap,
        diagnostics: [
          loadDiagnostic(
            file,
            'yaml/bad-alias',
            `The alias *${unresolved} refers to no anchor.`,
            `Define &${unresolved} on a value before this alias, or write the value out.`,
            firstAlias(document, lineCounter, unresolved),
          ),
        ],
      };
    }
    return {
      text,
      sourceMap,
      diagnostics: [
        loadDiagnostic(
          file,
          'yaml/alias-expansion',
          'Aliases (*name) in this file expand to far too much data.',
          'Repeated aliases of aliases can multiply a small file into billions of values; write the values out instead.',
          firstAlias(document, lineCounter),
        ),
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
  return range ? spanOf(lineCounter.lineStarts, range[0], range[1]) : { line: 1, column: 1 };
}
