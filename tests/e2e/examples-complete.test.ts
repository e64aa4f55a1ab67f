import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * A category's items are examples unless `examples_complete` says they are all of it, through
 * bin/policyc.js: Common Voice said "information, such as your accent, your age or your sex", and
 * the built policy read "Your accent, your age and your sex." as the whole (French review E4; the
 * same in the Let's Encrypt review, E7). Built in three languages, validated, and diffed.
 */
const POLICY = `effective_date: 2026-01-05
policy: { languages: [de, fr] }
jurisdictions: [gdpr]
controller: { name: Voice Co, email: privacy@voice.example, country: DE }
data_categories:
  - { id: demographic, name: Demographic data, examples: [accent, age, sex], source: provided }
  - id: ocsp
    name: OCSP request data
    examples: [IP address, browser, operating system]
    examples_complete: true
    source: automatic
purposes:
  - { id: research, name: Improve speech recognition, lawful_basis: consent, data_categories: [demographic, ocsp] }
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-examples-'));
  writeFileSync(join(work, 'privacy.yaml'), POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('examples and complete lists, through bin/policyc.js', () => {
  it('validates the field and prints examples as examples, a complete list as the whole, in each language', () => {
    expect(policyc(['validate', 'privacy.yaml'], { cwd: work }).code).toBe(0);
    for (const lang of ['en', 'de', 'fr']) expect(policyc(['build', 'privacy.yaml', '--formats', 'md', '--lang', lang], { cwd: work }).code).toBe(0);
    const en = readFileSync(join(work, 'privacy.md'), 'utf8');
    expect(en).toContain('**Demographic data**: For example, accent, age and sex.');
    expect(en).toContain('**OCSP request data**: IP address, browser and operating system.');
    expect(readFileSync(join(work, 'privacy.de.md'), 'utf8')).toContain('**Demographic data**: zum Beispiel accent, age und sex.');
    expect(readFileSync(join(work, 'privacy.fr.md'), 'utf8')).toMatch(/\*\*Demographic data\*\*\s:\spar exemple accent, age et sex\./u);
  });

  it('rejects a value that is not true or false', () => {
    writeFileSync(join(work, 'bad.yaml'), POLICY.replace('examples_complete: true', 'examples_complete: yes please'));
    expect(policyc(['validate', 'bad.yaml'], { cwd: work }).code).toBe(1);
  });

  it('tells the reader when a complete list becomes examples', () => {
    writeFileSync(join(work, 'open.yaml'), POLICY.replace('    examples_complete: true\n', ''));
    const run = policyc(['diff', 'privacy.yaml', 'open.yaml', '--format', 'json'], { cwd: work });
    expect((JSON.parse(run.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({
        kind: 'data_category.changed',
        level: 'material',
        path: 'data_categories[1].examples_complete',
        summary: 'The items listed for “OCSP request data” are now only examples: it may include others.',
      }),
    ]);
  });
});
