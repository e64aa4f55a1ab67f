import { describe, expect, it } from 'vitest';
import { marketingObjectionChannel as rule } from '../../../src/rules/marketing-objection-channel.js';
import type { Policy, Purpose } from '../../../src/model/policy.generated.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

/** The fixture's newsletter as direct marketing, on `basis`, declared as `marketing`. */
function marketingOn(basis: Purpose['lawful_basis'], marketing: Purpose['direct_marketing'], change?: (p: Policy) => void): Policy {
  return policyWith((p) => {
    const newsletter = item(p.purposes, 2);
    newsletter.lawful_basis = basis;
    if (basis !== 'consent') delete newsletter.consent;
    newsletter.legitimate_interest = 'telling customers about products like those they bought';
    newsletter.direct_marketing = marketing;
    change?.(p);
  });
}

describe('marketing-objection-channel', () => {
  it('asks nothing of a policy without direct marketing, or of marketing on consent alone', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(check(rule, marketingOn('consent', true))).toEqual([]);
  });

  it('asks how to opt out of direct marketing on legitimate interests, under the GDPR and the UK GDPR', () => {
    expect(check(rule, marketingOn('legitimate_interests', true))).toEqual([
      {
        path: ['purposes', 2, 'direct_marketing'],
        message:
          "Purpose 'newsletter' is direct marketing on legitimate_interests, but the file does not say how to opt out of it: under the GDPR and the UK GDPR people can object to it at any time and the company must make that easy (Art. 21(2) and (3), Art. 12(2) GDPR and UK GDPR).",
        hint: "Add direct_marketing: { opt_out: 'use the unsubscribe link at the end of each of our emails' } (your own way), or rights.instructions.opt_out_marketing.",
      },
    ]);
    // Consent beside another basis: the objection, not the withdrawal, stops the other part.
    expect(check(rule, marketingOn(['consent', 'legitimate_interests'], true)).map((p) => p.path)).toEqual([['purposes', 2, 'direct_marketing']]);
  });

  it('is satisfied by an opt-out on the purpose or by the instructions for opting out of marketing', () => {
    expect(check(rule, marketingOn('legitimate_interests', { opt_out: 'use the unsubscribe link in any email' }))).toEqual([]);
    const instructed = marketingOn('legitimate_interests', true, (p) => {
      p.rights = { ...p.rights, instructions: { opt_out_marketing: 'Use the unsubscribe link in any email.' } };
    });
    expect(check(rule, instructed)).toEqual([]);
  });

  it('says that a file without a rights section cannot state the right', () => {
    const noRights = marketingOn('legitimate_interests', { opt_out: 'use the unsubscribe link in any email' }, (p) => delete p.rights);
    expect(check(rule, noRights)).toEqual([
      {
        path: ['purposes', 2, 'direct_marketing'],
        message:
          "Purpose 'newsletter' is direct marketing, but the file has no rights section, so the policy does not state the right to object to it, which the GDPR and the UK GDPR require it to state separately (Art. 21(4) GDPR and UK GDPR).",
        hint: 'Add rights (at least rights.email and the rights the law gives); the policy then states the right to object to direct marketing in a paragraph of its own.',
      },
    ]);
  });

  it('asks nothing where no declared law gives the absolute right: the Swiss FADP and the CCPA', () => {
    for (const laws of [['ccpa'], ['swiss_fadp'], ['swiss_fadp', 'ccpa']] as const) {
      expect(
        check(
          rule,
          marketingOn('legitimate_interests', true, (p) => (p.jurisdictions = [...laws])),
        ),
      ).toEqual([]);
    }
    // Only the GDPR: the message names it alone.
    const gdpr = check(
      rule,
      marketingOn('legitimate_interests', true, (p) => (p.jurisdictions = ['gdpr'])),
    );
    expect(gdpr.map((p) => p.message)).toEqual([
      expect.stringContaining('under the GDPR people can object to it at any time and the company must make that easy (Art. 21(2) and (3), Art. 12(2) GDPR)'),
    ]);
  });

  it('asks nothing of marketing that uses only data on the device', () => {
    const onDevice = marketingOn('legitimate_interests', true, (p) => {
      p.data_categories.push({ id: 'local', name: 'Local preferences', source: 'provided', on_device: true });
      item(p.purposes, 2).data_categories = ['local'];
    });
    expect(check(rule, onDevice)).toEqual([]);
  });
});
