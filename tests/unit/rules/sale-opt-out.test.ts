import { describe, expect, it } from 'vitest';
import { saleOptOut as rule } from '../../../src/rules/sale-opt-out.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('sale-opt-out', () => {
  it('accepts selling with the opt-out granted, and not selling without it', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.sale_and_sharing = { sells: true })),
      ),
    ).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.rights!.ccpa!.rights = ['know'])),
      ),
    ).toEqual([]);
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports selling under the CCPA without the opt-out, at sells', () => {
    const policy = policyWith((p) => {
      p.sale_and_sharing = { sells: true };
      p.rights!.ccpa!.rights = ['know', 'delete'];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['sale_and_sharing', 'sells'],
        message: 'Personal data is sold, but the CCPA right to opt out of sale and sharing is not listed (Cal. Civ. Code 1798.120).',
        hint: "Add opt_out_sale_sharing to rights.ccpa.rights and say how to use it (a 'Do Not Sell or Share' link).",
      },
    ]);
  });

  it('treats sharing for advertising like selling', () => {
    const policy = policyWith((p) => {
      p.sale_and_sharing = { sells: false, shares_for_advertising: true };
      p.rights!.ccpa!.rights = ['know'];
    });
    expect(check(rule, policy).map((problem) => problem.path)).toEqual([['sale_and_sharing', 'shares_for_advertising']]);
  });
});
