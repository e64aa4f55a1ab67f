import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * A small browser's policy through the real binary: its browsing history stays on the phone
 * (`on_device`), as Firefox Focus's notice says of it. Built, validated, exported and diffed.
 */
const POLICY = `effective_date: 2026-01-05
jurisdictions: [gdpr]
controller: { name: Acme Browser GmbH, email: privacy@acme.example, country: DE }
apps:
  - { id: browser, name: Acme Browser, platforms: [ios] }
data_categories:
  - id: usage
    name: Usage counts
    examples: [number of searches]
    source: automatic
    stores: { apple: { types: [product_interaction], linked: false } }
  - id: history
    name: Browsing history
    examples: [URLs, form data]
    on_device: true
purposes:
  - id: browse
    name: Provide the browser
    lawful_basis: contract
    data_categories: [usage, history]
    stores: { apple: [app_functionality] }
retention:
  - { data_categories: [usage], period: P25M }
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-on-device-'));
  writeFileSync(join(work, 'privacy.yaml'), POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('data that stays on the device, through bin/policyc.js', () => {
  it('builds a policy that describes it apart and never as collected', () => {
    const run = policyc(['build', 'privacy.yaml', '--formats', 'md,txt'], { cwd: work });
    expect(run.code).toBe(0);
    const md = readFileSync(join(work, 'privacy.md'), 'utf8');
    expect(md).toContain('- [What we collect](#what-personal-data-we-collect): usage counts.');
    expect(md).toContain(
      '### Data that stays on your device\n\nSome features use this data on your device only; we do not receive it.\n\n- **Browsing history**: For example, URLs and form data.',
    );
    expect(md).not.toContain('Information we collect automatically\n\n- **Usage counts**: For example, number of searches.\n- **Browsing');
    expect(readFileSync(join(work, 'privacy.txt'), 'utf8')).toContain('Data that stays on your device');
  });

  it('leaves it out of the App Store label', () => {
    const run = policyc(['export', 'apple-privacy', 'privacy.yaml'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PRODUCT_INTERACTION');
    expect(run.stdout).not.toContain('BROWSING_HISTORY');
  });

  it('fails validation when a provider receives it', () => {
    writeFileSync(join(work, 'sent.yaml'), `${POLICY}subprocessors:\n  - { name: Cloudco, purpose: Sync, location: DE, data_categories: [history] }\n`);
    const run = policyc(['validate', 'sent.yaml'], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      "Data category 'history' is marked on_device (it never leaves the device), but provider 'Cloudco' receives it. (on-device-not-sent)",
    );
  });

  it('calls it material in a change notice when it starts to be sent', () => {
    writeFileSync(join(work, 'sent-now.yaml'), POLICY.replace('    on_device: true\n', ''));
    const run = policyc(['diff', 'privacy.yaml', 'sent-now.yaml', '--format', 'json'], { cwd: work });
    const changes = (JSON.parse(run.stdout) as { changes: Array<{ kind: string; level: string }> }).changes;
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'data_category.left_device', level: 'material' }));
  });

  it('tells changes to it as minor, never as collection, and exits 0 under --fail-on material', () => {
    const more = POLICY.replace(
      '    examples: [URLs, form data]\n    on_device: true\n',
      '    examples: [URLs, form data, passwords]\n    on_device: true\n    sensitive: true\n',
    )
      .replace('data_categories: [usage, history]', 'data_categories: [usage, history, faces]')
      .replace('purposes:\n', '  - { id: faces, name: Face data, on_device: true }\npurposes:\n');
    writeFileSync(join(work, 'more.yaml'), more);
    const run = policyc(['diff', 'privacy.yaml', 'more.yaml', '--format', 'json', '--fail-on', 'material'], { cwd: work });
    expect(run.code).toBe(0);
    const changes = (JSON.parse(run.stdout) as { changes: Array<{ kind: string; level: string; summary: string }> }).changes;
    expect(changes.map((c) => c.kind).sort()).toEqual([
      'data_category.on_device_added',
      'data_category.on_device_changed',
      'data_category.on_device_changed',
      'purpose.device_data_added',
    ]);
    expect(changes.map((c) => c.summary).join('\n')).not.toMatch(/collect|sensitive personal data/);
  });
});
