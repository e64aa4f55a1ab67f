import { describe, expect, it } from 'vitest';
import { changesAdvanceNotice as rule } from '../../../src/rules/changes-advance-notice.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('changes-advance-notice', () => {
  it('accepts a notice period of a day or more', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.changes!.notice_period = 'P1D')),
      ),
    ).toEqual([]);
  });

  it('warns about a zero notice period, at the period', () => {
    const policy = policyWith((p) => {
      p.changes!.notice_period = 'P0D';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['changes', 'notice_period'],
        message:
          "Change notice period 'P0D' gives no advance notice; under the GDPR and the UK GDPR people must be told of a material change before it applies to their data (Art. 13(3)).",
        hint: 'Set changes.notice_period, e.g. P30D, and say how people are told in changes.channels.',
      },
    ]);
  });

  it('warns about a missing period on the changes key, or on the law when there is no changes section', () => {
    const noPeriod = policyWith((p) => {
      p.changes = { channels: ['email'] };
    });
    const noChanges = policyWith((p) => {
      p.jurisdictions = ['ccpa', 'uk_gdpr'];
      delete p.changes;
    });
    expect(check(rule, noPeriod).map(({ path, onKey, message }) => [path, onKey, message])).toEqual([
      [
        ['changes'],
        true,
        'No change notice period is stated; under the GDPR and the UK GDPR people must be told of a material change before it applies to their data (Art. 13(3)).',
      ],
    ]);
    expect(check(rule, noChanges).map(({ path, onKey }) => [path, onKey])).toEqual([[['jurisdictions', 1], undefined]]);
  });

  it('is silent where neither the GDPR nor the UK GDPR applies', () => {
    expect(
      check(
        rule,
        policyWith((p) => ((p.jurisdictions = ['ccpa']), delete p.changes)),
      ),
    ).toEqual([]);
  });
});
