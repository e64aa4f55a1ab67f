import { describe, expect, it } from 'vitest';
import { noIndefiniteRetention as rule } from '../../../src/rules/no-indefinite-retention.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('no-indefinite-retention', () => {
  it('accepts durations and event-based keywords', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it("warns about 'indefinite' wherever a retention period appears", () => {
    const policy = policyWith((p) => {
      item(p.retention, 0).period = 'indefinite';
      item(p.retention, 2).by_plan = [{ plan: 'Studio', period: 'indefinite' }];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['retention', 0, 'period'],
        message:
          "Retention period 'indefinite' sets no limit; under the GDPR and the UK GDPR data is kept only as long as its purpose needs (Art. 5(1)(e), 13(2)(a)).",
        hint: 'State a duration (P7Y), or the event that ends it (until_purpose_fulfilled, account_lifetime), or anonymise the data and say so (then: anonymized).',
      },
      expect.objectContaining({ path: ['retention', 2, 'by_plan', 0, 'period'] }),
    ]);
  });

  it('is silent for a US-only policy', () => {
    expect(
      check(
        rule,
        policyWith((p) => ((p.jurisdictions = ['ccpa']), (item(p.retention, 0).period = 'indefinite'))),
      ),
    ).toEqual([]);
  });
});
