import { describe, expect, it } from 'vitest';
import { gdprRightsListed as rule } from '../../../src/rules/gdpr-rights-listed.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('gdpr-rights-listed', () => {
  it('accepts the full list granted to everyone', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns once per law about the missing rights, at the list that lacks them', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.rights = { gdpr: { rights: ['access', 'rectification', 'erasure', 'portability', 'object'] } };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'gdpr', 'rights'],
        onKey: false,
        message: "Under the GDPR, the policy does not list the rights 'restriction' (Art. 18), 'complaint' (Art. 77) and 'withdraw_consent' (Art. 7(3)).",
        hint: 'Add them to rights.gdpr.rights, or to rights.everyone to grant them to all users.',
      },
    ]);
  });

  it('asks for the automated-decision right (UK GDPR Art. 22C since the Data (Use and Access) Act 2025) when decisions are automated, and counts CCPA names as equivalents', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['uk_gdpr'];
      p.ai = { automated_decisions: true };
      p.rights!.everyone = ['know', 'correct', 'delete', 'restriction', 'portability', 'object', 'withdraw_consent', 'complaint'];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'everyone'],
        onKey: false,
        message: "Under the UK GDPR, the policy does not list the right 'automated_decisions' (Art. 22C).",
        hint: 'Add it to rights.uk_gdpr.rights, or to rights.everyone to grant it to all users.',
      },
    ]);
  });

  it('checks the Swiss FADP against its own list, and points at the law when there is no rights section', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa', 'swiss_fadp'];
      delete p.rights;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['jurisdictions', 1],
        onKey: false,
        message:
          "Under the FADP, the policy does not list the rights 'access' (Art. 25), 'rectification' (Art. 32), 'erasure' (Art. 32) and 'portability' (Art. 28).",
        hint: 'Add them to rights.swiss_fadp.rights, or to rights.everyone to grant them to all users.',
      },
    ]);
  });
});
