import { describe, expect, it } from 'vitest';
import { checks, changeKinds, diffPolicies } from '../../../src/diff/index.js';
import { unclassifiedCheck } from '../../../src/diff/checks/unclassified.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Found } from '../../../src/diff/types.js';
import { byCheck } from './cases/index.js';
import { foundAfter, full } from './support.js';

const sortKey = (c: { kind: string; path?: string; summary?: string }): string => `${c.kind}|${c.path ?? ''}|${c.summary ?? ''}`;

for (const [id, cases] of Object.entries(byCheck)) {
  describe(`check ${id}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const base = full();
        c.base?.(base);
        const found = foundAfter(c.edit, base);
        expect(found.map((f) => f.kind).sort(), JSON.stringify(found, null, 2)).toEqual(c.expect.map((e) => e.kind).sort());
        for (const wanted of c.expect) {
          const match = found.filter(
            (f) =>
              f.kind === wanted.kind && (wanted.path === undefined || f.path === wanted.path) && (wanted.summary === undefined || f.summary === wanted.summary),
          );
          expect(match, `${sortKey(wanted)} in\n${found.map((f) => sortKey(f)).join('\n')}`).not.toHaveLength(0);
        }
      });
    }
  });
}

describe('the registry', () => {
  it('has a case table for every check but the safety net', () => {
    expect(
      checks
        .map((c) => c.id)
        .filter((id) => id !== 'unclassified')
        .sort(),
    ).toEqual(Object.keys(byCheck).sort());
  });

  it('has a case for every kind', () => {
    const covered = new Set(Object.values(byCheck).flatMap((cases) => cases.flatMap((c) => c.expect.map((e) => e.kind))));
    covered.add('other.changed'); // below
    expect([...changeKinds.keys()].filter((k) => !covered.has(k))).toEqual([]);
  });

  it('names kinds area.what, and a check reports only the kinds it declares', () => {
    for (const kind of changeKinds.keys()) expect(kind).toMatch(/^[a-z_]+\.[a-z_]+$/);
    const base = full();
    for (const check of checks) {
      for (const cases of Object.values(byCheck)) {
        for (const c of cases) {
          const before = structuredClone(base);
          c.base?.(before);
          const after = structuredClone(before);
          c.edit(after);
          check.detect(normalize(before), normalize(after), (found: Found) => expect(Object.keys(check.kinds)).toContain(found.kind));
        }
      }
    }
  });

  it('gives text.changed the same meaning wherever it is declared', () => {
    const infos = new Set(checks.flatMap((c) => (Object.hasOwn(c.kinds, 'text.changed') ? [(c.kinds as Record<string, unknown>)['text.changed']] : [])));
    expect(infos.size).toBe(1);
  });
});

describe('the safety net', () => {
  it('reports, by path, a field that no check compares', () => {
    const net = unclassifiedCheck([]);
    const before = full();
    const after = full();
    after.controller.phone = '+44 20 1111 1111';
    const found: Found[] = [];
    net.detect(normalize(before), normalize(after), (f) => found.push(f));
    expect(found).toEqual([
      {
        kind: 'other.changed',
        path: ['controller', 'phone'],
        summary: 'Something policyc does not classify yet changed: controller.phone.',
        before: '+44 20 0000 0000',
        after: '+44 20 1111 1111',
      },
    ]);
  });

  it('is silent when every field is covered', () => {
    const after = full();
    after.controller.phone = '+44 20 1111 1111';
    expect(diffPolicies(full(), after).changes.map((c) => c.kind)).toEqual(['contact.changed']);
  });
});
