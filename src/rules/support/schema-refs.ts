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
  'x-fragment'?: unknown;
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

/** A value whose schema node carries an annotation keyword, with the annotation. */
export interface Annotated extends Occurrence {
  annotation: unknown;
}

/**
 * Every value whose schema node carries `keyword` (beside its `$ref`, or in its definition), with
 * the annotation: the fields the schema declares something about, found without a list of them.
 */
export function annotatedWith(policy: Policy, keyword: 'x-fragment'): Annotated[] {
  const out: Annotated[] = [];
  // One path, copied only where an annotation is found: a copy at every node the walk passes was
  // most of what a cold validate allocated in these rules, and a young-generation collection more.
  const path: Array<string | number> = [];
  const visit = (node: SchemaNode, value: unknown): void => {
    const own = node[keyword] ?? resolve(node)[keyword];
    if (own !== undefined) out.push({ path: [...path], value, annotation: own });
    const resolved = resolve(node);
    const branches = branchesOf(resolved);
    for (let i = 0; i < branches.length; i++) if (fits(branches[i] as SchemaNode, value)) visit(branches[i] as SchemaNode, value);
    if (Array.isArray(value)) {
      if (resolved.items) {
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          visit(resolved.items, value[index]);
          path.pop();
        }
      }
      return;
    }
    if (!isRecord(value)) return;
    const additional = typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const property = (resolved.properties && Object.hasOwn(resolved.properties, key) ? resolved.properties[key] : undefined) ?? additional;
      if (!property) continue;
      path.push(key);
      visit(property, value[key]);
      path.pop();
    }
  };
  visit(root, policy);
  return out;
}

/**
 * One search of the policy for one definition. It does not descend into a definition from which
 * the target cannot be reached, so finding countries does not read every text field, and it keeps
 * one path, copied only for the values it finds.
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
    if (node.$ref !== undefined && !reaches(node.$ref, this.target)) return;
    const resolved = resolve(node);
    // The policy already passed the schema, so the branch whose type fits is the one that matched.
    const branches = branchesOf(resolved);
    for (let i = 0; i < branches.length; i++) if (fits(branches[i] as SchemaNode, value)) this.visit(branches[i] as SchemaNode, value);
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

/**
 * Whether a `$ref` to `target` occurs in the definition `ref` names or in one it refers to. Worked
 * out between definitions, not schema nodes: each definition's own subtree is read once, for the
 * `$ref`s in it, and the answer for a pair is kept.
 */
function reaches(ref: string, target: string): boolean {
  let known = reachable.get(target);
  if (!known) reachable.set(target, (known = new Map()));
  let answer = known.get(ref);
  if (answer === undefined) {
    // The schema has no recursive definitions; an answer kept around a cycle would be wrong.
    if (pending.has(ref)) throw new Error('schema: a recursive $ref, which occurrencesOf does not support');
    pending.add(ref);
    answer = false;
    for (const inner of refsIn(ref)) {
      if (inner === target || reaches(inner, target)) {
        answer = true;
        break;
      }
    }
    pending.delete(ref);
    known.set(ref, answer);
  }
  return answer;
}

/** Answers of `reaches`, by target, then by definition. */
const reachable = new Map<string, Map<string, boolean>>();
const pending = new Set<string>();
const refsOf = new Map<string, ReadonlySet<string>>();

/** The `$ref`s written inside the definition `ref` names, not following them. */
function refsIn(ref: string): ReadonlySet<string> {
  let refs = refsOf.get(ref);
  if (!refs) {
    const found = new Set<string>();
    const collect = (node: SchemaNode): void => {
      if (node.$ref !== undefined) {
        found.add(node.$ref);
        return;
      }
      for (const branch of node.anyOf ?? []) collect(branch);
      for (const branch of node.oneOf ?? []) collect(branch);
      for (const key in node.properties) collect(node.properties[key] as SchemaNode);
      if (node.items) collect(node.items);
      if (typeof node.additionalProperties === 'object') collect(node.additionalProperties);
    };
    collect(definition(ref));
    refsOf.set(ref, (refs = found));
  }
  return refs;
}

function definition(ref: string): SchemaNode {
  const target = root.$defs[ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`schema: unresolved ${ref}`);
  return target;
}

function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.$ref) current = definition(current.$ref);
  return current;
}

/**
 * A node's anyOf and oneOf branches, one array kept per node: the walks ask at every value they
 * pass, and building the list anew each time was most of what they allocated on a cold run (as
 * is a `for…of` there: cold code runs in V8's interpreter, which allocates an iterator and a
 * result for each step).
 */
function branchesOf(node: SchemaNode): readonly SchemaNode[] {
  let branches = branchLists.get(node);
  if (branches === undefined) branchLists.set(node, (branches = [...(node.anyOf ?? []), ...(node.oneOf ?? [])]));
  return branches;
}

const branchLists = new WeakMap<SchemaNode, readonly SchemaNode[]>();

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
