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
  new Walk(`#/$defs/${def}`, out).visit(root, policy);
  return out;
}

/**
 * One search of the policy for one definition. It descends only into the parts of the schema
 * from which the definition can be reached, so finding countries does not read every text field,
 * and it keeps one path, copied only for the values it finds.
 */
class Walk {
  private readonly path: Array<string | number> = [];

  constructor(
    private readonly target: string,
    private readonly out: Occurrence[],
  ) {}

  visit(node: SchemaNode, value: unknown): void {
    if (node.$ref === this.target) {
      this.out.push({ path: [...this.path], value });
      return;
    }
    if (!reaches(node, this.target)) return;
    const resolved = resolve(node);
    for (const branches of [resolved.anyOf, resolved.oneOf]) {
      // The policy already passed the schema, so the branch whose type fits is the one that matched.
      for (const branch of branches ?? []) if (fits(branch, value)) this.visit(branch, value);
    }
    if (Array.isArray(value)) {
      if (resolved.items) for (let index = 0; index < value.length; index++) this.child(resolved.items, value[index], index);
      return;
    }
    if (!isRecord(value)) return;
    const additional = typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const property = (resolved.properties && Object.hasOwn(resolved.properties, key) ? resolved.properties[key] : undefined) ?? additional;
      if (property) this.child(property, value[key], key);
    }
  }

  private child(node: SchemaNode, value: unknown, segment: string | number): void {
    this.path.push(segment);
    this.visit(node, value);
    this.path.pop();
  }
}

/** Whether a `$ref` to `target` occurs in the node or anything it refers to; computed once per node and target. */
function reaches(node: SchemaNode, target: string): boolean {
  let known = reachable.get(target);
  if (!known) reachable.set(target, (known = new Map()));
  return reachesFrom(node, target, known);
}

const reachable = new Map<string, Map<SchemaNode, boolean>>();
const pending = new Set<SchemaNode>();

function reachesFrom(node: SchemaNode, target: string, known: Map<SchemaNode, boolean>): boolean {
  const answer = known.get(node);
  if (answer !== undefined) return answer;
  // The schema has no recursive definitions; answers memoised around a cycle would be wrong.
  if (pending.has(node)) throw new Error('schema: a recursive $ref, which occurrencesOf does not support');
  pending.add(node);
  const result =
    node.$ref === target ||
    (node.$ref !== undefined && reachesFrom(resolve(node), target, known)) ||
    [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...Object.values(node.properties ?? {}), ...(node.items ? [node.items] : []), ...(typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [])].some((child) =>
      reachesFrom(child, target, known),
    );
  pending.delete(node);
  known.set(node, result);
  return result;
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
