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

const FLAGS = ['--company', 'Acme Ltd', '--email', 'privacy@acme.test', '--country', 'US', '--jurisdictions', 'ccpa', '--services', 'stripe,aws', '--effective-date', '2026-01-01'];

describe('policyc init', () => {
  it('--yes writes a starter that validates cleanly and builds as it is', () => {
    expect(policyc(['init', '--yes', ...FLAGS], { cwd }).code).toBe(0);
    const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/policyc/schema/privacy.schema.json');
    expect(yaml).toContain('Stripe, Inc.');
    expect(policyc(['validate'], { cwd })).toMatchObject({ code: 0, stderr: '✔ privacy.yaml is valid.\n' });
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
    const run = spawnSync('script', ['-qec', `node ${join(root, 'bin/policyc.js')} init --effective-date 2026-02-02`, '/dev/null'], { cwd, input: answers, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Company legal name');
    expect(run.stdout).toContain('Services you use');
    const yaml = readFileSync(join(cwd, 'privacy.yaml'), 'utf8');
    expect(yaml).toContain('name: Tty Widgets GmbH');
    expect(yaml).toContain('country: DE');
    expect(yaml).toMatch(/jurisdictions:\n  - gdpr\n/);
    expect(policyc(['validate'], { cwd }).code).toBe(0);
  });
});
