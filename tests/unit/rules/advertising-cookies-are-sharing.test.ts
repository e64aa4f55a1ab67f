import { describe, expect, it } from 'vitest';
import { advertisingCookiesAreSharing as rule } from '../../../src/rules/advertising-cookies-are-sharing.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('advertising-cookies-are-sharing', () => {
  it('accepts advertising cookies when sharing is declared, and a policy without them', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const declared = policyWith((p) => {
      p.cookies = { used: ['advertising'] };
      p.sale_and_sharing = { sells: false, shares_for_advertising: true };
    });
    expect(check(rule, declared)).toEqual([]);
  });

  it('warns about advertising cookies beside shares_for_advertising: false, at that statement', () => {
    const policy = policyWith((p) => {
      p.cookies = { used: ['strictly_necessary', 'advertising'] };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['sale_and_sharing', 'shares_for_advertising'],
        message:
          "Advertising cookies are used, but the policy says personal data is not shared for advertising; under the CCPA, third-party advertising trackers are 'sharing' (Cal. Civ. Code 1798.140(ah)).",
        hint: 'Set shares_for_advertising: true and offer the opt-out, or remove the advertising cookies; if unsure, leave sale_and_sharing out rather than publish a denial.',
      },
    ]);
  });

  it('points at sells when the policy only says it does not sell', () => {
    const policy = policyWith((p) => {
      p.cookies = { used: ['advertising'] };
      p.sale_and_sharing = { sells: false };
    });
    expect(check(rule, policy).map(({ path, message }) => [path, message])).toEqual([
      [
        ['sale_and_sharing', 'sells'],
        "Advertising cookies are used, but the policy says personal data is not sold and says nothing about sharing; under the CCPA, third-party advertising trackers are 'sharing' (Cal. Civ. Code 1798.140(ah)).",
      ],
    ]);
  });
});
