import type { Problem, Severity } from '../../diagnostics.js';
import { didYouMean } from '../../validate/suggest.js';
import type { Rule } from '../types.js';

/** A level in `policy.rules`, as ESLint's `off | warn | error`. */
export type RuleLevel = Severity | 'off';

/** The codes of what can be wrong in `policy.rules`, with what each means. */
export const RULE_CONFIG_CODES = {
  'policyc/unknown-rule': 'policy.rules names a rule that does not exist.',
  'policyc/rule-always-error': 'policy.rules lowers a rule that is always an error.',
} as const;

export interface RuleConfigProblem extends Problem {
  code: keyof typeof RULE_CONFIG_CODES;
}

export interface RuleLevels {
  /** The level a rule runs at: the file's own setting, else the rule's default. */
  of(rule: Rule): RuleLevel;
  /** Entries of `policy.rules` that cannot be applied, each at its place in the file. */
  problems: RuleConfigProblem[];
}

/**
 * The level of each rule, from `policy.rules`. A warning may be turned off or raised to an error.
 * A rule whose default is `error` stays one: what it finds (a contradiction, a reference to
 * nothing) would make the built policy untrue, so lowering it is refused rather than ignored. An
 * unknown id is refused too, with the closest rule ids: a typo must not silently leave a rule on.
 */
export function resolveRuleLevels(config: Readonly<Record<string, RuleLevel | undefined>> | undefined, rules: readonly Rule[]): RuleLevels {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const own = new Map<string, RuleLevel>();
  const problems: RuleConfigProblem[] = [];
  for (const [id, level] of Object.entries(config ?? {})) {
    if (level === undefined) continue;
    const rule = byId.get(id);
    const path = ['policy', 'rules', id];
    if (rule === undefined) {
      problems.push({
        code: 'policyc/unknown-rule',
        path,
        onKey: true,
        message: `policy.rules names '${id}', which is not a policyc rule.`,
        hint: didYouMean(id, byId.keys()) ?? 'The rules and their ids are listed in docs/rules.md.',
      });
    } else if (rule.meta.severity === 'error' && level !== 'error') {
      problems.push({
        code: 'policyc/rule-always-error',
        path,
        message: `Rule '${id}' cannot be set to '${level}': it finds what would make the policy untrue, so it is always an error.`,
        hint: `Remove '${id}' from policy.rules and correct what it reports.`,
      });
    } else {
      own.set(id, level);
    }
  }
  return { of: (rule) => own.get(rule.meta.id) ?? rule.meta.severity, problems };
}
