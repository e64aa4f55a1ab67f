import { describe, expect, it } from 'vitest';
import { aiTrainingConsistent as rule } from '../../../src/rules/ai-training-consistent.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('ai-training-consistent', () => {
  it('accepts providers that do not train while training is never', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('accepts a training provider when the policy allows training', () => {
    expect(
      check(
        rule,
        policyWith((p) => ((p.ai = { training: 'opt_in' }), (item(p.subprocessors, 0).trains_on_data = true))),
      ),
    ).toEqual([]);
  });

  it("warns about a provider that trains while ai.training is 'never', at its flag", () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 1).trains_on_data = true;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 1, 'trains_on_data'],
        message: "Subprocessor 'Amazon Web Services EMEA SARL' may train its models on the data, but ai.training says user data never trains models.",
        hint: 'Set ai.training to what actually happens (opt_in, opt_out, yes), or use the provider under terms that exclude training.',
      },
    ]);
  });
});
