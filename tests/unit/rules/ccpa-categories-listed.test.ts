import { describe, expect, it } from 'vitest';
import { ccpaCategoriesListed as rule } from '../../../src/rules/ccpa-categories-listed.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('ccpa-categories-listed', () => {
  it('asks nothing of a policy that maps no data category, or maps them all', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const all = policyWith((p) => p.data_categories.forEach((c) => (c.ccpa_categories = ['identifiers'])));
    expect(check(rule, all)).toEqual([]);
  });

  it('reports each data category left out once another is mapped, at its id', () => {
    const policy = policyWith((p) => (p.data_categories[0]!.ccpa_categories = ['identifiers']));
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 1, 'id'],
        message:
          "Data category 'usage' says no category of personal information (Cal. Civ. Code § 1798.140(v)), while others do: the California table leaves it out.",
        hint: "Add ccpa_categories to 'usage', such as [identifiers] or [internet_activity].",
      },
      {
        path: ['data_categories', 2, 'id'],
        message:
          "Data category 'payment' says no category of personal information (Cal. Civ. Code § 1798.140(v)), while others do: the California table leaves it out.",
        hint: "Add ccpa_categories to 'payment', such as [identifiers] or [internet_activity].",
      },
    ]);
  });

  it('asks nothing without the CCPA, where no table is written', () => {
    const policy = policyWith((p) => {
      p.data_categories[0]!.ccpa_categories = ['identifiers'];
      p.jurisdictions = ['gdpr'];
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
