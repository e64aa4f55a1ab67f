import { describe, expect, it } from 'vitest';
import { dataCategoryHasPurpose as rule } from '../../../src/rules/data-category-has-purpose.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('data-category-has-purpose', () => {
  it('accepts categories that purposes use', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about a category no purpose uses, at its id', () => {
    const policy = policyWith((p) => {
      p.data_categories.push({ id: 'location', name: 'Location' });
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 3, 'id'],
        message: "Data category 'location' is collected but no purpose uses it.",
        hint: "Add 'location' to the data_categories of the purposes it serves, or remove the category if it is not collected.",
      },
    ]);
  });

  it('counts a misspelt reference as the category it means, which known-data-category reports', () => {
    const policy = sensiblePolicy();
    const uses = policy.purposes.flatMap((p) => p.data_categories ?? []);
    const first = policy.data_categories.find((c) => uses.filter((u) => u === c.id).length === 1)!;
    for (const purpose of policy.purposes) purpose.data_categories = purpose.data_categories?.map((id) => (id === first.id ? `${id}x` : id));
    expect(check(rule, policy)).toEqual([]);
  });

  it('is silent when no purpose maps data categories at all', () => {
    const policy = policyWith((p) => {
      for (const purpose of p.purposes) delete purpose.data_categories;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
