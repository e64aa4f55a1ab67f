import { describe, expect, it } from 'vitest';
import { transferConsentExplicit as rule } from '../../../src/rules/transfer-consent-explicit.js';
import { check, item, policyWith, sensiblePolicy } from './fixture.js';

describe('transfer-consent-explicit', () => {
  it('accepts a policy without consent as a transfer ground, and one that says how explicit consent is asked', () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    const policy = policyWith((p) => {
      item(p.subprocessors, 0).transfer_mechanism = 'derogation_consent';
      p.transfers = { ...p.transfers, explicit_consent: 'with a separate checkbox that names the United States and its risks' };
    });
    expect(check(rule, policy)).toEqual([]);
  });

  it('reports derogation_consent without saying how explicit consent is asked, at the mechanism', () => {
    const policy = policyWith((p) => {
      item(p.subprocessors, 0).transfer_mechanism = 'derogation_consent';
    });
    expect(check(rule, policy)).toEqual([
      expect.objectContaining({
        path: ['subprocessors', 0, 'transfer_mechanism'],
        message: expect.stringContaining('does not say how that consent is asked for'),
      }),
    ]);
  });

  it("reports consent inferred from use in the company's own words (sessionpix)", () => {
    const policy = policyWith((p) => {
      p.transfers = { ...p.transfers, note: 'Your data is processed in the United States. By using the Service, you consent to this transfer.' };
    });
    expect(check(rule, policy)).toEqual([
      expect.objectContaining({
        path: ['transfers', 'note'],
        message: expect.stringMatching(
          /^'By using the Service, you consent' infers consent to a transfer from using the service; under the GDPR and the UK GDPR .*\(Art\. 49\(1\)\(a\) GDPR and UK GDPR\)\.$/u,
        ),
      }),
    ]);
  });

  it('is silent where no transfer law is declared', () => {
    const policy = policyWith((p) => {
      p.jurisdictions = ['ccpa'];
      p.transfers = { note: 'By using the Service, you consent to this transfer.' };
    });
    expect(check(rule, policy)).toEqual([]);
  });
});
