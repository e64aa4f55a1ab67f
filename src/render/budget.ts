import { formatPath, type Path } from '../diagnostics.js';

/**
 * The most characters of the policy's own values a rendered policy may print. Values expand when
 * one is printed many times: an anchored list of 1,000 data categories aliased into 400 purposes,
 * or one category named by every purpose, prints each name hundreds of times, and a 1 MB file
 * became gigabytes of Markdown (and a heap exhausted). The examples print 5,000 to 10,000
 * characters of values; a policy with a thousand categories, each used by a few purposes, about
 * half a million. Past this, the documents would not fit a 256 MB heap.
 */
export const MAX_PRINTED_CHARACTERS = 4_000_000;

/** A render that would print more than the budget: what grew too large, and where. */
export class RenderTooLargeError extends Error {
  override name = 'RenderTooLargeError';
  constructor(
    readonly limit: number,
    /** The clause being rendered (`use`, `legal-bases`). */
    readonly clause: string,
    /** The entry of the policy being printed when the budget ran out, when there is one. */
    readonly path: Path,
  ) {
    const where = path.length > 0 ? `, at ${formatPath(path)}` : '';
    super(
      `The policy would print more than ${limit.toLocaleString('en-US')} characters of its values (in the section '${clause}'${where}): ` +
        'a value repeated in many places (an alias such as *all used by many entries, or the same data categories named by each of them) multiplies what is printed.',
    );
  }
}

interface Budget {
  left: number;
  limit: number;
  clause: string;
  /** The innermost item of an `{{#each}}` being rendered: what the budget ran out on. */
  item: unknown;
}

// The render in progress. Rendering is synchronous and never re-entered, so one slot is enough;
// withRenderBudget sets and restores it, and the clause runtime charges to it.
let current: Budget | undefined;

/**
 * Runs `render` (synchronous) with a budget of printed characters; `charge` and `rendering` report
 * to it. Throws RenderTooLargeError, with the policy path of the entry being printed found by
 * `locate`, as soon as the budget runs out: never after building the whole document.
 */
export function withRenderBudget<T>(limit: number, locate: (item: unknown) => Path, render: () => T): T {
  const outer = current;
  const budget: Budget = { left: limit, limit, clause: '', item: undefined };
  current = budget;
  try {
    return render();
  } catch (error) {
    if (error instanceof Exhausted) throw new RenderTooLargeError(limit, budget.clause, locate(budget.item));
    throw error;
  } finally {
    current = outer;
  }
}

/** Not an Error: nothing on the way out wraps it (clauses name their errors), and it has no stack. */
class Exhausted {}

/** Whether an error is the budget running out, which must pass every wrapper unchanged. */
export function isBudgetExhausted(error: unknown): boolean {
  return error instanceof Exhausted;
}

/** Spends `characters` of the budget of the render in progress, if there is one. */
export function charge(characters: number): void {
  if (current === undefined) return;
  current.left -= characters;
  if (current.left < 0) throw new Exhausted();
}

/** Names the clause the next characters are printed by. */
export function renderingClause(clause: string): void {
  if (current !== undefined) current.clause = clause;
}

/** Names the item of the policy the next characters are printed for. */
export function renderingItem(item: unknown): void {
  if (current !== undefined) current.item = item;
}
