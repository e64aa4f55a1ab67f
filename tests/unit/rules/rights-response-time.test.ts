import { describe, expect, it } from 'vitest';
import { rightsResponseTime as rule } from '../../../src/rules/rights-response-time.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('rights-response-time', () => {
  it('accepts one month generally and 45 days for the CCPA', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
  });

  it('reports a general response time longer than a month, naming every law it breaks', () => {
    const policy = policyWith((p) => {
      p.rights!.response_time = 'P60D';
      delete p.rights!.ccpa!.response_time;
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'response_time'],
        message:
          "Response time 'P60D' (60 days) is longer than the law allows: one month under the GDPR and the UK GDPR (Art. 12(3)) and 45 days under the CCPA (Cal. Civ. Code § 1798.130(a)(2)).",
        hint: 'Promise P1M or less; where the law allows extending it for a complex request, tell the person at the time.',
      },
    ]);
  });

  it('counts a month as 30.44 days: P31D is too long under the GDPR', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.rights!.response_time = 'P31D';
    });
    expect(check(rule, policy).map((problem) => problem.message)).toEqual([
      "Response time 'P31D' (31 days) is longer than the law allows: one month under the GDPR (Art. 12(3)).",
    ]);
  });

  it("checks a law's own response time against that law, and the general one only against the others", () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa', 'swiss_fadp'];
      p.rights!.ccpa!.response_time = 'P2M';
      p.rights!.response_time = 'P40D';
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'ccpa', 'response_time'],
        message: "Response time 'P2M' (2 months) is longer than the law allows: 45 days under the CCPA (Cal. Civ. Code § 1798.130(a)(2)).",
        hint: 'Promise P45D or less; where the law allows extending it for a complex request, tell the person at the time.',
      },
      {
        path: ['rights', 'response_time'],
        message: "Response time 'P40D' (40 days) is longer than the law allows: 30 days under the FADP (Art. 18 Data Protection Ordinance).",
        hint: 'Promise P30D or less; where the law allows extending it for a complex request, tell the person at the time.',
      },
    ]);
  });

  it('asks for a deadline beside a time kept only in most cases, under each law that sets one', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'ccpa'];
      p.rights = { everyone: ['access'], response_time: 'P30D', response_time_usual: true, ccpa: { rights: ['know'], response_time: 'P45D' } };
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['rights', 'response_time_usual'],
        message:
          'The policy says it answers most requests within 30 days (rights.response_time_usual), but the GDPR sets a deadline for every request: one month under the GDPR (Art. 12(3)).',
        hint: 'Set rights.gdpr.response_time to the time you answer every request under that law.',
      },
    ]);
    const kept = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      p.rights = { everyone: ['access'], response_time: 'P30D', response_time_usual: true, gdpr: { rights: ['access'], response_time: 'P1M' } };
    });
    expect(check(rule, kept)).toEqual([]);
  });
});
