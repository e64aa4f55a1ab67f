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
    const run = spawnSync('npx', ['--no-install', 'policyc', 'validate', 'broken.yaml'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/broken\.yaml:\d+:\d+ error .*\(yaml\//);
    // The general path is required from inside the CLI's bundle: no warning, experimental or other.
    expect(run.stderr).not.toMatch(/Warning/);
  });

  it('offers the typed API: loadPolicy, validate, build, diff, the exports (the general YAML path included)', () => {
    const script = [
      "import { loadPolicy, validate, build, diff, normalize, exportJson, exportRopa, type ValidationResult } from 'policyc';",
      "const loaded: ValidationResult = await loadPolicy('starter.yaml');",
      "if (!loaded.policy) throw new Error('starter invalid');",
      "const again = validate(await (await import('node:fs/promises')).readFile('starter.yaml', 'utf8'));",
      'const out = build(loaded.policy);',
      'const changes = diff(loaded.policy, { ...loaded.policy, children: { min_age: 13 } }).changes;',
      // A file the subset parser declines goes to the yaml library, which the API requires on first use.
      "const broken = validate('controller: [\\n', 'broken.yaml').diagnostics.map((d) => d.code);",
      'const model = normalize(loaded.policy);',
      "(await import('node:fs')).writeFileSync('api-export.json', exportJson(model));",
      "const ropa = exportRopa(model, 'csv').split('\\r\\n')[0];",
      "console.log(JSON.stringify({ valid: again.valid, md: out.md.startsWith('# '), kinds: changes.map((c) => c.kind), broken, ropa }));",
    ].join('\n');
    npx('init', '--yes', '--out', 'starter.yaml', '--company', 'Typed Ltd', '--email', 'p@typed.test', '--effective-date', '2026-01-01');
    writeFileSync(join(work, 'api.mts'), script);
    // The declarations must type-check a consumer's code, not only exist; tsc then emits it to run.
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--outDir',
        'out',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2023',
        '--skipLibCheck',
        '--types',
        'node',
        '--typeRoots',
        join(root, 'node_modules/@types'),
        'api.mts',
      ],
      { cwd: work, stdio: 'pipe' },
    );
    const result = JSON.parse(execFileSync(process.execPath, ['out/api.mjs'], { cwd: work, encoding: 'utf8' })) as {
      valid: boolean;
      md: boolean;
      kinds: string[];
      broken: string[];
      ropa: string;
    };
    expect(result).toMatchObject({ valid: true, md: true, kinds: ['children.min_age_lowered'], broken: ['yaml/unclosed-bracket'] });
    expect(result.ropa).toMatch(/^[A-Z]/);
    // The API's export is the command's, byte for byte.
    expect(readFileSync(join(work, 'api-export.json'), 'utf8')).toBe(npx('export', 'json', 'starter.yaml'));
    // tsc on a consumer's file takes half a minute on a loaded machine.
  }, 120_000);

  it('runs the custom-rule example of docs/api.md as written', () => {
    const blocks = [...readFileSync(join(root, 'docs/api.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const example = blocks.find((block) => block.includes('defineRule('));
    if (!example) throw new Error('docs/api.md has no defineRule example');
    npx('init', '--yes', '--out', 'custom.yaml', '--company', 'Custom Ltd', '--email', 'p@custom.test', '--effective-date', '2026-01-01');
    const script = [
      "import { readFileSync } from 'node:fs';",
      "const yamlText = readFileSync('custom.yaml', 'utf8');",
      example,
      'console.log(JSON.stringify(result.diagnostics.map((d) => [d.code, d.docsUrl])));',
    ].join('\n');
    writeFileSync(join(work, 'custom.mts'), script);
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--outDir',
        'out',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2023',
        '--skipLibCheck',
        '--types',
        'node',
        '--typeRoots',
        join(root, 'node_modules/@types'),
        'custom.mts',
      ],
      { cwd: work, stdio: 'pipe' },
    );
    const found = JSON.parse(execFileSync(process.execPath, ['out/custom.mjs'], { cwd: work, encoding: 'utf8' })) as Array<[string, string]>;
    expect(found).toContainEqual(['acme-dpo-named', 'https://wiki.acme.example/privacy/dpo']);
  }, 120_000);

  it('initialises and builds a policy in an empty folder', () => {
    npx(
      'init',
      '--yes',
      '--company',
      'Acme Ltd',
      '--email',
      'privacy@acme.test',
      '--country',
      'GB',
      '--jurisdictions',
      'uk_gdpr',
      '--effective-date',
      '2026-01-01',
    );
    npx('build', 'privacy.yaml');
    expect(readFileSync(join(work, 'privacy.md'), 'utf8')).toContain('Acme Ltd');
    expect(readFileSync(join(work, 'privacy.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(existsSync(join(work, 'privacy.txt'))).toBe(true);
  });
});

/**
 * What `npm pack` would put in the package, from its own listing: the documentation a user needs,
 * and not the notes written for the maintainers.
 */
describe('npm package contents', () => {
  it('ships the docs, including the API page the sources point to, and not the internal notes', () => {
    const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [pack] = JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set((pack?.files ?? []).map((f) => f.path));
    for (const doc of [
      'README.md',
      'docs/api.md',
      'docs/rules.md',
      'docs/diff.md',
      'docs/privacy-yaml.md',
      'docs/validate-json.md',
      'schema/privacy.schema.json',
    ]) {
      expect(files, doc).toContain(doc);
    }
    expect(files).not.toContain('docs/seed-gaps.md');
    expect([...files].filter((f) => /^(src|tests|scripts)\//.test(f))).toEqual([]);
    // Every relative link in a shipped Markdown file leads to a file that ships.
    const broken: string[] = [];
    for (const doc of [...files].filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(root, doc), 'utf8');
      for (const [, target = ''] of text.matchAll(/\]\((?![a-z]+:|#)([^)#\s]+)/g)) {
        const resolved = join(doc, '..', target).replaceAll('\\', '/');
        if (!files.has(resolved)) broken.push(`${doc} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    // npm pack lists the tree in a few seconds, half a minute on a loaded machine.
  }, 120_000);
});
