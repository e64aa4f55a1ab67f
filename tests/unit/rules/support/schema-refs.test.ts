import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../../src/validate/index.js';
import schema from '../../../../schema/privacy.schema.json' with { type: 'json' };
import { occurrencesOf } from '../../../../src/rules/support/schema-refs.js';
import { item, policyWith, sensiblePolicy } from '../fixture.js';

describe('occurrencesOf', () => {
  it('finds every value the schema types as a country, in single values and lists, in document order', () => {
    const policy = policyWith((p) => {
      item(p.controller.representatives, 0).address = { country: 'GB' };
    });
    expect(occurrencesOf(policy, 'country')).toEqual([
      { path: ['controller', 'country'], value: 'IE' },
      { path: ['controller', 'address', 'country'], value: 'IE' },
      { path: ['controller', 'representatives', 0, 'address', 'country'], value: 'GB' },
      { path: ['subprocessors', 0, 'location'], value: 'US' },
      { path: ['subprocessors', 1, 'location', 0], value: 'IE' },
      { path: ['subprocessors', 1, 'location', 1], value: 'DE' },
      { path: ['transfers', 'storage'], value: 'IE' },
    ]);
  });

  it('finds values under a map of free keys (additionalProperties)', () => {
    const policy = policyWith((p) => {
      p.rights!.instructions = { erasure: 'Email us.' };
    });
    expect(occurrencesOf(policy, 'text').filter(({ path }) => path[0] === 'rights')).toEqual([
      { path: ['rights', 'instructions', 'erasure'], value: 'Email us.' },
    ]);
  });

  it('finds nothing for a definition the policy does not use', () => {
    expect(occurrencesOf(sensiblePolicy(), 'custom_section')).toEqual([]);
  });
});

describe('occurrencesOf over the whole schema', () => {
  const examples = ['sessionly', 'sessionsai', 'sessionlinked', 'opensession', 'sessionpix'].map((name) => {
    const { policy } = checkSource(readFileSync(`examples/${name}/privacy.yaml`), name);
    if (!policy) throw new Error(`examples/${name} does not validate`);
    return policy;
  });

  it.each([sensiblePolicy(), ...examples].map((policy, index) => [index, policy] as const))(
    'answers for every definition without meeting a recursive $ref, as a plain walk of the whole schema does (policy %i)',
    (_, policy) => {
      for (const def of Object.keys(schema.$defs)) {
        expect(occurrencesOf(policy, def)).toEqual(plainWalk(schema as unknown as Node, policy, [], `#/$defs/${def}`));
      }
    },
  );
});

interface Node {
  $ref?: string;
  type?: string;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  $defs?: Record<string, Node>;
}

/** The search without pruning: every branch of the schema, every value. */
function plainWalk(node: Node, value: unknown, path: Array<string | number>, target: string): Array<{ path: Array<string | number>; value: unknown }> {
  if (node.$ref === target) return [{ path, value }];
  const resolved = node.$ref ? plainResolve(node.$ref) : node;
  const found: Array<{ path: Array<string | number>; value: unknown }> = [];
  for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])])
    if (plainFits(branch, value)) found.push(...plainWalk(branch, value, path, target));
  if (Array.isArray(value)) {
    if (resolved.items) value.forEach((item, index) => found.push(...plainWalk(resolved.items as Node, item, [...path, index], target)));
    return found;
  }
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    const property = resolved.properties?.[key] ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined);
    if (property) found.push(...plainWalk(property, child, [...path, key], target));
  }
  return found;
}

function plainResolve(ref: string): Node {
  let node = (schema as unknown as Node).$defs?.[ref.replace('#/$defs/', '')] as Node;
  while (node.$ref) node = plainResolve(node.$ref);
  return node;
}

function plainFits(node: Node, value: unknown): boolean {
  const { type } = node.$ref ? plainResolve(node.$ref) : node;
  if (type === undefined) return true;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}
