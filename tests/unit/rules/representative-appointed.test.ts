import { EEA } from '../../../src/law/transfers.js';
import { describe, expect, it } from 'vitest';
import { representativeAppointed as rule } from '../../../src/rules/representative-appointed.js';
import type { OtherController } from '../../../src/model/policy.generated.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('representative-appointed', () => {
  it('warns about a representative without a name, which the notice must give', () => {
    const policy = policyWith((p) => {
      p.controller.representatives = [{ jurisdiction: 'uk_gdpr', email: 'rep@example.co.uk' }];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['controller', 'representatives', 0],
        message: 'The representative under the UK GDPR has no name: the notice must give its identity and contact details (Art. 13(1)(a) UK GDPR).',
        hint: "Add name: the representative's legal name, as in its appointment.",
      },
    ]);
  });

  it('accepts an EU controller with a UK representative', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('warns about a UK company under the GDPR without an EU representative', () => {
    const policy = policyWith((p) => {
      p.controller.country = 'GB';
      p.controller.address!.country = 'GB';
      delete p.controller.representatives;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['controller'],
        onKey: true,
        message: 'The controller is established in the United Kingdom but names no representative under the GDPR (Art. 27 GDPR).',
        hint: 'Add an EU representative to controller.representatives with jurisdiction: gdpr, unless the processing is occasional and low-risk.',
      },
    ]);
  });

  it('warns about a US company for each law missing its representative, using the address when country is absent', () => {
    const policy = policyWith((p) => {
      delete p.controller.country;
      p.controller.address!.country = 'US';
      p.jurisdictions = ['gdpr', 'uk_gdpr', 'swiss_fadp'];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['controller', 'representatives'],
        onKey: true,
        message: 'The controller is established in the United States but names no representative under the GDPR (Art. 27 GDPR).',
        hint: 'Add an EU representative to controller.representatives with jurisdiction: gdpr, unless the processing is occasional and low-risk.',
      },
    ]);
  });

  describe('with other controllers', () => {
    const usCompany = (p: ReturnType<typeof sensiblePolicy>): void => {
      p.controller.country = 'US';
      p.controller.address!.country = 'US';
      delete p.controller.representatives;
      p.jurisdictions = ['gdpr', 'uk_gdpr'];
    };

    it('asks no EU representative of a US company whose Irish company is the controller for everyone in the EEA', () => {
      const policy = policyWith((p) => {
        usCompany(p);
        p.controller.other_controllers = [{ name: 'Example Europe Ltd', country: 'IE', regions: ['EEA'] }];
      });
      expect(check(rule, policy).map((problem) => problem.message)).toEqual([
        'The controller is established in the United States but names no representative under the UK GDPR (Art. 27 UK GDPR).',
      ]);
    });

    it('counts every EEA state listed one by one as the EEA', () => {
      // The member states one by one, as a user might list them (the law base's set also holds "EU").
      const eea = [...EEA].filter((code) => code !== 'EU');
      const policy = policyWith((p) => {
        usCompany(p);
        p.jurisdictions = ['gdpr'];
        p.controller.other_controllers = [{ name: 'Example Europe Ltd', country: 'IE', regions: eea as [string, ...string[]] }];
      });
      expect(check(rule, policy)).toEqual([]);
      const short = policyWith((p) => {
        usCompany(p);
        p.jurisdictions = ['gdpr'];
        p.controller.other_controllers = [{ name: 'Example Europe Ltd', country: 'IE', regions: eea.slice(1) as [string, ...string[]] }];
      });
      expect(check(rule, short)).toHaveLength(1);
    });

    it('still asks the main controller when the other is the controller for some groups, some products, or beside it', () => {
      const scopes: Array<Partial<OtherController>> = [{ audiences: ['applicants'] }, { products: ['app'] }, { alongside_main: true }];
      for (const scope of scopes) {
        const policy = policyWith((p) => {
          usCompany(p);
          p.jurisdictions = ['gdpr'];
          p.products = [{ id: 'app', name: 'The app' }];
          p.audiences = { covered: [{ kind: 'customers' }, { kind: 'applicants' }] };
          p.controller.other_controllers = [{ name: 'Example Europe Ltd', country: 'IE', regions: ['EEA'], ...scope }];
        });
        expect(check(rule, policy).map((problem) => problem.path)).toEqual([['controller']]);
      }
    });

    it('asks a representative of the other controller when it is established outside the territory', () => {
      const policy = policyWith((p) => {
        usCompany(p);
        p.controller.other_controllers = [{ name: 'Example Europe Ltd', country: 'IE', regions: ['EEA', 'GB'] }];
      });
      expect(check(rule, policy)).toEqual([
        {
          path: ['controller', 'other_controllers', 0],
          message:
            'Example Europe Ltd is the controller for everyone in the United Kingdom but is established in Ireland: under the UK GDPR it must designate a representative there (Art. 27 UK GDPR).',
          hint: 'Name its representative and how to reach it in the policy (a section of your own: policyc prints representatives for the main controller only), unless the processing is occasional and low-risk.',
        },
      ]);
    });

    it('asks where the other controller is established when the file does not say', () => {
      const policy = policyWith((p) => {
        usCompany(p);
        p.jurisdictions = ['gdpr'];
        p.controller.other_controllers = [{ name: 'Example Europe Ltd', regions: ['EEA'] }];
      });
      expect(check(rule, policy)).toEqual([
        {
          path: ['controller', 'other_controllers', 0],
          message: 'Example Europe Ltd is the controller for everyone in the European Economic Area but the file does not say where it is established.',
          hint: 'Add country: where it is established. Established in the European Economic Area, it needs no representative there.',
        },
      ]);
    });
  });
});
