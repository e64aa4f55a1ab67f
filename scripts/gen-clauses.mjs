// Compiles clauses/en/**/*.hbs ahead of time into src/render/clause-code.generated.ts, plain
// functions (src/render/clause-compiler.ts), so the built-in clauses travel inside the CLI, cost
// nothing to compile at start-up, and the pure renderer never reads the disk. `npm run gen` runs it
// (scripts/gen.mjs), and a test fails when the committed file is stale. The rewrite
// that escapes every value and the compiler live in TypeScript (src/render/clause-source.ts,
// clause-compiler.ts), so esbuild bundles them for this script first.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const clauses = `${root}clauses/en/`;

async function compiler() {
  // Inside the project, so that the bundle's `import 'handlebars'` resolves from node_modules.
  const dir = `${root}node_modules/.cache/policyc/`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}precompile-${process.pid}.mjs`;
  await build({
    entryPoints: [`${root}src/render/precompile.ts`],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

export async function generate() {
  const files = readdirSync(clauses, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => relative(clauses, `${clauses}${file}`).split('\\').join('/'))
    .sort();
  const sources = Object.fromEntries(files.map((file) => [file.slice(0, -'.hbs'.length), readFileSync(`${clauses}${file}`, 'utf8').replace(/\r\n?/g, '\n')]));
  const { compileClauseCode } = await compiler();
  return [
    '/* Generated from clauses/en by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */',
    '// @ts-nocheck: compiled clauses are plain JavaScript (src/render/clause-compiler.ts).',
    '',
    compileClauseCode(sources),
  ].join('\n');
}
