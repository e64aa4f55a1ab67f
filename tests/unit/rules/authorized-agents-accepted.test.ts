import { describe, expect, it } from 'vitest';
import { authorizedAgentsAccepted as rule } from '../../../src/rules/authorized-agents-accepted.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('authorized-agents-accepted', () => {
  it('accepts a policy that says nothing of agents, or accepts them', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.rights!.authorized_agents = { accepted: true })),
      ),
    ).toEqual([]);
  });

  it('reports refusing agents under the CCPA, citing the regulation', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.rights!.authorized_agents = { accepted: false })),
      ),
    ).toEqual([
      {
        path: ['rights', 'authorized_agents', 'accepted'],
        message:
          'The policy refuses requests from authorized agents (rights.authorized_agents.accepted: false), but the CCPA lets people make requests through one (Cal. Code Regs. tit. 11, § 7063).',
        hint: 'Set accepted: true, and say in proof what an agent must show (for example your signed permission).',
      },
    ]);
  });

  it('lets a policy without the CCPA refuse them', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr'];
      p.rights!.authorized_agents = { accepted: false };
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
