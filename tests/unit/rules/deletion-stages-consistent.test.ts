import { describe, expect, it } from 'vitest';
import { deletionStagesConsistent as rule } from '../../../src/rules/deletion-stages-consistent.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('deletion-stages-consistent', () => {
  it('accepts each stage once', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const staged = policyWith(
      (p) =>
        (p.retention![0]!.deletion_stages = [
          { stage: 'trash', within: 'P30D' },
          { stage: 'backups', within: 'P90D' },
        ]),
    );
    expect(check(rule, staged)).toEqual([]);
  });

  it('reports a stage given twice, and backups given in two places', () => {
    const policy = policyWith((p) => {
      p.retention![0]!.backups = 'P30D';
      p.retention![0]!.deletion_stages = [
        { stage: 'trash', within: 'P30D' },
        { stage: 'trash', within: 'P7D' },
        { stage: 'backups', within: 'P90D' },
      ];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['retention', 0, 'deletion_stages', 1, 'stage'],
        message: "Stage 'trash' appears more than once in this entry's deletion_stages.",
        hint: 'Keep one entry for each stage.',
      },
      {
        path: ['retention', 0, 'backups'],
        message: 'This retention entry gives its backups both in backups and as a deletion stage.',
        hint: 'Remove backups and keep the backups stage, which says when in the order of stages it happens.',
      },
    ]);
  });
});
