import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * A provider whose location the company does not state, through bin/policyc.js: Mozilla VPN's
 * policy names none for Mullvad or Adjust, and a required field once made its author guess Sweden.
 */
const POLICY = `effective_date: 2026-04-03
jurisdictions: [gdpr]
controller: { name: Example VPN Ltd, email: privacy@example-vpn.test, country: IE }
data_categories:
  - { id: account, name: Account information, source: provided }
  - { id: usage, name: Usage data, source: automatic }
purposes:
  - { id: service, name: Provide the VPN, lawful_basis: contract, data_categories: [account, usage] }
subprocessors:
  - { name: Mullvad VPN AB, purpose: VPN servers, data_categories: [usage] }
  - { name: Hosting Ltd, purpose: Hosting, location: IE, data_categories: [account] }
retention:
  - { data_categories: [account, usage], period: P90D }
`;

let work: string;
let file: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-location-'));
  file = join(work, 'privacy.yaml');
  writeFileSync(file, POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a subprocessor without a location, through bin/policyc.js', () => {
  it('builds (exit 0), warns under the GDPR at the provider, and names no country for it', () => {
    const run = policyc(['build', file, '-o', work]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      "Subprocessor 'Mullvad VPN AB' names no location, so transfers to it cannot be assessed; under the GDPR the policy must say where it processes the data (Art. 13(1)(f) GDPR). (subprocessor-location-stated)",
    );
    expect(run.stderr).toContain('Add location');
    const md = readFileSync(join(work, 'privacy.md'), 'utf8');
    expect(md).toContain('| Mullvad VPN AB | VPN servers | Usage data | *not stated* |');
    expect(readFileSync(join(work, 'privacy.html'), 'utf8')).toContain('<td data-label="Location"><span class="not-stated">not stated</span></td>');
    for (const format of ['md', 'html', 'txt']) {
      const text = readFileSync(join(work, `privacy.${format}`), 'utf8');
      expect(text).not.toMatch(/Sweden|European Economic Area|outside/u);
    }
  });

  it('exports JSON without locations for it', () => {
    const run = policyc(['export', 'json', file]);
    expect(run.code, run.stderr).toBe(0);
    const derived = (JSON.parse(run.stdout) as { derived: { subprocessors: unknown[] } }).derived;
    expect(derived.subprocessors[0]).toEqual({ name: 'Mullvad VPN AB', outside: false, transfer: 'unknown', safeguards: [] });
  });
});
