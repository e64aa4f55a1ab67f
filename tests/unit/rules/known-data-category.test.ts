import { describe, expect, it } from 'vitest';
import { knownDataCategory as rule } from '../../../src/rules/known-data-category.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('known-data-category', () => {
  it('accepts references to declared categories', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports an unknown id in a purpose at the id itself, with a did-you-mean', () => {
    const policy = policyWith((p) => {
      item(p.purposes, 0).data_categories = ['account', 'paymnet'];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 0, 'data_categories', 1],
        message: "Unknown data category 'paymnet': no entry in data_categories has this id.",
        hint: "Did you mean 'payment'?",
      },
    ]);
  });

  it('finds references in subprocessors, retention and AI features too', () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 0).data_categories = ['cards'];
      item(p.retention, 1).data_categories = ['usage', 'logs'];
      p.ai = { features: [{ name: 'Summaries', description: 'Summarises sessions', data_categories: ['recordings'] }] };
    });
    expect(check(rule, policy).map((problem) => [problem.path, problem.hint])).toEqual([
      [['subprocessors', 0, 'data_categories', 0], 'Declare it under data_categories, or refer to a declared id.'],
      [['retention', 1, 'data_categories', 1], 'Declare it under data_categories, or refer to a declared id.'],
      [['ai', 'features', 0, 'data_categories', 0], 'Declare it under data_categories, or refer to a declared id.'],
    ]);
  });
});
