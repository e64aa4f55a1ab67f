import { describe, expect, it } from 'vitest';
import { trackingNeedsAdvertising as rule } from '../../../src/rules/tracking-needs-advertising.js';
import { appPolicy } from './app-fixture.js';
import { check, item, sensiblePolicy } from './fixture.js';

describe('tracking-needs-advertising', () => {
  it('accepts a policy that tracks nothing', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(check(rule, appPolicy())).toEqual([]);
  });

  it('warns about data used for tracking that no advertising purpose uses', () => {
    const policy = appPolicy((p) => (item(p.data_categories, 1).stores!.apple!.tracking = true));
    expect(check(rule, policy)).toEqual([
      {
        path: ['data_categories', 1, 'stores', 'apple', 'tracking'],
        message: "Data category 'usage' is used for tracking, but no advertising purpose uses it.",
        hint: 'Add the advertising purpose (stores.apple: [third_party_advertising], stores.google: [advertising]) that uses it, or set tracking: false.',
      },
    ]);
  });

  it("accepts tracking by data an advertising purpose uses, in either store's words", () => {
    const apple = appPolicy((p) => {
      item(p.data_categories, 0).stores!.apple!.tracking = true;
    });
    expect(check(rule, apple)).toEqual([]);
    const google = appPolicy((p) => {
      item(p.data_categories, 0).stores!.apple!.tracking = true;
      item(p.purposes, 2).stores = { google: ['advertising'] };
    });
    expect(check(rule, google)).toEqual([]);
  });
});
