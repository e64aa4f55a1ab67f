import { describe, expect, it } from 'vitest';
import { breachAuthorityDeadline as rule } from '../../../src/rules/breach-authority-deadline.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('breach-authority-deadline', () => {
  it('accepts 72 hours (or three days) to the authority', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.breach_notification!.within = 'P3D')),
      ),
    ).toEqual([]);
  });

  it('warns about a later deadline, at within', () => {
    const policy = policyWith((p) => {
      p.breach_notification!.within = 'P7D';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['breach_notification', 'within'],
        message:
          "Breach notification within 'P7D' (7 days) is later than the 72 hours the GDPR and the UK GDPR allow for telling the supervisory authority (Art. 33(1)).",
        hint: 'Set breach_notification.within to PT72H or less.',
      },
    ]);
  });

  it('warns when the authority is not told at all', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.breach_notification = { notify_users: true, notify_authority: false };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['breach_notification', 'notify_authority'],
        message:
          'The policy says breaches are not notified to the supervisory authority; under the GDPR a breach must be, within 72 hours, unless it is unlikely to result in a risk (Art. 33(1)).',
        hint: 'Set notify_authority to true, with within: PT72H.',
      },
    ]);
  });

  it("does not read within as the authority's deadline when only users are told", () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.breach_notification = { notify_users: true, within: 'P30D' })),
      ),
    ).toEqual([]);
  });
});
