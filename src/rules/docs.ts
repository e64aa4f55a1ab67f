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
    "diagnostic names the rule that reported it, and points at the offending value itself.",
    '',
    '**Errors** mean the file contradicts itself or refers to something that does not exist (an',
    'unknown data category or country, a duplicate id, an adequacy decision that was never made):',
    'the policy cannot be built truthfully, so validation fails (exit 1) and `build` writes nothing.',
    '',
    "**Warnings** are legal findings about the practices the file describes (a missing lawful basis,",
    'a transfer without a safeguard, a notice period too short). The policy still builds, because it',
    "must say what the company really does; fix the practice, not the sentence. Warnings fail",
    'validation only when `--max-warnings` is exceeded: use `--max-warnings 0` in CI to gate on them.',
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
