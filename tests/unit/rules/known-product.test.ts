import { describe, expect, it } from 'vitest';
import { knownProduct as rule } from '../../../src/rules/known-product.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

const withProducts = (change: Parameters<typeof policyWith>[0] = () => {}) =>
  policyWith((p) => {
    p.products = [
      { id: 'app', name: 'Example Mobile' },
      { id: 'web', name: 'Example Web' },
    ];
    change(p);
  });

describe('known-product', () => {
  it('accepts a policy without products, and scopes that name declared products', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        withProducts((p) => void (item(p.purposes, 0).products = ['app', 'web'])),
      ),
    ).toEqual([]);
  });

  it('reports an unknown id at the id itself, with a did-you-mean', () => {
    const policy = withProducts((p) => void (item(p.subprocessors, 0).products = ['web', 'apps']));
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 0, 'products', 1],
        message: "Unknown product 'apps': no entry in products has this id.",
        hint: "Did you mean 'app'?",
      },
    ]);
  });

  it('finds scopes on every kind of entry, and asks for the products list when there is none', () => {
    const scoped = policyWith((p) => {
      item(p.data_categories, 0).products = ['desktop'];
      item(p.retention, 0).products = ['desktop'];
      p.cookies = { used: ['strictly_necessary'], products: ['desktop'] };
      p.commitments = [{ kind: 'no_sale', products: ['desktop'] }];
      p.audiences = { covered: [{ kind: 'customers', products: ['desktop'] }] };
    });
    const problems = check(rule, scoped);
    expect(problems.map((problem) => problem.path.join('.')).sort()).toEqual([
      'audiences.covered.0.products.0',
      'commitments.0.products.0',
      'cookies.products.0',
      'data_categories.0.products.0',
      'retention.0.products.0',
    ]);
    expect(problems[0]?.hint).toBe("Declare the products under the top-level products list, e.g. products: [{ id: desktop, name: 'The product's name' }].");
  });

  it('says to declare an id nothing resembles', () => {
    expect(
      check(
        rule,
        withProducts((p) => void (item(p.purposes, 1).products = ['television'])),
      )[0]?.hint,
    ).toBe('Declare it under products, or refer to a declared id.');
  });
});
