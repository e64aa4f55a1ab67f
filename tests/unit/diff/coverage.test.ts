import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/model/policy.generated.js';
import { diffAfter, full, schema } from './support.js';

/**
 * The diff misses nothing: change any single value of the full fixture and at least one change is
 * reported, by a check that classifies it (never the `other.changed` safety net). Reordering any
 * list is no change at all.
 */

type Segment = string | number;

interface Node {
  $ref?: string;
  anyOf?: Node[];
  enum?: string[];
  pattern?: string;
  format?: string;
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
}

const defs = (schema as { $defs: Record<string, Node> }).$defs;

function resolve(node: Node | undefined): Node[] {
  if (!node) return [];
  if (node.$ref) return resolve(defs[node.$ref.split('/').pop() as string]);
  return node.anyOf ? node.anyOf.flatMap(resolve) : [node];
}

/** The schema alternatives for the value at `path`. */
function schemaAt(path: readonly Segment[]): Node[] {
  let nodes = resolve(schema as Node);
  for (const segment of path) {
    nodes = nodes.flatMap((n) =>
      typeof segment === 'number'
        ? resolve(n.items)
        : resolve(n.properties?.[segment] ?? (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined)),
    );
  }
  return nodes;
}

interface Leaf {
  path: Segment[];
  value: unknown;
}

/** Scalars and lists of scalars; `changes.levels` and `policy.rules` configure policyc and are tested on their own. */
function leaves(value: unknown, path: Segment[] = [], out: Leaf[] = []): Leaf[] {
  if (path.join('.') === 'changes.levels' || path.join('.') === 'policy.rules') return out;
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push({ path, value });
  return out;
}

function otherValue(path: readonly Segment[], value: unknown): unknown {
  const nodes = schemaAt(path);
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  const text = String(value);
  const enumerated = nodes.find((n) => n.enum?.includes(text));
  if (enumerated?.enum) return enumerated.enum.find((v) => v !== text);
  if (nodes.some((n) => n.format === 'date')) return text.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0'));
  if (/^P/.test(text) && nodes.some((n) => n.pattern?.startsWith('^P'))) return text.replace(/\d+/, (n) => String(Number(n) + 1));
  if (nodes.some((n) => n.pattern === '^[A-Z]{2}$')) return text === 'FR' ? 'DE' : 'FR';
  return `${text}x`;
}

/** A value a list of this kind could gain. */
function newItem(path: readonly Segment[], list: readonly unknown[]): unknown {
  const item = schemaAt([...path, 0]);
  const choices = item.flatMap((n) => n.enum ?? []);
  if (choices.length > 0) return choices.find((c) => !list.includes(c));
  if (item.some((n) => n.pattern === '^[A-Z]{2}$')) return ['FR', 'DE', 'JP'].find((c) => !list.includes(c));
  if (item.some((n) => n.pattern === '^[a-z]{2,3}$')) return ['de', 'fr', 'en'].find((c) => !list.includes(c));
  // Another controller's regions: EEA or a country code.
  if (path[path.length - 1] === 'regions' || path[path.length - 1] === 'except_regions') return ['GB', 'US', 'JP'].find((c) => !list.includes(c));
  // A purpose's groups refer to the fixture's covered groups (customers, visitors, testers).
  if (path[path.length - 1] === 'audiences') return ['visitors', 'customers'].find((c) => !list.includes(c));
  if (item.some((n) => n.pattern?.startsWith('^[a-z]'))) return ['account', 'notes', 'usage'].find((c) => !list.includes(c));
  return 'something new';
}

function set(policy: Policy, path: readonly Segment[], value: unknown): void {
  let node = policy as unknown as Record<Segment, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<Segment, unknown>;
  node[path[path.length - 1] as Segment] = value;
}

function label(path: readonly Segment[]): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .slice(1);
}

const all = leaves(full());

describe('every value of privacy.yaml is compared', () => {
  for (const { path, value } of all) {
    if (Array.isArray(value)) {
      it(`${label(path)}: gaining an item is a change`, () => {
        const item = newItem(path, value);
        expect(item, 'no new item to add').toBeDefined();
        const changes = diffAfter((p) => set(p, path, [...value, item]));
        expect(changes.map((c) => c.kind)).not.toContain('other.changed');
        expect(changes.length).toBeGreaterThan(0);
      });
      if (value.length > 1) {
        it(`${label(path)}: losing an item is a change`, () => {
          const changes = diffAfter((p) => set(p, path, value.slice(1)));
          expect(changes.map((c) => c.kind)).not.toContain('other.changed');
          expect(changes.length).toBeGreaterThan(0);
        });
      }
    } else {
      it(`${label(path)}: a new value is a change`, () => {
        const changes = diffAfter((p) => set(p, path, otherValue(path, value)));
        expect(changes.map((c) => c.kind)).not.toContain('other.changed');
        expect(changes.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('reordering is no change', () => {
  it('reverses every list in the file at once and finds nothing', () => {
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? [...value].reverse().map(reverse)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v)]),
            )
          : value;
    expect(diffAfter((p) => Object.assign(p, reverse(p)))).toEqual([]);
  });
});

it('reports a change to changes.levels as material, and none for its order', () => {
  const relevelled = diffAfter((p) => set(p, ['changes', 'levels'], { 'subprocessor.added': 'minor', 'purpose.added': 'minor' }));
  expect(relevelled.map((c) => [c.kind, c.level])).toEqual([['changes.levels_changed', 'material']]);
});

it('ignores policy.rules, which configures validate rather than the policy', () => {
  expect(diffAfter((p) => set(p, ['policy', 'rules'], { 'plausible-date': 'error' }))).toEqual([]);
});
