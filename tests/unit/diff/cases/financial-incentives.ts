import type { FinancialIncentive } from '../../../../src/model/policy.generated.js';
import type { Case } from './types.js';

const incentives = (p: Parameters<Case['edit']>[0]): FinancialIncentive[] => p.rights?.financial_incentives ?? [];

export const cases: Case[] = [
  {
    name: 'a new financial incentive',
    edit: (p) => incentives(p).push({ name: 'Survey reward', summary: 'You get a $5 voucher for each survey.', data_categories: ['usage'] }),
    expect: [
      {
        kind: 'financial_incentive.added',
        path: 'rights.financial_incentives[1]',
        summary: 'We now offer a financial incentive in exchange for personal information, “Survey reward”, involving your usage data.',
      },
    ],
  },
  {
    name: 'an incentive no longer offered',
    edit: (p) => {
      if (p.rights) delete p.rights.financial_incentives;
    },
    expect: [{ kind: 'financial_incentive.removed', summary: 'We no longer offer the financial incentive “Friends bonus”.' }],
  },
  {
    name: 'an incentive that involves more data, and says no longer how to withdraw or how the value is calculated',
    edit: (p) => {
      const friends = incentives(p)[0]!;
      friends.data_categories = ['account', 'usage'];
      delete friends.withdraw;
      delete friends.value_method;
    },
    expect: [
      {
        kind: 'financial_incentive.changed',
        path: 'rights.financial_incentives[0].data_categories',
        summary: 'The financial incentive “Friends bonus” now also involves your usage data.',
      },
      {
        kind: 'financial_incentive.changed',
        path: 'rights.financial_incentives[0].withdraw',
        summary: 'The policy no longer says how to withdraw from the financial incentive “Friends bonus”.',
      },
      {
        kind: 'financial_incentive.changed',
        path: 'rights.financial_incentives[0].value_method',
        summary: 'The policy no longer says how we calculate what your data is worth in the financial incentive “Friends bonus”.',
      },
    ],
  },
  {
    name: 'an incentive with less data and a new value',
    edit: (p) => {
      const friends = incentives(p)[0]!;
      friends.data_categories = [];
      friends.value = 'about $8 a month per friend';
    },
    expect: [
      { kind: 'financial_incentive.narrowed', summary: 'The financial incentive “Friends bonus” no longer involves your account information.' },
      { kind: 'practice.reworded', path: 'rights.financial_incentives[0].value' },
    ],
  },
];
