import { describe, expect, it } from 'vitest';
import { gpcHonored as rule } from '../../../src/rules/gpc-honored.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('gpc-honored', () => {
  it('asks nothing of a business that neither sells nor shares, or one that honors GPC', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const honoring = policyWith((p) => (p.sale_and_sharing = { sells: true, honors_gpc: true }));
    expect(check(rule, honoring)).toEqual([]);
  });

  it('reports selling without a word on GPC, at the statement that data is sold', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.sale_and_sharing = { sells: true })),
      ),
    ).toEqual([
      {
        path: ['sale_and_sharing', 'sells'],
        message:
          'Personal data is sold, but the policy does not say that it honors Global Privacy Control signals, which the CCPA regulations require of a business that sells or shares (Cal. Code Regs. tit. 11, § 7025).',
        hint: 'Treat a GPC signal as a request to opt out of sale and sharing, and set sale_and_sharing.honors_gpc: true.',
      },
    ]);
  });

  it('reports sharing while ignoring GPC at honors_gpc, and nothing without the CCPA', () => {
    const ignoring = policyWith((p) => (p.sale_and_sharing = { sells: false, shares_for_advertising: true, honors_gpc: false }));
    expect(check(rule, ignoring).map((problem) => [problem.path, problem.message])).toEqual([
      [
        ['sale_and_sharing', 'honors_gpc'],
        'Personal data is shared for advertising, but the policy says it does not respond to Global Privacy Control signals, which the CCPA regulations require of a business that sells or shares (Cal. Code Regs. tit. 11, § 7025).',
      ],
    ]);
    ignoring.jurisdictions = ['gdpr'];
    expect(check(rule, ignoring)).toEqual([]);
  });
});
