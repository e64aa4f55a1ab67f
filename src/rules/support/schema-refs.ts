import schema from '../../../schema/privacy.schema.json' with { type: 'json' };
import type { Path } from '../../diagnostics.js';
import type { Policy } from '../../model/policy.generated.js';

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

export interface Occurrence {
  path: Path;
  value: unknown;
}

const root = schema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

/**
 * Every value the schema types as `#/$defs/<def>`, with its path. Rules find countries and
 * data-category references this way rather than through a list of fields, so a field added to
 * the schema later is checked without touching the rules.
 */
export function occurrencesOf(policy: Policy, def: string): Occurrence[] {
  const out: Occurrence[] = [];
  walk(root, policy, [], `#/$defs/${def}`, out);
  return out;
}

function walk(node: SchemaNode, value: unknown, path: Path, target: string, out: Occurrence[]): void {
  if (node.$ref === target) {
    out.push({ path, value });
    return;
  }
  const resolved = resolve(node);
  for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
    // The policy already passed the schema, so the branch whose type fits is the one that matched.
    if (fits(branch, value)) walk(branch, value, path, target, out);
  }
  if (Array.isArray(value)) {
    if (resolved.items) value.forEach((item, index) => walk(resolved.items as SchemaNode, item, [...path, index], target, out));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const declared = resolved.properties && Object.hasOwn(resolved.properties, key) ? resolved.properties[key] : undefined;
    const property = declared ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined);
    if (property) walk(property, child, [...path, key], target, out);
  }
}

function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.$ref) {
    const target = root.$defs[current.$ref.replace('#/$defs/', '')];
    if (!target) throw new Error(`schema: unresolved ${current.$ref}`);
    current = target;
  }
  return current;
}

function fits(node: SchemaNode, value: unknown): boolean {
  const { type } = resolve(node);
  if (type === undefined) return true;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isRecord(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
