import { describe, expect, it } from 'vitest';
import { dataCategoryHasRetention as rule } from '../../../src/rules/data-category-has-retention.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('data-category-has-retention', () => {
  it('accepts categories that a retention entry covers', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about a category no retention entry lists, at its id', () => {
    const policy = policyWith((p) => {
      p.retention!.splice(1, 1);
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 1, 'id'],
        message: "Data category 'usage' has no retention period: no retention entry lists it.",
        hint: "Add a retention entry whose data_categories include 'usage'.",
      },
    ]);
  });

  it('warns once, on the data_categories key, when no retention is stated at all', () => {
    const policy = policyWith((p) => {
      delete p.retention;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories'],
        onKey: true,
        message: 'No retention period is stated for any data category.',
        hint: 'Add a retention list: for each category, a period such as P90D or account_lifetime.',
      },
    ]);
  });
});

describe('data-category-has-retention and data that stays on the device', () => {
  it('asks no period for an on-device category, which the company never keeps', () => {
    const policy = policyWith((p) => {
      p.data_categories.push({ id: 'history', name: 'Browsing history', on_device: true });
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('asks for no retention list when every category stays on the device', () => {
    const policy = policyWith((p) => {
      p.data_categories = [{ id: 'history', name: 'Browsing history', on_device: true }];
      p.purposes = [{ id: 'browse', name: 'Browse the web', lawful_basis: 'contract', data_categories: ['history'] }];
      delete p.retention;
      delete p.subprocessors;
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
