import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { formatPath, placeOf, type Path } from '../diagnostics.js';
import type { ParseProblem } from './parse.js';

const CORE_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * What the YAML library accepts but a policy file must not contain: duplicate keys (the last one
 * would silently win), keys that are lists or mappings, and tags beyond the core schema
 * (`!!binary`, `!!js/function`, `!custom`), which would give values a type the schema never sees.
 */
export function checkTree(root: Node | null, lineCounter: LineCounter): ParseProblem[] {
  const problems: ParseProblem[] = [];
  walk(root, [], problems, lineCounter);
  return problems;
}

function walk(node: Node | null, path: Path, problems: ParseProblem[], lineCounter: LineCounter): void {
  if (!node) return;
  if (node.tag && !CORE_TAGS.has(node.tag) && node.range) {
    const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
    problems.push({
      code: 'yaml/tag',
      message: `The tag '${tag}' is not allowed${path.length ? ` at ${formatPath(path)}` : ''}.`,
      hint: 'Remove the tag: a policy holds plain text, numbers, true/false, lists and mappings.',
      range: [node.range[0], node.range[1]],
    });
  }
  if (isMap(node)) {
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (key && !isScalar(key)) {
        if (key.range)
          problems.push({
            code: 'yaml/complex-key',
            message: `Keys must be plain words, but a key in ${placeOf(path)} is ${isAlias(key) ? 'an alias' : isSeq(key) ? 'a list' : 'a mapping'}.`,
            hint: "Write a plain key such as 'name:'; a '?' at the start of a line begins a complex key.",
            range: [key.range[0], key.range[1]],
          });
        continue;
      }
      const name = String(key?.value ?? '');
      const first = seen.get(name);
      if (first?.range && key?.range) {
        problems.push({
          code: 'yaml/duplicate-key',
          message: `The key '${name}' appears twice in ${placeOf(path)} (first on line ${lineCounter.linePos(first.range[0]).line}).`,
          hint: 'Keep one of them: YAML does not allow a key twice in the same mapping.',
          range: [key.range[0], key.range[1]],
        });
      } else if (key) {
        seen.set(name, key);
      }
      walk(pair.value as Node | null, [...path, name], problems, lineCounter);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item as Node | null, [...path, index], problems, lineCounter));
  }
}
