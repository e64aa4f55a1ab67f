import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * A US company that lists an American order as its GDPR legal obligation, through bin/policyc.js
 * (the Let's Encrypt review): validate warns, and the policy says whose law an obligation must be.
 */
const POLICY = `effective_date: 2022-03-11
jurisdictions: [gdpr]
controller: { name: Example Certificates Inc., email: privacy@example-ca.test, country: US }
data_categories:
  - { id: logs, name: Request logs, source: automatic }
purposes:
  - id: disclosure
    name: Answer legal requests
    lawful_basis: legal_obligation
    legal_obligation: a U.S. subpoena or other order of a United States court
    data_categories: [logs]
transfers: { storage: US, mechanisms: [scc], copies_on_request: true }
retention:
  - { data_categories: [logs], period: P7D }
`;

let work: string;
let file: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-obligation-'));
  file = join(work, 'privacy.yaml');
  writeFileSync(file, POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a foreign order as a legal obligation, through bin/policyc.js', () => {
  it('warns at the legal_obligation, and the policy names EU and Member State law and the missing adequacy decision', () => {
    const run = policyc(['build', file, '-o', work, '--formats', 'md']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      "Purpose 'disclosure' rests on 'legal_obligation', and its legal_obligation names the United States; under the GDPR a legal obligation is one that EU law or the law of an EU Member State lays down (Art. 6(3)), not the law of another country. (legal-obligation-domestic)",
    );
    // The built file keeps a citation on one line with no-break spaces ("Art.\u00a045\u00a0GDPR").
    const policy = readFileSync(join(work, 'privacy.md'), 'utf8').replace(/\u00a0/gu, ' ');
    expect(policy).toContain('We use your personal data where EU law or the law of an EU Member State requires us to:');
    expect(policy).toContain(
      'The European Commission has not adopted an adequacy decision (Art. 45 GDPR) finding an adequate level of protection in the United States.',
    );
  });
});
