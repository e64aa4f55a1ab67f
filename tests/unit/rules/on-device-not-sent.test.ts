import { describe, expect, it } from 'vitest';
import { onDeviceNotSent as rule } from '../../../src/rules/on-device-not-sent.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

/** The sensible policy with browsing history that stays on the device, used by the service. */
function withHistory(change: (p: ReturnType<typeof sensiblePolicy>) => void = () => {}): ReturnType<typeof sensiblePolicy> {
  return policyWith((p) => {
    p.data_categories.push({ id: 'history', name: 'Browsing history', on_device: true });
    item(p.purposes, 0).data_categories?.push('history');
    change(p);
  });
}

describe('on-device-not-sent', () => {
  it('accepts an on-device category that only purposes use', () => {
    expect(check(rule, withHistory())).toEqual([]);
  });

  it('accepts a policy without on-device data', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports a provider that receives it, at the reference', () => {
    const policy = withHistory((p) => item(p.subprocessors, 1).data_categories?.push('history'));
    expect(check(rule, policy)).toEqual([
      {
        path: ['subprocessors', 1, 'data_categories', 2],
        message: "Data category 'history' is marked on_device (it never leaves the device), but provider 'Amazon Web Services EMEA SARL' receives it.",
        hint: "Remove 'history' here, or declare the data that is sent as its own category without on_device.",
      },
    ]);
  });

  it('reports a retention entry, a kind of recipient, a sale and AI training', () => {
    const policy = withHistory((p) => {
      item(p.retention, 1).data_categories.push('history');
      p.recipient_categories = [{ name: 'DNS resolvers', purpose: 'Resolving addresses', data_categories: ['history'] }];
      p.sale_and_sharing = { sells: true, shares_for_advertising: false, past_12_months: { sold: ['history'], shared: [] } };
      p.ai = { training: 'opt_out', training_data_categories: ['history'], automated_decisions: false };
    });
    expect(check(rule, policy).map((problem) => problem.path)).toEqual([
      ['recipient_categories', 0, 'data_categories', 0],
      ['retention', 1, 'data_categories', 1],
      ['sale_and_sharing', 'past_12_months', 'sold', 0],
      ['ai', 'training_data_categories', 0],
    ]);
  });
});
