import type { Policy } from '../../../../src/model/policy.generated.js';

/** One edit of the full fixture and the changes it must produce: these kinds, no others. */
export interface Case {
  name: string;
  edit: (policy: Policy) => void;
  /** Applied to both versions first, to set up a situation the full fixture does not have. */
  base?: (policy: Policy) => void;
  expect: ReadonlyArray<{ kind: string; summary?: string; path?: string }>;
}

/** The item a case edits; the full fixture has it, so a missing one is a broken fixture. */
export function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  if (item === undefined) throw new Error(`the full fixture has no item ${index} here`);
  return item;
}
