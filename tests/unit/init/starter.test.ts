import { describe, expect, it } from 'vitest';
import { KNOWN_SERVICES } from '../../../src/init/catalog.js';
import { PAYMENT_NOTE_SAMPLE, SECURITY_SAMPLES } from '../../../src/init/samples.js';
import { SCHEMA_COMMENT, starterYaml, type StarterAnswers } from '../../../src/init/starter.js';
import type { Jurisdiction } from '../../../src/model/policy.generated.js';
import { checkSource } from '../../../src/validate/index.js';
import { buildPolicy } from '../../../src/build.js';

/** Each law with a country where a company following it is typically established. */
const LAWS: ReadonlyArray<readonly [readonly Jurisdiction[], string]> = [
  [[], 'US'],
  [['gdpr'], 'DE'],
  [['uk_gdpr'], 'GB'],
  [['swiss_fadp'], 'CH'],
  [['ccpa'], 'US'],
  [['coppa'], 'US'],
  [['gdpr', 'uk_gdpr', 'ccpa'], 'IE'],
];
const SERVICES = [[], ['stripe'], KNOWN_SERVICES.map((s) => s.key)];

describe('the starter privacy.yaml', () => {
  for (const [jurisdictions, country] of LAWS) {
    for (const services of SERVICES) {
      it(`is clean and builds for [${jurisdictions.join(', ')}] with ${services.length} services`, () => {
        const answers: StarterAnswers = {
          company: 'Acme <b>Ltd</b>',
          email: 'privacy@acme.test',
          country,
          jurisdictions,
          services,
          effectiveDate: '2026-01-01',
        };
        const yaml = starterYaml(answers);
        expect(yaml.startsWith(`${SCHEMA_COMMENT}\n`)).toBe(true);
        const result = checkSource(yaml, 'privacy.yaml');
        // Only the warnings that point at what the company must confirm: each sample statement the
        // starter makes on its behalf, and one the starter cannot know (an Irish company serving
        // the UK needs a UK representative).
        const payments = services.includes('stripe');
        const expected = [
          ...(jurisdictions.includes('uk_gdpr') && country !== 'GB' ? ['representative-appointed'] : []),
          ...Array<string>(SECURITY_SAMPLES.length + (payments ? 1 : 0)).fill('no-placeholder'),
        ];
        expect(result.diagnostics.map((d) => d.code).sort()).toEqual(expected.sort());
        const samples = result.diagnostics.filter((d) => d.code === 'no-placeholder').map((d) => d.message);
        expect(samples).toContain(`'${SECURITY_SAMPLES[0]}' is the starter's sample statement, unchanged.`);
        if (payments) expect(samples).toContain(`'${PAYMENT_NOTE_SAMPLE}' is the starter's sample statement, unchanged.`);
        const built = buildPolicy(result.policy!);
        expect(built.html).toContain('Acme &lt;b&gt;Ltd&lt;/b&gt;');
        expect(built.txt).toContain('Acme <b>Ltd</b>');
        for (const key of services) expect(built.txt).toContain(KNOWN_SERVICES.find((s) => s.key === key)!.subprocessor.name.split(' ')[0]);
      });
    }
  }
});

describe('the starter of a company that collects no personal data (--no-personal-data)', () => {
  it.each(LAWS)('declares it, validates without a finding and builds for %j', (jurisdictions, country) => {
    const yaml = starterYaml({
      company: 'Acme Ltd',
      email: 'privacy@acme.test',
      country,
      jurisdictions,
      services: [],
      effectiveDate: '2026-01-01',
      collectsNothing: true,
    });
    expect(yaml).toContain('\ndata_categories: []\npurposes: []\n');
    // What the declaration excludes is said above it, for the company to check.
    expect(yaml).toContain('no server logs with IP addresses that you keep');
    const result = checkSource(yaml, 'privacy.yaml');
    expect(result.diagnostics).toEqual([]);
    const built = buildPolicy(result.policy!);
    expect(built.md).toMatch(/We do not collect any personal (data|information)\./u);
  });
});
