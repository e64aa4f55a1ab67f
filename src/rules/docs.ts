import type { Rule } from './types.js';

/**
 * docs/rules.md, the rule reference, from the registry: what each rule checks and why. A test
 * keeps the committed file equal to this; `node scripts/gen-rule-docs.mjs` rewrites it.
 */
export function renderRuleReference(rules: readonly Rule[]): string {
  const lines = [
    '# Rule reference',
    '',
    '<!-- Generated from src/rules by scripts/gen-rule-docs.mjs. Do not edit by hand. -->',
    '',
    '`policyc validate` runs these semantic rules on every file that passes the schema. Each',
    "diagnostic names the rule that reported it, and points at the offending value itself. Errors",
    'fail validation (exit 1); warnings are shown but fail only when `--max-warnings` is exceeded.',
    '',
    '| Rule | Severity | What it checks |',
    '| --- | --- | --- |',
    ...rules.map(({ meta }) => `| [\`${meta.id}\`](#${meta.id}) | ${meta.severity} | ${cell(meta.description)} |`),
  ];
  for (const { meta } of rules) {
    lines.push('', `## ${meta.id}`, '', `**Severity:** ${meta.severity}`, '', meta.description, '', meta.rationale);
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
