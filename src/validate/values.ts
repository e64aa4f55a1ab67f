import { formatPath, placeOf, type Path } from '../diagnostics.js';
import { characterProblem, FORBIDDEN_CHARACTER } from './characters.js';

/** A value or key refused whatever field it is in, before the schema sees (and quotes) it. */
export interface ValueProblem {
  path: Path;
  onKey: boolean;
  /** The forbidden character, for a string; undefined for a number. */
  character?: number;
  message: string;
  hint: string;
}

/**
 * Every string in a loaded value (keys included) that holds a forbidden character, at most one per
 * string (the first; the rest follow the same fix), and every whole number beyond 2^53, which
 * JavaScript cannot hold exactly: 9007199254740993 would print as ...992 and compare equal to it.
 * Aliased values are visited once.
 */
export function checkValues(value: unknown, sourceAt: (path: Path) => string | undefined): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const seen = new Set<object>();
  // One path for the walk, copied only into a problem: this runs on every cold validate, over every
  // value, and in V8's interpreter a copy (or a for…of step) at each value is garbage to collect.
  const path: Array<string | number> = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const found = FORBIDDEN_CHARACTER.exec(node);
      if (found) problems.push(character([...path], false, (found[0] as string).charCodeAt(0)));
      return;
    }
    if (typeof node === 'number') {
      if (Number.isInteger(node) && !Number.isSafeInteger(node)) {
        const at = [...path];
        problems.push({
          path: at,
          onKey: false,
          message: `${formatPath(at)} is ${sourceAt(at) ?? String(node)}, a whole number beyond 2^53 (9007199254740991), which policyc cannot read exactly.`,
          hint: 'Write the number the policy means; no field of a policy needs one this large.',
        });
      }
      return;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
      return;
    }
    const keys = Object.keys(node);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      path.push(key);
      const found = FORBIDDEN_CHARACTER.exec(key);
      if (found) problems.push(character([...path], true, (found[0] as string).charCodeAt(0)));
      visit((node as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(value);
  return problems;
}

function character(path: Path, onKey: boolean, code: number): ValueProblem {
  const where = onKey ? placeOf(path.slice(0, -1)) : formatPath(path);
  return { path, onKey, character: code, ...characterProblem(where, onKey, code) };
}
