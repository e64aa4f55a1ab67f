import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleReference } from '../../../src/rules/docs.js';
import { rules } from '../../../src/rules/registry.js';
import type { Rule } from '../../../src/rules/types.js';

describe('docs/rules.md', () => {
  it('is what the registry generates (run node scripts/gen-rule-docs.mjs after changing a rule)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRuleReference(rules));
  });

  it('is what scripts/gen-rule-docs.mjs writes', () => {
    const root = new URL('../../../', import.meta.url);
    expect(() => execFileSync(process.execPath, ['scripts/gen-rule-docs.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('lists each rule in the table and gives it a section with its level, rationale and messages', () => {
    const rule: Rule = {
      meta: { id: 'sample-rule', severity: 'warning', description: 'Checks a | b.', rationale: 'Because.', messages: { found: "Found '{{value}}'." } },
      check: () => undefined,
    };
    const markdown = renderRuleReference([rule]);
    expect(markdown).toContain('| [`sample-rule`](#sample-rule) | warning | Checks a \\| b. |');
    expect(markdown).toContain("## sample-rule\n\n**Default level:** warning\n\nChecks a | b.\n\nBecause.\n\n**Messages:**\n\n- Found '*value*'.\n");
  });
});
