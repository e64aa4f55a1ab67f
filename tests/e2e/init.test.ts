import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policyc, root } from '../support/cli.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'policyc-init-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const FLAGS = [
  '--company',
  'Acme Ltd',
  '--email',
  'privacy@acme.test',
  '--country',
  'US',
  '--jurisdictions',
  'ccpa',
  '--services',
  'stripe,aws',
  '--effective-date',
  '2026-01-01',
];

describe('policyc init', () => {
  it('--yes writes a starter that validates cleanly and builds as it is', () => {
    expect(policyc(['init', '--yes', ...FLAGS], { cwd }).code).toBe(0);
    const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/policyc/schema/privacy.schema.json');
    expect(yaml).toContain('Stripe, Inc.');
    // Valid, with a warning at each sample statement the company has to confirm, and nothing else.
    const validated = policyc(['validate', '--format', 'json'], { cwd });
    expect(validated.code).toBe(0);
    const codes = (JSON.parse(validated.stdout) as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['no-placeholder', 'no-placeholder', 'no-placeholder']);
    expect(policyc(['build'], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'privacy.md'), 'utf8')).toContain('Amazon Web Services, Inc.');
  });

  it('never overwrites an existing file without --force', () => {
    writeFileSync(join(cwd, 'privacy.yaml'), 'mine\n');
    const run = policyc(['init', '--yes', ...FLAGS], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policyc: privacy.yaml already exists; not overwriting it.\n  Pass --force to replace it.\n');
    expect(readFileSync(join(cwd, 'privacy.yaml'), 'utf8')).toBe('mine\n');
    expect(policyc(['init', '--yes', '--force', ...FLAGS], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'privacy.yaml'), 'utf8')).toContain('Acme Ltd');
  });

  it('rejects an unknown service with a suggestion, writing nothing', () => {
    const run = policyc(['init', '--yes', '--services', 'strpe'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'strpe' is not a service policyc knows.");
    expect(run.stderr).toContain("Did you mean 'stripe'?");
    expect(() => readFileSync(join(cwd, 'privacy.yaml'))).toThrow();
  });

  it('asks its questions at a terminal', () => {
    // `script` gives policyc a pseudo-terminal; the answers are typed ahead, as a paste would be.
    const answers = 'Tty Widgets GmbH\nprivacy@tty.test\nDE\ngdpr\nstripe\n';
    const run = spawnSync('script', ['-qec', `node ${join(root, 'bin/policyc.js')} init --effective-date 2026-02-02`, '/dev/null'], {
      cwd,
      input: answers,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Company legal name');
    expect(run.stdout).toContain('Services you use');
    const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
    expect(yaml).toContain('name: Tty Widgets GmbH');
    expect(yaml).toContain('country: DE');
    expect(yaml).toMatch(/jurisdictions:\n  - gdpr\n/);
    expect(policyc(['validate'], { cwd }).code).toBe(0);
  });

  it('ends by naming the command that builds, as a local install runs it', () => {
    const run = policyc(['init', '--yes', ...FLAGS], { cwd });
    expect(run.stderr).toBe('Wrote privacy.yaml. Check every statement in it, then run: npx policyc build\n');
    const elsewhere = policyc(['init', '--yes', ...FLAGS, '--out', 'legal/my policy.yaml'], { cwd: cwd });
    expect(elsewhere.stderr).toMatch(/then run: npx policyc build 'legal\/my policy.yaml'\n$/);
  });

  it('reads answers piped to it, one a line, an empty line keeping the default', () => {
    const run = policyc(['init', '--effective-date', '2026-02-02'], { cwd, input: 'Piped Widgets Ltd\nprivacy@piped.test\nGB\nuk_gdpr\n\n' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Company legal name (');
    expect(run.stderr).toContain('): Piped Widgets Ltd\n');
    const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
    expect(yaml).toContain('name: Piped Widgets Ltd');
    expect(yaml).toContain('email: privacy@piped.test');
    expect(yaml).toContain('country: GB');
    expect(yaml).toMatch(/jurisdictions:\n  - uk_gdpr\n/);
  });

  it('refuses, writing nothing, when piped answers run out', () => {
    const run = policyc(['init'], { cwd, input: 'Piped Widgets Ltd\nprivacy@piped.test\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('policyc: init asks 5 questions, but standard input ended after 2 answers; nothing written.\n');
    expect(run.stderr).toContain('or pass --yes and the answers as flags');
    expect(() => readFileSync(join(cwd, 'privacy.yaml'))).toThrow();
  });

  it("warns about what --yes could not know: the package's name for the company, an example.com address", () => {
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: '@acme/web-app' }));
    expect(policyc(['init', '--yes', '--effective-date', '2026-01-01'], { cwd }).code).toBe(0);
    const run = policyc(['validate'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("'web-app' in controller.name looks like a package or folder name, not the company's legal name.");
    expect(run.stdout).toContain("'privacy@example.com' is at example.com, a domain reserved for examples: no one can be reached there.");
  });
});

describe('policyc init --no-personal-data', () => {
  const flags = ['--company', 'Tiny Docs SL', '--email', 'hello@tinydocs.test', '--country', 'ES', '--jurisdictions', 'gdpr', '--effective-date', '2026-12-07'];

  it('writes a starter that declares no personal data collected, which validates cleanly and builds', () => {
    expect(policyc(['init', '--yes', '--no-personal-data', ...flags], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'privacy.yaml'), 'utf8')).toContain('\ndata_categories: []\npurposes: []\n');
    const validated = policyc(['validate', '--format', 'json'], { cwd });
    expect(validated.code).toBe(0);
    expect((JSON.parse(validated.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(policyc(['build'], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'privacy.md'), 'utf8')).toContain('We do not collect any personal data.');
  });

  it('asks no question about services, and refuses --services beside it', () => {
    const asked = policyc(['init', '--no-personal-data', '--effective-date', '2026-12-07'], { cwd, input: 'Tiny Docs SL\nhello@tinydocs.test\nES\ngdpr\n' });
    expect(asked.code).toBe(0);
    expect(asked.stderr).not.toContain('Services you use');
    const refused = policyc(['init', '--yes', '--force', '--no-personal-data', '--services', 'aws'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--no-personal-data and --services contradict each other');
  });
});
