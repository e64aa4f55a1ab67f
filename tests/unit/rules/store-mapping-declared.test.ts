import { describe, expect, it } from 'vitest';
import { storeMappingDeclared as rule } from '../../../src/rules/store-mapping-declared.js';
import { appPolicy } from './app-fixture.js';
import { check, item, sensiblePolicy } from './fixture.js';

describe('store-mapping-declared', () => {
  it('is silent while the file declares no app', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('accepts an app whose categories and purposes all have their store names', () => {
    expect(check(rule, appPolicy())).toEqual([]);
  });

  it('warns about a category without store names, at its id', () => {
    const policy = appPolicy((p) => delete item(p.data_categories, 2).stores);
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 2, 'id'],
        message: "Data category 'payment' has no Apple (App Store) or Google Play data types, though the file declares an app.",
        hint: "Add stores: { apple: { types: [...] }, google: { types: [...] } } naming the store's data types, or stores: { in_app: false } if the app never collects it.",
      },
    ]);
  });

  it('asks only for the stores the apps are published in', () => {
    const policy = appPolicy((p) => {
      item(p.apps, 0).platforms = ['android'];
      delete item(p.data_categories, 0).stores!.apple;
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('accepts data the app never collects', () => {
    const policy = appPolicy((p) => (item(p.data_categories, 2).stores = { in_app: false }));
    expect(check(rule, policy)).toEqual([]);
  });

  it('warns once about a purpose using app data without store purposes', () => {
    const policy = appPolicy((p) => delete item(p.purposes, 0).stores);
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 0, 'id'],
        message: "Purpose 'service' uses data the app collects but has no Apple (App Store) or Google Play purposes.",
        hint: "Add stores: { apple: [app_functionality], google: [app_functionality] }, with the store's purposes this one falls under.",
      },
    ]);
  });
});
