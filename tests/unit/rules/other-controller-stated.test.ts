import { describe, expect, it } from 'vitest';
import { otherControllerStated as rule } from '../../../src/rules/other-controller-stated.js';
import { knownAudience } from '../../../src/rules/known-audience.js';
import { knownProduct } from '../../../src/rules/known-product.js';
import { check, policyWith } from './fixture.js';

describe('other-controller-stated', () => {
  it('accepts a named controller for a region, and a described one for a group', () => {
    const policy = policyWith((p) => {
      p.audiences = { covered: [{ kind: 'customers' }, { kind: 'applicants' }] };
      p.controller.other_controllers = [
        { name: 'Example US Inc.', regions: ['US'] },
        { description: 'the company of our group that would employ you', audiences: ['applicants'] },
      ];
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports an entry that does not say for whom it is the controller', () => {
    const policy = policyWith((p) => {
      p.controller.other_controllers = [{ name: 'Example US Inc.', country: 'US' }];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['controller', 'other_controllers', 0],
        message: 'This other controller does not say for whom it is the controller.',
        hint: 'Add regions (EEA, GB, CH or a country code) or except_regions, audiences (groups from audiences.covered) or products (ids from products).',
      },
    ]);
  });

  it('reports an entry that names no company', () => {
    const policy = policyWith((p) => {
      p.controller.other_controllers = [{ regions: ['US'], email: 'privacy@example.com' }];
    });
    expect(check(rule, policy).map((problem) => problem.message)).toEqual(['This other controller has neither a name nor a description.']);
  });
});

describe('ids an other controller refers to', () => {
  it('are checked like every other reference, with a did-you-mean (known-audience, known-product)', () => {
    const policy = policyWith((p) => {
      p.products = [{ id: 'woo', name: 'Woo' }];
      p.audiences = { covered: [{ kind: 'customers' }, { kind: 'applicants' }] };
      p.controller.other_controllers = [{ name: 'Example Jobs Ltd', audiences: ['applicant'], products: ['wooo'] }];
    });
    expect(check(knownAudience, policy)).toEqual([
      {
        path: ['controller', 'other_controllers', 0, 'audiences', 0],
        message: "Unknown group 'applicant': no group in audiences.covered has this id or kind.",
        hint: "Did you mean 'applicants'?",
      },
    ]);
    expect(check(knownProduct, policy)).toEqual([
      {
        path: ['controller', 'other_controllers', 0, 'products', 0],
        message: "Unknown product 'wooo': no entry in products has this id.",
        hint: "Did you mean 'woo'?",
      },
    ]);
  });
});
