import { describe, expect, it } from 'vitest';
import { consentStandsAlone as rule } from '../../../src/rules/consent-stands-alone.js';
import { legitimateInterestStated } from '../../../src/rules/legitimate-interest-stated.js';
import { lawfulBasisRequired } from '../../../src/rules/lawful-basis-required.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('consent-stands-alone', () => {
  it('accepts consent alone, and several bases without consent', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => (item(p.purposes, 1).lawful_basis = ['contract', 'legitimate_interests']));
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports consent beside another basis, at the lawful basis', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr'];
      item(p.purposes, 2).lawful_basis = ['legitimate_interests', 'consent', 'contract'];
    });
    expect(check(rule, policy)).toEqual([
      {
        path: ['purposes', 2, 'lawful_basis'],
        message:
          "Purpose 'newsletter' rests on consent and also on 'contract' and 'legitimate_interests'; under the GDPR and the UK GDPR, withdrawing consent must stop what rests on it, and no other basis may take its place (EDPB Guidelines 05/2020, paras. 121–123).",
        hint: "Split the purpose in two: one with lawful_basis: consent for what needs consent, and one with 'contract' and 'legitimate_interests' for the rest.",
      },
    ]);
  });

  it('is silent where no GDPR applies', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      item(p.purposes, 2).lawful_basis = ['consent', 'contract'];
    });
    expect(check(rule, policy)).toEqual([]);
  });
});

describe('the basis rules read a list of bases', () => {
  it('legitimate-interest-stated asks for the interest when legitimate interests are one of several', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      item(p.purposes, 0).lawful_basis = ['contract', 'legitimate_interests'];
    });
    expect(check(legitimateInterestStated, policy).map((f) => f.path)).toEqual([['purposes', 0, 'lawful_basis']]);
  });

  it('lawful-basis-required counts a list as a basis', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['gdpr'];
      item(p.purposes, 0).lawful_basis = ['contract'];
    });
    expect(check(lawfulBasisRequired, policy)).toEqual([]);
  });
});
