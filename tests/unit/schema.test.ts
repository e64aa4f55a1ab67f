import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../schema/privacy.schema.json', import.meta.url), 'utf8')) as Node;

/** Every property schema, with its path, walking objects, arrays, anyOf and $defs. */
function* properties(node: Node, path: string): Generator<[string, Node]> {
  const props = node.properties as Record<string, Node> | undefined;
  for (const [key, child] of Object.entries(props ?? {})) {
    yield [`${path}.${key}`, child];
    yield* properties(child, `${path}.${key}`);
  }
  if (node.items && typeof node.items === 'object') yield* properties(node.items as Node, `${path}[]`);
  for (const branch of (node.anyOf as Node[] | undefined) ?? []) yield* properties(branch, path);
}

describe('schema/privacy.schema.json', () => {
  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('documents every property with a description and examples', () => {
    const defs = schema.$defs as Record<string, Node>;
    const missing: string[] = [];
    const all = [...properties(schema, '')];
    for (const [name, def] of Object.entries(defs)) all.push(...properties(def, `$defs.${name}`), [`$defs.${name}`, def]);
    for (const [path, node] of all) {
      const target = typeof node.$ref === 'string' ? (defs[node.$ref.replace('#/$defs/', '')] ?? {}) : {};
      const described = node.description ?? target.description;
      const examples = (node.examples ?? target.examples) as unknown[] | undefined;
      if (!described || !examples || examples.length === 0) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it('closes every object against typos', () => {
    const open: string[] = [];
    const visit = (node: Node, path: string) => {
      if (node.type === 'object' && node.properties && node.additionalProperties !== false) open.push(path);
      for (const [key, value] of Object.entries(node)) {
        if (value && typeof value === 'object') visit(value as Node, `${path}/${key}`);
      }
    };
    visit(schema, '#');
    expect(open).toEqual([]);
  });
});
