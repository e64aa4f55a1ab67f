import { describe, expect, it } from 'vitest';
import { automatedDecisionsExplained as rule } from '../../../src/rules/automated-decisions-explained.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('automated-decisions-explained', () => {
  it('accepts a policy that makes no automated decisions, and one that explains them', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const explained = policyWith((p) => {
      p.ai = { automated_decisions: true, decision_logic: 'A model scores each order.', decision_consequences: 'A high score cancels the order.' };
    });
    expect(check(rule, explained)).toEqual([]);
  });

  it('asks for the logic and the consequences under the GDPR and the UK GDPR, citing Art. 13(2)(f)', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.ai = { automated_decisions: true })),
      ),
    ).toEqual([
      {
        path: ['ai', 'automated_decisions'],
        message:
          'The policy makes decisions by automated means alone (ai.automated_decisions), but does not give the logic involved or their significance and envisaged consequences, which the GDPR and the UK GDPR require (Art. 13(2)(f) GDPR and UK GDPR).',
        hint: 'Add ai.decision_logic and ai.decision_consequences: a sentence each, in plain words.',
      },
    ]);
  });

  it('asks nothing of a policy under the CCPA alone', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      p.ai = { automated_decisions: true };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports an explanation the policy would not print', () => {
    const policy = policyWith((p) => {
      p.ai = { automated_decisions: false, decision_consequences: 'A high score cancels the order.' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['ai', 'decision_consequences'],
        onKey: true,
        message: 'The file gives ai.decision_consequences, but ai.automated_decisions is not true, so the policy does not print it.',
        hint: 'Set ai.automated_decisions: true if such decisions are made; otherwise remove ai.decision_consequences.',
      },
    ]);
  });
});
