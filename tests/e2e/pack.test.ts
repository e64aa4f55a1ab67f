import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
let work: string;

/**
 * What a user gets from the registry: `npm pack` the project, install the tarball into an empty
 * folder, run the installed binary. Catches files missing from `files`, dev-only imports and a
 * bin that only works inside the repository.
 */
describe('npm package', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'policyc-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball)], { cwd: work, stdio: 'pipe' });
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const npx = (...args: string[]) => execFileSync('npx', ['--no-install', 'policyc', ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe' });

  it('runs --version from the installed package', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(npx('--version').trim()).toBe(pkg.version);
  });

  it('ships the schema for editors', () => {
    expect(existsSync(join(work, 'node_modules/policyc/schema/privacy.schema.json'))).toBe(true);
    expect(JSON.parse(npx('schema')).$id).toMatch(/privacy\.schema\.json$/);
  });

  it('initialises and builds a policy in an empty folder', () => {
    npx('init', '--yes', '--company', 'Acme Ltd', '--email', 'privacy@acme.test', '--country', 'GB', '--jurisdictions', 'uk_gdpr', '--effective-date', '2026-01-01');
    npx('build', 'privacy.yaml');
    expect(readFileSync(join(work, 'privacy.md'), 'utf8')).toContain('Acme Ltd');
    expect(readFileSync(join(work, 'privacy.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(existsSync(join(work, 'privacy.txt'))).toBe(true);
  });
});
