import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/model/policy.generated.js';
import { nothingCollectedPresumed as rule } from '../../../src/rules/nothing-collected-presumed.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

/** The sensible policy of a company that collects nothing, with only what stays true kept. */
function nothingCollected(change: (policy: Policy) => void = () => {}): Policy {
  return policyWith((p) => {
    p.data_categories = [];
    p.purposes = [];
    for (const key of ['subprocessors', 'retention', 'transfers', 'sale_and_sharing', 'ai', 'breach_notification'] as const) delete p[key];
    change(p);
  });
}

describe('nothing-collected-presumed', () => {
  it('is silent for a policy that collects data, and for one that collects none and presumes none', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(check(rule, nothingCollected())).toEqual([]);
  });

  it('warns at each section that speaks as if the company held personal data', () => {
    const policy = nothingCollected((p) => {
      p.security = { measures: ['TLS'] };
      p.breach_notification = { notify_users: true };
      p.government_requests = { legal_process: true };
      p.audiences = { covered: [{ kind: 'visitors' }] };
    });
    expect(check(rule, policy).map((problem) => `${problem.path.join('.')}: ${problem.message}`)).toEqual([
      'security: The file declares how personal data is protected ("We protect personal data with …"), but data_categories is empty, which declares that no personal data is collected: a reader would take it that there is some.',
      'breach_notification: The file declares what happens when a breach affects personal data, but data_categories is empty, which declares that no personal data is collected: a reader would take it that there is some.',
      'government_requests: The file declares how personal data is disclosed to authorities, but data_categories is empty, which declares that no personal data is collected: a reader would take it that there is some.',
      "audiences.covered: The groups in audiences.covered say whose personal data the policy covers ('It covers the personal data of …'), but data_categories is empty.",
    ]);
  });
});
