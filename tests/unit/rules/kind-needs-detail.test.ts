import { describe, expect, it } from 'vitest';
import { kindNeedsDetail as rule } from '../../../src/rules/kind-needs-detail.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('kind-needs-detail', () => {
  it('accepts named kinds, and other with its words', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const complete = policyWith((p) => {
      p.audiences = { covered: [{ kind: 'customers' }, { kind: 'other', name: 'Beta testers' }] };
      p.commitments = [{ kind: 'no_sale' }, { kind: 'other', statement: 'We never show ads.' }, { kind: 'warrant_canary', as_of: '2026-04-01' }];
    });
    expect(check(rule, complete)).toEqual([]);
  });

  it('reports an unnamed other audience, a commitment without words and an undated canary', () => {
    const policy = policyWith((p) => {
      p.audiences = { covered: [{ kind: 'customers' }, { kind: 'other' }] };
      p.commitments = [{ kind: 'other' }, { kind: 'warrant_canary' }];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['audiences', 'covered', 1],
        message: "The audience of kind 'other' has no name, so the policy cannot say whom it covers.",
        hint: "Add name, e.g. name: 'Beta testers', or use one of the named kinds.",
      },
      {
        path: ['commitments', 0],
        message: "The commitment of kind 'other' has no statement, so the policy has nothing to print for it.",
        hint: 'Add statement, the commitment in your words, e.g. statement: We will never show ads in the app.',
      },
      {
        path: ['commitments', 1],
        message: 'The warrant canary has no as_of date; a canary speaks only for the date it was last confirmed.',
        hint: 'Add as_of, the date you last confirmed it, e.g. as_of: 2026-04-01.',
      },
    ]);
  });
});
