import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
let work: string;
let installWarnings = '';

/**
 * What a user gets from the registry: `npm pack` the project, install the tarball into an empty
 * folder, run the installed binary. Catches files missing from `files`, dev-only imports and a
 * bin that only works inside the repository.
 */
describe('npm package', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'policyc-pack-'));
    // dist/ is already built by the global setup; `prepack` would rebuild it under the feet of
    // the other test files, so pack without scripts and emit only the declarations here.
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'warn', join(work, tarball)], { cwd: work, encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`npm install failed: ${installed.stderr}`);
    installWarnings = installed.stderr;
  }, 240_000);

  it('installs without a warning (no lifecycle script that needs files the package leaves out)', () => {
    expect(installWarnings).not.toMatch(/warn/i);
  });

  it('ships its licence and the examples the README tells people to copy from', () => {
    const installed = join(work, 'node_modules/policyc');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toContain('Copyright (c) 2026 policyc contributors');
    for (const name of ['sessionly', 'sessionsai', 'sessionlinked', 'opensession', 'sessionpix']) {
      expect(existsSync(join(installed, 'examples', name, 'privacy.yaml'))).toBe(true);
    }
  });

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

  it('reports a YAML syntax error through the general YAML path, which it loads only then', () => {
    writeFileSync(join(work, 'broken.yaml'), 'controller:\n  name: [Acme\n');
    const run = spawnSync('npx', ['--no-install', 'policyc', 'validate', 'broken.yaml'], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/broken\.yaml:\d+:\d+ error .*\(yaml\//);
    // The general path is required from inside the CLI's bundle: no warning, experimental or other.
    expect(run.stderr).not.toMatch(/Warning/);
  });

  it('offers the typed API: loadPolicy, validate, build, diff', () => {
    const script = [
      "import { loadPolicy, validate, build, diff, type ValidationResult } from 'policyc';",
      "const loaded: ValidationResult = await loadPolicy('starter.yaml');",
      "if (!loaded.policy) throw new Error('starter invalid');",
      "const again = validate(await (await import('node:fs/promises')).readFile('starter.yaml', 'utf8'));",
      "const out = build(loaded.policy);",
      "const changes = diff(loaded.policy, { ...loaded.policy, children: { min_age: 13 } }).changes;",
      "console.log(JSON.stringify({ valid: again.valid, md: out.md.startsWith('# '), kinds: changes.map((c) => c.kind) }));",
    ].join('\n');
    npx('init', '--yes', '--out', 'starter.yaml', '--company', 'Typed Ltd', '--email', 'p@typed.test', '--effective-date', '2026-01-01');
    writeFileSync(join(work, 'api.mts'), script);
    // The declarations must type-check a consumer's code, not only exist; tsc then emits it to run.
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--outDir', 'out', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023', '--skipLibCheck', '--types', 'node', '--typeRoots', join(root, 'node_modules/@types'), 'api.mts'], { cwd: work, stdio: 'pipe' });
    const result = JSON.parse(execFileSync(process.execPath, ['out/api.mjs'], { cwd: work, encoding: 'utf8' })) as { valid: boolean; md: boolean; kinds: string[] };
    expect(result).toEqual({ valid: true, md: true, kinds: ['children.min_age_lowered'] });
  });

  it('initialises and builds a policy in an empty folder', () => {
    npx('init', '--yes', '--company', 'Acme Ltd', '--email', 'privacy@acme.test', '--country', 'GB', '--jurisdictions', 'uk_gdpr', '--effective-date', '2026-01-01');
    npx('build', 'privacy.yaml');
    expect(readFileSync(join(work, 'privacy.md'), 'utf8')).toContain('Acme Ltd');
    expect(readFileSync(join(work, 'privacy.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(existsSync(join(work, 'privacy.txt'))).toBe(true);
  });
});
