import { describe, expect, it } from 'vitest';
import { noDuplicateId as rule } from '../../../src/rules/no-duplicate-id.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('no-duplicate-id', () => {
  it('accepts unique ids', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports the second data category with an id, at its id', () => {
    const policy = policyWith((p) => {
      p.data_categories.push({ id: 'usage', name: 'Usage logs' });
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 3, 'id'],
        message: "Duplicate data category id 'usage': data_categories[1] already uses it.",
        hint: 'Rename one of them, or merge the two entries.',
      },
    ]);
  });

  it('checks app ids, which export --app picks by', () => {
    const policy = policyWith((p) => {
      p.apps = [
        { id: 'app', name: 'One', platforms: ['ios'] },
        { id: 'app', name: 'Two', platforms: ['android'] },
      ];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['apps', 1, 'id'],
        message: "Duplicate app id 'app': apps[0] already uses it.",
        hint: 'Rename one of them, or merge the two entries.',
      },
    ]);
  });

  it('checks purposes and sections as well, each list on its own', () => {
    const policy = policyWith((p) => {
      p.purposes.push({ id: 'service', name: 'Again', lawful_basis: 'contract', data_categories: ['account'] });
      p.sections = [
        { id: 'service', title: 'Our service', body: 'Text.' },
        { id: 'extra', title: 'Extra', body: 'Text.' },
        { id: 'extra', title: 'Extra again', body: 'Text.' },
      ];
    });
    expect(check(rule, policy).map((problem) => [problem.path, problem.message])).toEqual([
      [['purposes', 3, 'id'], "Duplicate purpose id 'service': purposes[0] already uses it."],
      [['sections', 2, 'id'], "Duplicate section id 'extra': sections[1] already uses it."],
    ]);
  });
});

describe('no-duplicate-id on products', () => {
  it('reports a product id used twice', async () => {
    const { noDuplicateId } = await import('../../../src/rules/no-duplicate-id.js');
    const { check, policyWith } = await import('./fixture.js');
    const policy = policyWith((p) => {
      p.products = [
        { id: 'app', name: 'Example Mobile' },
        { id: 'app', name: 'Example Web' },
      ];
    });
    expect(check(noDuplicateId, policy)).toEqual([
      {
        path: ['products', 1, 'id'],
        message: "Duplicate product id 'app': products[0] already uses it.",
        hint: 'Rename one of them, or merge the two entries.',
      },
    ]);
  });
});
