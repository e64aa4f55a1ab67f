import { describe, expect, it } from 'vitest';
import { inAppRightsListed as rule } from '../../../src/rules/in-app-rights-listed.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('in-app-rights-listed', () => {
  it('says nothing without rights.in_app_rights, or when each right it names is listed', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const listed = policyWith((p) => {
      p.rights!.in_app = 'your account settings';
      // know is the CCPA's name for access; delete for erasure.
      p.rights!.in_app_rights = ['access', 'know', 'delete'];
    });
    expect(check(rule, listed)).toEqual([]);
  });

  it('reports a right the policy lists nowhere (MDN Plus: "Für das Recht auf Auskunft …" with no rights listed)', () => {
    const policy = policyWith((p) => {
      p.rights = { in_app: 'your Mozilla account', in_app_rights: ['access'], url: 'https://example.com/requests' };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'in_app_rights', 0],
        message:
          "The right 'access' in rights.in_app_rights is not listed for everyone or under a declared law, so the policy names a place to exercise a right it never says people have.",
        hint: "List 'access' in rights.everyone or in a law's list (rights.<law>.rights), or remove it from rights.in_app_rights.",
      },
    ]);
  });

  it('does not count the list of a law the policy does not declare', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.rights = {
        ccpa: { rights: ['opt_out_sale_sharing'] },
        everyone: ['access'],
        in_app: 'your settings',
        in_app_rights: ['access', 'opt_out_sale_sharing'],
      };
    });
    expect(check(rule, policy).map((p) => p.path)).toEqual([['rights', 'in_app_rights', 1]]);
  });
});
