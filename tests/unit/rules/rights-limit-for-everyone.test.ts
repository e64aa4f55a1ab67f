import { describe, expect, it } from 'vitest';
import { rightsLimitForEveryone as rule } from '../../../src/rules/rights-limit-for-everyone.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('rights-limit-for-everyone', () => {
  it('says nothing without limits', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('accepts a limit on a right given to everyone', () => {
    const policy = policyWith((p) => {
      p.rights!.everyone = ['access', 'erasure'];
      p.rights!.limits = { erasure: 'We keep code you contributed as it is.' };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports a limit on a right only a law grants, which is printed nowhere', () => {
    const policy = policyWith((p) => {
      p.rights!.everyone = ['access'];
      p.rights!.limits = { erasure: 'We keep code you contributed as it is.' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'limits', 'erasure'],
        message: "A limit is set on the right 'erasure' (rights.limits), which rights.everyone does not list, so the limit is printed nowhere.",
        hint: "Add 'erasure' to rights.everyone, or remove the limit.",
      },
    ]);
  });
});
