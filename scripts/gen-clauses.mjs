// Compiles clauses/en/**/*.hbs ahead of time into src/render/clause-code.generated.ts, plain
// functions (src/render/clause-compiler.ts), so the built-in clauses travel inside the CLI, cost
// nothing to compile at start-up, and the pure renderer never reads the disk. Run it after editing
// a clause; `--check` exits 1 when the committed file is stale (a test does the same). The rewrite
// that escapes every value and the compiler live in TypeScript (src/render/clause-source.ts,
// clause-compiler.ts), so esbuild bundles them for this script first.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const clauses = `${root}clauses/en/`;
const outUrl = new URL('../src/render/clause-code.generated.ts', import.meta.url);

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

export async function generate() {
  const files = readdirSync(clauses, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => relative(clauses, `${clauses}${file}`).split('\\').join('/'))
    .sort();
  const sources = Object.fromEntries(files.map((file) => [file.slice(0, -'.hbs'.length), readFileSync(`${clauses}${file}`, 'utf8').replace(/\r\n?/g, '\n')]));
  const { compileClauseCode } = await compiler();
  return [
    '/* Generated from clauses/en by scripts/gen-clauses.mjs. Do not edit. */',
    '// @ts-nocheck: compiled clauses are plain JavaScript (src/render/clause-compiler.ts).',
    '',
    compileClauseCode(sources),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(outUrl, 'utf8') !== text) {
      console.error('src/render/clause-code.generated.ts is stale: run node scripts/gen-clauses.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(outUrl, text);
  }
}
