import { describe, expect, it } from 'vitest';
import type { Found } from '../../../src/diff/types.js';
import { compareFlagUnstatedAsFalse } from '../../../src/diff/wording.js';

type Kind = 'flag.on' | 'flag.off' | 'flag.changed';

/** What the helper reports for one pair of values, with the two kinds or with one. */
function found(
  before: boolean | undefined,
  after: boolean | undefined,
  kind: Kind | { on: Kind; off: Kind } = { on: 'flag.on', off: 'flag.off' },
): Found<Kind>[] {
  const all: Found<Kind>[] = [];
  compareFlagUnstatedAsFalse<Kind>(
    (f) => all.push(f),
    ['area', 'flag'],
    before,
    after,
    kind,
    (now) => (now ? 'now yes' : 'now no'),
  );
  return all;
}

describe('compareFlagUnstatedAsFalse', () => {
  it('reports the "on" kind when the flag becomes true, with the values as they are', () => {
    expect(found(false, true)).toEqual([{ kind: 'flag.on', path: ['area', 'flag'], summary: 'now yes', before: false, after: true }]);
    expect(found(undefined, true)).toEqual([{ kind: 'flag.on', path: ['area', 'flag'], summary: 'now yes', before: undefined, after: true }]);
  });

  it('reports the "off" kind when the flag becomes false or unstated', () => {
    expect(found(true, false)).toEqual([{ kind: 'flag.off', path: ['area', 'flag'], summary: 'now no', before: true, after: false }]);
    const [dropped] = found(true, undefined);
    expect(dropped).toMatchObject({ kind: 'flag.off', summary: 'now no', before: true });
    expect(dropped?.after).toBeUndefined();
  });

  it('reports nothing when the flag is unchanged, and unstated is the same as false', () => {
    for (const [before, after] of [
      [true, true],
      [false, false],
      [undefined, undefined],
      [undefined, false],
      [false, undefined],
    ] as const) {
      expect(found(before, after), `${before} → ${after}`).toEqual([]);
    }
  });

  it('reports one kind for both directions when given one', () => {
    expect(found(undefined, true, 'flag.changed').map((f) => [f.kind, f.summary])).toEqual([['flag.changed', 'now yes']]);
    expect(found(true, false, 'flag.changed').map((f) => [f.kind, f.summary])).toEqual([['flag.changed', 'now no']]);
  });
});
