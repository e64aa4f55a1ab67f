// Compiles clauses/en/**/*.hbs ahead of time, so the built-in clauses travel inside the CLI, cost
// nothing to compile at start-up, and the pure renderer never reads the disk, into two files:
// src/render/clause-code.generated.ts, plain functions that a build without overrides runs, and
// src/render/clauses.generated.ts, Handlebars templates for builds with a company's overrides.
// Run it after editing a clause; `--check` exits 1 when a committed file is stale (a test does
// the same). The rewrite that escapes every value lives in TypeScript
// (src/render/handlebars.ts), so esbuild bundles it for this script first.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const clauses = `${root}clauses/en/`;
const outUrls = {
  templates: new URL('../src/render/clauses.generated.ts', import.meta.url),
  code: new URL('../src/render/clause-code.generated.ts', import.meta.url),
};

async function compiler() {
  // Inside the project, so that the bundle's `import 'handlebars'` resolves from node_modules.
  const dir = `${root}node_modules/.cache/policyc/`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}precompile-${process.pid}.mjs`;
  await build({ entryPoints: [`${root}src/render/precompile.ts`], outfile: file, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' });
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** The text of both generated files: `{ templates, code }`. */
export async function generate() {
  const files = readdirSync(clauses, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => relative(clauses, `${clauses}${file}`).split('\\').join('/'))
    .sort();
  const sources = Object.fromEntries(files.map((file) => [file.slice(0, -'.hbs'.length), readFileSync(`${clauses}${file}`, 'utf8').replace(/\r\n?/g, '\n')]));
  const { precompileClauses, compileClauseCode } = await compiler();
  const compiled = precompileClauses(sources);
  const header = '/* Generated from clauses/en by scripts/gen-clauses.mjs. Do not edit. */';
  return {
    templates: [
      header,
      '// @ts-nocheck: precompiled Handlebars templates are plain JavaScript.',
      '',
      '/** The built-in clauses by name (`about`, `partials/right-item`), compiled with COMPILE_OPTIONS. */',
      'export const CLAUSES: Readonly<Record<string, TemplateSpecification>> = {',
      ...Object.entries(compiled).map(([name, spec]) => `  ${JSON.stringify(name)}: ${spec},`),
      '};',
      '',
    ].join('\n'),
    code: [header, '// @ts-nocheck: compiled clauses are plain JavaScript (src/render/clause-compiler.ts).', '', compileClauseCode(sources)].join('\n'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const texts = await generate();
  for (const [key, url] of Object.entries(outUrls)) {
    if (process.argv.includes('--check')) {
      if (readFileSync(url, 'utf8') !== texts[key]) {
        console.error(`${relative(root, fileURLToPath(url))} is stale: run node scripts/gen-clauses.mjs`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(url, texts[key]);
    }
  }
}
