/**
 * How much work a company's clause overrides may do for one document. Handlebars has no loops
 * of its own, but partials may call each other (`a` calls `b` five times, `b` calls `a` …), and
 * `{{#each}}` blocks nest, so a short clause folder can ask for billions of steps or gigabytes of
 * text. Every partial call and every pass through a block's body is a step; everything a partial,
 * a block body or a printed value produces counts towards the text. Both limits are far above
 * what a policy needs (the largest example uses a few thousand steps and well under 1 MB).
 */
export const MAX_PARTIAL_DEPTH = 32;
export const MAX_CLAUSE_STEPS = 500_000;
export const MAX_CLAUSE_TEXT = 8 * 1024 * 1024;

/** Thrown when a clause override goes over a limit; the environment names the clause. */
export class ClauseBudgetError extends Error {
  override readonly name = 'ClauseBudgetError';
}

export class ClauseBudget {
  private steps = 0;
  private text = 0;
  private depth = 0;

  /** One pass through a block's body, or one partial call. */
  step(): void {
    if (++this.steps > MAX_CLAUSE_STEPS) {
      throw new ClauseBudgetError(
        `the clause overrides take more than ${MAX_CLAUSE_STEPS.toLocaleString('en-US')} steps (partial calls and loop passes) for one document; a partial that calls itself, or loops nested in loops, expand without end`,
      );
    }
  }

  /** Text produced; returned as it is, so a call can be wrapped. */
  produced<T>(value: T): T {
    if (typeof value === 'string') this.text += value.length;
    if (this.text > MAX_CLAUSE_TEXT) {
      throw new ClauseBudgetError(
        `the clause overrides produce more than ${MAX_CLAUSE_TEXT / 1024 / 1024} MB of text for one document; partials or loops expand too far`,
      );
    }
    return value;
  }

  /** Runs a partial one level deeper than its caller. */
  nested<T>(partial: string, run: () => T): T {
    if (this.depth >= MAX_PARTIAL_DEPTH) {
      throw new ClauseBudgetError(
        `partials call each other more than ${MAX_PARTIAL_DEPTH} levels deep (at '${partial}'); a partial that calls itself never ends`,
      );
    }
    this.step();
    this.depth++;
    try {
      return this.produced(run());
    } finally {
      this.depth--;
    }
  }
}
