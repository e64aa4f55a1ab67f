import { describe, expect, it } from 'vitest';
import { verificationRequestsGranted as rule } from '../../../src/rules/verification-requests-granted.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('verification-requests-granted', () => {
  it('asks nothing of a verification sentence, or of steps for granted rights or for every request', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const sentence = policyWith((p) => (p.rights!.verification = 'We check your identity first.'));
    expect(check(rule, sentence)).toEqual([]);
    const steps = policyWith(
      (p) => (p.rights!.verification = { steps: [{ requests: ['know', 'access'], asks: ['your email address'] }, { asks: ['your account name'] }] }),
    );
    expect(check(rule, steps)).toEqual([]);
  });

  it('reports a step for requests under a right no list grants, at the right', () => {
    const policy = policyWith(
      (p) => (p.rights!.verification = { steps: [{ asks: ['your email address'] }, { requests: ['know', 'limit_sensitive'], asks: ['a photo ID'] }] }),
    );
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'verification', 'steps', 1, 'requests', 1],
        message: "Verification step 2 is for requests under 'limit_sensitive', a right the policy does not grant.",
        hint: "Add 'limit_sensitive' to rights.everyone or to a law's rights, or remove it from this step's requests.",
      },
    ]);
  });
});
