import type { Path, Severity } from '../diagnostics.js';
import type { PolicyModel } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';

/**
 * A semantic rule: one file, one id. `check` sees a policy that already passed the schema and
 * reports findings by path and message id; the engine fills in the message, places the path in
 * the file and applies the level the user configured in `policy.rules`.
 */
export interface RuleMeta<M extends string = string> {
  /** kebab-case, also the file name and the anchor of its section in docs/rules.md: `legitimate-interest-stated`. */
  id: string;
  /**
   * The default level. A rule whose default is `error` guards the truth of the built policy (the
   * file contradicts itself or refers to something that does not exist), so `policy.rules` cannot
   * lower it; a `warning` can be turned off or raised to `error`.
   */
  severity: Severity;
  /** One line for the rule list and the docs. */
  description: string;
  /** Why it matters, for the generated rule reference. */
  rationale: string;
  /**
   * Every sentence the rule can say, problems and hints alike, by id. `{{name}}` is replaced by
   * the finding's `data.name`, once: a value that itself contains `{{…}}` stays as written.
   */
  messages: Readonly<Record<M, string>>;
  /**
   * The rule asks for what the law asks of a company that collects personal data (the rights a
   * notice lists, a retention period, advance notice of a change to how data is used). It does not
   * run on a file that declares the company collects none (`data_categories: []`), where there is
   * no notice at collection to complete.
   */
  needsCollection?: true;
  /** Where the rule is documented. Built-in rules leave it out: theirs is their section of docs/rules.md. */
  url?: string;
}

/** What a check reports: where, which of its messages, and the values for the placeholders. */
export interface Finding<M extends string = string> {
  path: Path;
  /** Point at the key rather than its value. */
  onKey?: boolean;
  messageId: M;
  /** The message that says what to do, if any. */
  hintId?: M;
  data?: Readonly<Record<string, string | number>>;
}

/** The file as written, for the few rules about how a value was written rather than what it says. */
export interface RuleSource {
  text: string;
  /** The source offsets of the scalar at a path; undefined for a collection or a path not there. */
  rangeAt(path: Path): [number, number] | undefined;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /**
   * `model` holds the facts derived once from `policy` (which laws apply, which transfers need a
   * safeguard). `source` is absent when the policy was not read from a file (the API's callers).
   */
  check(policy: Policy, report: (finding: Finding<M>) => void, model: PolicyModel, source?: RuleSource): void;
}

/** Declares a rule with its message ids checked against `meta.messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
