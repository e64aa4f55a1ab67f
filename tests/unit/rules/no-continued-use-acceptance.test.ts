import { describe, expect, it } from 'vitest';
import { noContinuedUseAcceptance as rule } from '../../../src/rules/no-continued-use-acceptance.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('no-continued-use-acceptance', () => {
  it('accepts a policy that does not infer acceptance', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about continued use as acceptance under the GDPR, at the flag', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.changes!.continued_use_is_acceptance = true;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['changes', 'continued_use_is_acceptance'],
        message: 'Continued use is treated as acceptance of changes, but under the GDPR consent cannot be inferred from continued use (Art. 4(11), 7).',
        hint: 'Remove continued_use_is_acceptance, and ask for fresh consent where a change relies on it.',
      },
    ]);
  });

  it('is silent for a US-only policy', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      p.changes!.continued_use_is_acceptance = true;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
