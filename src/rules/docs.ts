import type { Rule } from './types.js';

/**
 * docs/rules.md, the rule reference, from the registry: what each rule checks and why. A test
 * keeps the committed file equal to this; `npm run gen` rewrites it.
 */
export function renderRuleReference(rules: readonly Rule[]): string {
  const lines = [
    '# Rule reference',
    '',
    '<!-- Generated from src/rules by `npm run gen`. Do not edit by hand. -->',
    '',
    '`policyc validate` runs these semantic rules on every file that passes the schema. Each',
    'diagnostic names the rule that reported it, and points at the offending value itself.',
    '',
    '**Errors** mean the file contradicts itself or refers to something that does not exist (an',
    'unknown data category or country, a duplicate id, an adequacy decision that was never made):',
    'the policy cannot be built truthfully, so validation fails (exit 1) and `build` writes nothing.',
    '',
    '**Warnings** are legal findings about the practices the file describes (a missing lawful basis,',
    'a transfer without a safeguard, a notice period too short). The policy still builds, because it',
    'must say what the company really does; fix the practice, not the sentence. Warnings fail',
    'validation only when `--max-warnings` is exceeded: use `--max-warnings 0` in CI to gate on them.',
    '',
    '## Configuring rules',
    '',
    'As in ESLint, `policy.rules` in `privacy.yaml` sets the level of a rule by its id: `off`,',
    '`warning` or `error`.',
    '',
    '```yaml',
    'policy:',
    '  rules:',
    '    representative-appointed: off     # the processing is occasional (Art. 27(2))',
    '    no-indefinite-retention: error    # fail validation, not just warn',
    '```',
    '',
    'A warning can be turned off or raised to an error. A rule that is an error by default always',
    'stays one, since what it finds would make the built policy untrue; setting it lower is itself',
    'an error. An id that is not a rule is an error too, with the closest ids suggested, so a typo',
    'never leaves a rule running that you meant to turn off.',
    '',
    '## Rules',
    '',
    '| Rule | Default level | What it checks |',
    '| --- | --- | --- |',
    ...rules.map(({ meta }) => `| [\`${meta.id}\`](#${meta.id}) | ${meta.severity} | ${cell(meta.description)} |`),
  ];
  for (const { meta } of rules) {
    const level = meta.severity === 'error' ? 'error (always)' : 'warning';
    lines.push('', `## ${meta.id}`, '', `**Default level:** ${level}`, '', meta.description, '', meta.rationale, '');
    if (meta.needsCollection === true) lines.push('Not checked in a file that declares that no personal data is collected (`data_categories: []`).', '');
    lines.push('**Messages:**', '');
    for (const template of Object.values<string>(meta.messages)) lines.push(`- ${template.replace(/\{\{\s*(\w+)\s*\}\}/g, '*$1*')}`);
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
