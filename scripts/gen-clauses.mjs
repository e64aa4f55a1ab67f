// Compiles clauses/<lang>/**/*.hbs ahead of time into src/render/clause-code.generated.ts (English)
// and src/render/clause-code.<lang>.generated.ts (every other language), plain
// functions (src/render/clause-compiler.ts), so the built-in clauses travel inside the CLI, cost
// nothing to compile at start-up, and the pure renderer never reads the disk. `npm run gen` runs it
// (scripts/gen.mjs), and a test fails when the committed file is stale. The rewrite
// that escapes every value and the compiler live in TypeScript (src/render/clause-source.ts,
// clause-compiler.ts), so esbuild bundles them for this script first.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Every clause pack: each folder under clauses/, English first. */
export const LANGUAGES = readdirSync(`${root}clauses/`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : 1));

/** Where a language's compiled clauses go; English keeps the name it always had. */
export function packFile(lang) {
  return lang === 'en' ? 'src/render/clause-code.generated.ts' : `src/render/clause-code.${lang}.generated.ts`;
}

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

export async function generate(lang = 'en') {
  const clauses = `${root}clauses/${lang}/`;
  const files = readdirSync(clauses, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => relative(clauses, `${clauses}${file}`).split('\\').join('/'))
    .sort();
  const sources = Object.fromEntries(files.map((file) => [file.slice(0, -'.hbs'.length), readFileSync(`${clauses}${file}`, 'utf8').replace(/\r\n?/g, '\n')]));
  const { compileClauseCode } = await compiler();
  return [
    `/* Generated from clauses/${lang} by \`npm run gen\` (scripts/gen-clauses.mjs). Do not edit. */`,
    '// @ts-nocheck: compiled clauses are plain JavaScript (src/render/clause-compiler.ts).',
    '',
    compileClauseCode(sources),
    lang === 'en' ? sourceHashes(sources) : staleTranslations(lang, sources),
  ].join('\n');
}

/** The first 12 hex digits of a clause source's SHA-256: the version a translation records. */
export function sourceHash(source) {
  return createHash('sha256').update(source.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);
}

/** How a translated clause records the English it translates, on its first line. */
export const STAMP = /^\{\{!-- translates en\/([A-Za-z0-9/_-]+)\.hbs sha256:([0-9a-f]{12}) --\}\}\n/;

/** Each English clause's version, for a company's translated overrides to be checked against. */
function sourceHashes(sources) {
  const rows = Object.keys(sources).map((name) => `  ${JSON.stringify(name)}: ${JSON.stringify(sourceHash(sources[name]))},`);
  return [
    '',
    "/** Each clause source's version (scripts/gen-clauses.mjs: sourceHash). */",
    'export const SOURCE_HASHES: Readonly<Record<string, string>> = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}

/**
 * The clauses of a language whose translation records an older version of the English than the
 * one in clauses/en, or none: build warns when it writes them (docs/translating.md).
 */
function staleTranslations(lang, sources) {
  const folder = `${root}clauses/en/`;
  // A clause the English has and this language does not yet is written in English, and stale.
  const english = readdirSync(`${root}clauses/en/`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => file.split('\\').join('/').slice(0, -'.hbs'.length));
  const missing = english.filter((name) => !Object.hasOwn(sources, name));
  const stale = Object.keys(sources).filter((name) => {
    const stamp = STAMP.exec(sources[name]);
    let current;
    try {
      current = sourceHash(readFileSync(`${folder}${name}.hbs`, 'utf8'));
    } catch {
      return false;
    }
    return stamp === null || stamp[1] !== name || stamp[2] !== current;
  });
  return [
    '',
    `/** The ${lang} clauses that translate an older version of the English one (scripts/gen-clauses.mjs). */`,
    `export const STALE: readonly string[] = ${JSON.stringify([...missing, ...stale].sort())};`,
    '',
  ].join('\n');
}

/**
 * src/render/clause-names.generated.ts: the names of the built-in clauses and partials (the
 * English, which every language's pack matches), for checking a company's overrides without the
 * compiled clauses, which the CLI keeps in a file of their own that only rendering loads.
 */
export function generateNames() {
  const folder = `${root}clauses/en/`;
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => file.split('\\').join('/').slice(0, -'.hbs'.length))
    .sort();
  const list = (values) => `[\n${values.map((name) => `  ${JSON.stringify(name)},`).join('\n')}\n]`;
  return [
    '/* Generated from clauses/en by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */',
    '',
    '/** The built-in clauses by name (`about`, `intro`), as the compiled packs have them. */',
    `export const CLAUSE_NAMES: readonly string[] = ${list(names.filter((name) => !name.startsWith('partials/')))};`,
    '',
    '/** The built-in partials by name (`partials/right-item`). */',
    `export const PARTIAL_NAMES: readonly string[] = ${list(names.filter((name) => name.startsWith('partials/')))};`,
    '',
  ].join('\n');
}

/** src/render/clause-packs.generated.ts: every language's compiled clauses, by language. */
export function generatePacks() {
  const name = (lang) => `pack_${lang.replace(/[^a-z0-9]/gi, '_')}`;
  return [
    '/* Generated from the folders under clauses/ by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */',
    "import type { ClausePack } from './clause-runtime.js';",
    ...LANGUAGES.map((lang) => `import * as ${name(lang)} from './${packFile(lang).slice('src/render/'.length, -'.ts'.length)}.js';`),
    '',
    '/** The built-in clauses of each language, compiled (clause-compiler.ts). */',
    'export const CLAUSE_PACKS: Readonly<Record<string, ClausePack>> = {',
    ...LANGUAGES.map((lang) => `  ${JSON.stringify(lang)}: ${name(lang)},`),
    '};',
    '',
  ].join('\n');
}
