import { describe, expect, it } from 'vitest';
import { advertisingStatesTracking as rule } from '../../../src/rules/advertising-states-tracking.js';
import { appPolicy } from './app-fixture.js';
import { check, item, sensiblePolicy } from './fixture.js';

describe('advertising-states-tracking', () => {
  it('accepts a policy without third-party advertising', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(check(rule, appPolicy())).toEqual([]);
  });

  it('warns about data used for third-party advertising that does not say whether it tracks', () => {
    const policy = appPolicy((p) => (item(p.purposes, 1).stores!.apple = ['third_party_advertising']));
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 1, 'stores', 'apple'],
        message: "Data category 'usage' is used for third-party advertising (purpose 'security') but does not say whether it is used for tracking.",
        hint: "Add tracking: true if it is linked with other companies' data for advertising or shared with data brokers, else tracking: false.",
      },
    ]);
  });

  it('accepts either answer once it is stated', () => {
    for (const tracking of [true, false]) {
      const policy = appPolicy((p) => {
        item(p.purposes, 1).stores!.apple = ['third_party_advertising'];
        item(p.data_categories, 1).stores!.apple!.tracking = tracking;
      });
      expect(check(rule, policy)).toEqual([]);
    }
  });
});
