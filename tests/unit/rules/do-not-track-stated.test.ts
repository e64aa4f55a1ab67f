import { describe, expect, it } from 'vitest';
import { doNotTrackStated as rule } from '../../../src/rules/do-not-track-stated.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('do-not-track-stated', () => {
  it('asks nothing of a site without tracking', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('asks a California site with advertising cookies how it answers Do Not Track', () => {
    const policy = policyWith((p) => (p.cookies = { used: ['strictly_necessary', 'advertising'] }));
    expect(check(rule, policy)).toEqual([
      {
        path: ['cookies', 'used', 1],
        message:
          'The policy uses advertising cookies under the CCPA, but does not say how it responds to Do Not Track signals (Cal. Bus. & Prof. Code § 22575(b)(5)).',
        hint: 'Set cookies.honors_dnt: true or false.',
      },
    ]);
  });

  it('accepts either answer, and asks nothing without the CCPA', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.cookies = { used: ['strictly_necessary'], third_party_tracking: true, honors_dnt: false })),
      ),
    ).toEqual([]);
    const european = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.cookies = { used: ['advertising'] };
    });
    expect(check(rule, european)).toEqual([]);
    const tracked = policyWith((p) => (p.cookies = { used: ['strictly_necessary'], third_party_tracking: true }));
    expect(check(rule, tracked).map((problem) => problem.path)).toEqual([['cookies', 'third_party_tracking']]);
  });

  it('warns about what a signal changes when the policy cannot print it: honors_dnt unstated or false', () => {
    const effect = 'stop collecting interaction data';
    const european = (honors?: boolean): ReturnType<typeof policyWith> =>
      policyWith((p) => {
        p.jurisdictions = ['gdpr'];
        p.cookies = { used: ['strictly_necessary'], dnt_effect: effect, ...(honors === undefined ? {} : { honors_dnt: honors }) };
      });
    expect(check(rule, european())).toEqual([
      {
        path: ['cookies', 'dnt_effect'],
        message: 'What a Do Not Track signal changes is given (dnt_effect), but honors_dnt is not true, so the policy does not print it.',
        hint: 'Set honors_dnt: true under cookies if the signal changes this, or remove dnt_effect.',
      },
    ]);
    expect(check(rule, european(false))).toEqual([
      {
        path: ['cookies', 'dnt_effect'],
        message: 'What a Do Not Track signal changes is given (dnt_effect), but honors_dnt: false says the site does not respond to the signal.',
        hint: 'Set honors_dnt: true under cookies if the signal changes this, or remove dnt_effect.',
      },
    ]);
    expect(check(rule, european(true))).toEqual([]);
    // Under the CCPA with advertising cookies, the unstated answer is reported too, each at its own field.
    const californian = policyWith((p) => (p.cookies = { used: ['advertising'], dnt_effect: effect }));
    expect(check(rule, californian).map((problem) => problem.path)).toEqual([
      ['cookies', 'dnt_effect'],
      ['cookies', 'used', 0],
    ]);
  });
});
