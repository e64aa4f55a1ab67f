import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const index = readFileSync(new URL('../../src/index.ts', import.meta.url), 'utf8');
const docs = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

/** The names src/index.ts exports by name (values and types), not the `export type *` of the schema types. */
function exportedNames(source: string): string[] {
  const names: string[] = [];
  for (const [, list = ''] of source.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  return names;
}

describe('docs/api.md', () => {
  it('is the page src/index.ts points to', () => {
    expect(index).toContain('docs/api.md');
  });

  it('describes every name the package exports', () => {
    const names = exportedNames(index);
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !docs.includes(`\`${name}\``) && !docs.includes(`\`${name}(`))).toEqual([]);
  });
});
