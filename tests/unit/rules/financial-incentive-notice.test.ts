import { describe, expect, it } from 'vitest';
import { financialIncentiveNotice as rule } from '../../../src/rules/financial-incentive-notice.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

const complete = {
  name: 'Rewards Club',
  summary: 'Members get 10% off every order.',
  data_categories: ['account'],
  opt_in: 'tick the box at checkout',
  withdraw: 'turn off Rewards Club in your account settings',
  value: 'about $12 a year per member',
  value_method: 'We divided last year’s discounts by the number of members.',
};

describe('financial-incentive-notice', () => {
  it('asks nothing of a policy without incentives, or of a complete notice', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.rights!.financial_incentives = [complete])),
      ),
    ).toEqual([]);
  });

  it('reports each part of the notice an incentive leaves out, at its name', () => {
    const policy = policyWith(
      (p) =>
        (p.rights!.financial_incentives = [
          { name: complete.name, summary: complete.summary, data_categories: complete.data_categories, opt_in: complete.opt_in, withdraw: complete.withdraw },
        ]),
    );
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'financial_incentives', 0, 'name'],
        message:
          "Financial incentive 'Rewards Club' does not say the estimated value of the personal information, which a notice of financial incentive gives (Cal. Code Regs. tit. 11, § 7016(b)).",
        hint: 'Add value to this financial incentive.',
      },
      {
        path: ['rights', 'financial_incentives', 0, 'name'],
        message:
          "Financial incentive 'Rewards Club' does not say how that value is calculated, which a notice of financial incentive gives (Cal. Code Regs. tit. 11, § 7016(b)).",
        hint: 'Add value_method to this financial incentive.',
      },
    ]);
  });

  it('asks nothing without the CCPA', () => {
    const policy = policyWith((p) => {
      p.rights!.financial_incentives = [{ name: 'Rewards Club', summary: 'Members get 10% off.' }];
      p.jurisdictions = ['gdpr'];
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
