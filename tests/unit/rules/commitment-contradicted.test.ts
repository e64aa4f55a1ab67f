import { describe, expect, it } from 'vitest';
import { commitmentContradicted as rule } from '../../../src/rules/commitment-contradicted.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('commitment-contradicted', () => {
  it('accepts commitments the rest of the file agrees with', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const agreeing = policyWith((p) => {
      p.commitments = [{ kind: 'no_sale' }, { kind: 'no_ai_training' }, { kind: 'no_special_categories' }, { kind: 'no_third_party_advertising' }];
      p.ai = { training: 'never' };
    });
    expect(check(rule, agreeing)).toEqual([]);
  });

  it("reports 'never sell' beside a sale, at the commitment, naming the field that contradicts it", () => {
    const policy = policyWith((p) => {
      p.commitments = [{ kind: 'no_staff_access' }, { kind: 'no_sale' }];
      p.sale_and_sharing = { sells: true };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['commitments', 1, 'kind'],
        message: "The commitment 'no_sale' is contradicted by sale_and_sharing.sells: it says personal data is sold.",
        hint: 'Correct whichever is not true: remove or narrow the commitment, or change the other field.',
      },
    ]);
  });

  it('holds a statement in the company’s own words to its kind', () => {
    const policy = policyWith((p) => {
      p.commitments = [{ kind: 'no_advertising_sharing', statement: 'Your data never feeds ads.' }];
      p.sale_and_sharing = { sells: false, shares_for_advertising: true };
    });
    expect(check(rule, policy).map((problem) => problem.message)).toEqual([
      "The commitment 'no_advertising_sharing' is contradicted by sale_and_sharing.shares_for_advertising: it says personal data is shared for cross-context behavioural advertising.",
    ]);
  });

  it('finds AI training, training providers, third-party tracking and sensitive categories', () => {
    const policy = policyWith((p) => {
      p.commitments = [{ kind: 'no_ai_training' }, { kind: 'no_third_party_advertising' }, { kind: 'no_special_categories' }];
      p.ai = { training: 'opt_out' };
      item(p.subprocessors, 0).trains_on_data = true;
      p.cookies = { used: ['advertising'], third_party_tracking: true };
      item(p.data_categories, 1).sensitive = true;
    });
    expect(check(rule, policy).map((problem) => problem.message.replace(/^The commitment '[a-z_]+' is contradicted by /, ''))).toEqual([
      "ai.training: it says user data trains AI models ('opt_out').",
      `subprocessors[0].trains_on_data: subprocessor '${sensiblePolicy().subprocessors?.[0]?.name}' may train its models on the data.`,
      'cookies.third_party_tracking: it says third-party tracking scripts or advertising cookies run.',
      "data_categories[1].sensitive: data category 'usage' is marked sensitive.",
    ]);
  });

  it('compares a commitment made for some products with the facts of those products only', () => {
    const policy = policyWith((p) => {
      p.products = [
        { id: 'app', name: 'Example Mobile' },
        { id: 'web', name: 'Example Web' },
      ];
      p.commitments = [
        { kind: 'no_ai_training', products: ['app'] },
        { kind: 'no_sale', products: ['app'] },
      ];
      item(p.subprocessors, 0).trains_on_data = true;
      item(p.subprocessors, 0).products = ['web'];
      item(p.subprocessors, 1).trains_on_data = true;
      item(p.subprocessors, 1).products = ['app', 'web'];
      p.sale_and_sharing = { sells: true };
    });
    expect(check(rule, policy).map((problem) => problem.path)).toEqual([['commitments', 0, 'kind']]);
  });
});
