import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffReference } from '../../../src/diff/docs.js';
import { changeKinds, checks } from '../../../src/diff/index.js';
import { MERGE_RULES } from '../../../src/diff/merge.js';

const file = new URL('../../../docs/diff.md', import.meta.url);

describe('docs/diff.md', () => {
  it('is what the registry generates (UPDATE_DOCS=1 npx vitest run tests/unit/diff/docs.test.ts rewrites it)', () => {
    const generated = renderDiffReference(checks, changeKinds);
    if (process.env.UPDATE_DOCS) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('lists every kind with its level, every check with its fields, and every merge rule', () => {
    const markdown = renderDiffReference(checks, changeKinds);
    for (const [kind, info] of changeKinds) expect(markdown).toContain(`| \`${kind}\` | ${info.level} |`);
    for (const check of checks) expect(markdown).toContain(`### ${check.id}\n`);
    for (const rule of MERGE_RULES) expect(markdown).toContain(`| \`${rule.id}\` | ${rule.description}`);
  });
});
