import { describe, expect, it } from 'vitest';
import { full, schema, schemaErrors } from './support.js';

/** Every field path of the schema: `controller.dpo.email`, `subprocessors[].name`. */
function schemaPaths(): string[] {
  const defs = (schema as { $defs: Record<string, Node> }).$defs;
  interface Node {
    $ref?: string;
    anyOf?: Node[];
    properties?: Record<string, Node>;
    items?: Node;
  }
  const out = new Set<string>();
  const walk = (node: Node | undefined, path: string, seen: readonly string[]): void => {
    if (!node) return;
    if (node.$ref) {
      const name = node.$ref.split('/').pop() as string;
      if (!seen.includes(name)) walk(defs[name], path, [...seen, name]);
      return;
    }
    for (const alt of node.anyOf ?? []) walk(alt, path, seen);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const p = path ? `${path}.${key}` : key;
      out.add(p);
      walk(child, p, seen);
    }
    if (node.items) walk(node.items, `${path}[]`, seen);
  };
  walk(schema as Node, '', []);
  return [...out];
}

function fixturePaths(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) fixturePaths(item, `${path}[]`, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // Free-form maps (rights.instructions, changes.levels, policy.rules) have data as keys, not fields.
      const p = path ? `${path}.${key}` : key;
      out.add(p);
      if (p !== 'rights.instructions' && p !== 'changes.levels' && p !== 'policy.rules') fixturePaths(child, p, out);
    }
  }
  return out;
}

describe('the full diff fixture', () => {
  it('matches the schema', () => {
    expect(schemaErrors(full())).toBe('');
  });

  it('sets every field the schema defines, so the coverage test changes each one', () => {
    const present = fixturePaths(full());
    expect(schemaPaths().filter((p) => !present.has(p))).toEqual([]);
  });
});
