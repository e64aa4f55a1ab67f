import { describe, expect, it } from 'vitest';
import { noDuplicateSubprocessor as rule } from '../../../src/rules/no-duplicate-subprocessor.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('no-duplicate-subprocessor', () => {
  it('accepts distinct providers', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports a provider listed twice, ignoring case and spacing, at the second name', () => {
    const policy = policyWith((p) => {
      p.subprocessors!.push({ name: 'stripe,  Inc.', purpose: 'Billing', location: 'US', transfer_mechanism: 'dpf' });
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 2, 'name'],
        message: "Subprocessor 'stripe,  Inc.' is listed twice: subprocessors[0] has the same name.",
        hint: 'List each provider once; give several locations as a list and describe all its services in purpose.',
      },
    ]);
  });
});
