import { describe, expect, it } from 'vitest';
import { renderRuleReference } from '../../../src/rules/docs.js';
import type { Rule } from '../../../src/rules/types.js';

describe('docs/rules.md', () => {
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
