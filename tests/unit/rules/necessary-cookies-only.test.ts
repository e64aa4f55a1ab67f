import { describe, expect, it } from 'vitest';
import { necessaryCookiesOnly as rule } from '../../../src/rules/necessary-cookies-only.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('necessary-cookies-only', () => {
  it('accepts only strictly necessary cookies with no tracking, and tools beside the kinds they set', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.cookies = { used: ['strictly_necessary'], third_party_tracking: false })),
      ),
    ).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.cookies = { used: ['strictly_necessary', 'advertising'], tools: ['Meta Pixel'], third_party_tracking: true })),
      ),
    ).toEqual([]);
  });

  it('reports tracking tools and third-party tracking beside "only strictly necessary cookies"', () => {
    const policy = policyWith((p) => (p.cookies = { used: ['strictly_necessary'], tools: ['Meta Pixel', 'LinkedIn Insight Tag'], third_party_tracking: true }));
    expect(check(rule, policy)).toEqual([
      {
        path: ['cookies', 'tools'],
        onKey: true,
        message:
          "The policy would say it uses only strictly necessary cookies (cookies.used lists only strictly_necessary), but cookies.tools names 'Meta Pixel', 'LinkedIn Insight Tag'.",
        hint: 'Add the kinds these tools set to cookies.used (analytics, advertising …), or remove what no longer runs.',
      },
      {
        path: ['cookies', 'third_party_tracking'],
        message:
          'The policy would say it uses only strictly necessary cookies (cookies.used lists only strictly_necessary), but cookies.third_party_tracking is true.',
        hint: 'Add the kinds these tools set to cookies.used (analytics, advertising …), or remove what no longer runs.',
      },
    ]);
  });
});
