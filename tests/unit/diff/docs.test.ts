import { describe, expect, it } from 'vitest';
import { renderDiffReference } from '../../../src/diff/docs.js';
import { changeKinds, checks } from '../../../src/diff/index.js';
import { MERGE_RULES } from '../../../src/diff/merge.js';

describe('docs/diff.md', () => {
  it('lists every kind with its level, every check with its fields, and every merge rule', () => {
    const markdown = renderDiffReference(checks, changeKinds);
    for (const [kind, info] of changeKinds) expect(markdown).toContain(`| \`${kind}\` | ${info.level} |`);
    for (const check of checks) expect(markdown).toContain(`### ${check.id}\n`);
    for (const rule of MERGE_RULES) expect(markdown).toContain(`| \`${rule.id}\` | ${rule.description}`);
  });
});
