import type { Problem, Severity } from '../diagnostics.js';
import type { PolicyModel } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';

/**
 * A semantic rule: one file, one id. `check` sees a policy that already passed the schema and
 * reports problems by path; the engine turns paths into file positions.
 */
export interface RuleMeta {
  /** kebab-case, also the file name: `legitimate-interest-stated`. */
  id: string;
  severity: Severity;
  /** One line for the rule list and the docs. */
  description: string;
  /** Why it matters, for the generated rule reference. */
  rationale: string;
}

export interface Rule {
  meta: RuleMeta;
  /** `model` holds the facts derived once from `policy` (which laws apply, which transfers need a safeguard). */
  check(policy: Policy, report: (problem: Problem) => void, model: PolicyModel): void;
}
