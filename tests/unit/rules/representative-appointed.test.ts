import { describe, expect, it } from 'vitest';
import { representativeAppointed as rule } from '../../../src/rules/representative-appointed.js';
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
});
