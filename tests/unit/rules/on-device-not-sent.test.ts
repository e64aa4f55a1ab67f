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
    // In the schema's order, which validate sorts by position in the file.
    const paths = check(rule, policy).map((problem) => problem.path);
    expect(paths).toHaveLength(4);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['recipient_categories', 0, 'data_categories', 0],
        ['retention', 1, 'data_categories', 1],
        ['sale_and_sharing', 'past_12_months', 'sold', 0],
        ['ai', 'training_data_categories', 0],
      ]),
    );
  });

  // Review 11 (/tmp/review11/b): the rule kept its own list and missed these two.
  it('reports an AI feature that sends it to a provider, and a financial incentive, but not an AI feature without one', () => {
    const policy = withHistory((p) => {
      p.ai = {
        training: 'never',
        automated_decisions: false,
        features: [
          { name: 'Page summaries', description: 'Summarises pages.', data_categories: ['history'], provider: 'OpenAI' },
          { name: 'Reading list', description: 'Suggests pages on your phone.', data_categories: ['history'] },
        ],
      };
      p.rights = {
        ...p.rights,
        financial_incentives: [{ name: 'History rewards', summary: 'Points for sharing your history.', data_categories: ['history'] }],
      };
    });
    const problems = check(rule, policy);
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        ['ai', 'features', 0, 'data_categories', 0],
        ['rights', 'financial_incentives', 0, 'data_categories', 0],
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(problems.map((problem) => problem.message)).toContain(
      "Data category 'history' is marked on_device (it never leaves the device), but AI feature 'Page summaries' sends it to OpenAI.",
    );
  });
});
