// Bundles the CLI and the API with esbuild, dependencies included: Node then reads a few files
// instead of resolving and loading some hundred from node_modules. The CLI is one CommonJS file
// that dist/launch.cjs runs through a compile cache (src/cli/launch.ts); a command's work stays
// behind esbuild's lazy module wrappers, so `policyc --version` does not run Handlebars or ajv.
// The compiled clauses, which only rendering runs, are files of their own that it loads on first use.
//
// dist/ is never emptied: chunks have content-hashed names and are written beside the old ones,
// then each entry file is replaced by a rename, so a run of the CLI reads either the old build or
// the new one, whole. Chunks that no entry refers to any more are then removed at once. Nothing
// runs the CLI while a build is under way: the tests build once, in their global setup, before any
// test starts (tests/support/global-setup.ts), the pack test packs with --ignore-scripts, and the
// bench builds before it measures.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeValidator } from './gen-validator.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'dist');
const chunkDir = join(outdir, 'chunks');
/** The imports of a compiled clause pack: the runtime and helpers it shares with the renderer. */
const CLAUSE_PACK_IMPORTS = /^\.\/(helpers\/index|clause-runtime)\.js$/;

// The schema validator is compiled ahead of time (ajv standalone) into src/, then bundled below.
await writeValidator();

const shared = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // yaml's ES module build (its `default` export, the one bundlers for browsers pick): the same
  // code as its CommonJS build for Node, without the `process.env` lookups (LOG_TOKENS,
  // LOG_STREAM) that build makes for every token it parses, and open to tree shaking.
  alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  write: false,
};

// The programmatic API, as ES modules. The general YAML path is an entry of its own, required only
// when needed (lazyYamlLibraryPlugin).
const api = await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', 'yaml-library': 'src/load/yaml-library.ts' },
  splitting: true,
  format: 'esm',
  // Bundled CommonJS calls `require` for Node's built-in modules; ESM has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyYamlLibraryPlugin({ inBundle: false })],
});

// Each language's compiled clauses, for the CLI: a file of its own (dist/chunks/clauses-<lang>-<hash>.cjs)
// that the bundle loads through the launcher, with a compile cache of its own, when it first renders
// in that language (clausePackPlugin). They are a fifth of the CLI's code and some 1,700 functions,
// which every run would otherwise read, keep in its caches and create at start-up; validate, diff's
// checks and --version never run them.
const packSources = readdirSync(join(root, 'src/render'))
  .filter((name) => /^clause-code(\.[a-z-]+)?\.generated\.ts$/.test(name))
  .sort();
const parts = await build({
  ...shared,
  entryPoints: Object.fromEntries(packSources.map((name) => [`chunks/clauses-${languageOfPack(name)}`, `src/render/${name}`])),
  entryNames: '[dir]/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  // A function of (exports, require, module), compiled as it is, like the bundle; its `require`
  // gives it the bundle's own clause runtime and helpers, which stay outside it.
  banner: { js: "(function (exports, require, module) { 'use strict';" },
  footer: { js: '})' },
  plugins: [
    {
      name: 'clause-runtime-external',
      setup(b) {
        b.onResolve({ filter: CLAUSE_PACK_IMPORTS }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
});
/** The part of each language: its file name in dist/chunks and the names it exports. */
const packParts = new Map();
for (const [file, { entryPoint, inputs }] of Object.entries(parts.metafile.outputs)) {
  const source = entryPoint && join(root, entryPoint);
  if (!source) continue;
  const extra = Object.keys(inputs).filter((input) => join(root, input) !== source);
  if (extra.length > 0) throw new Error(`The clause pack ${entryPoint} bundles ${extra.join(', ')}: it may import only the clause runtime and helpers.`);
  const names = [...readFileSync(source, 'utf8').matchAll(/^export const (\w+)/gm)].map((match) => match[1]);
  packParts.set(source, { file: relative(chunkDir, join(root, file)), names });
}
for (const file of parts.outputFiles) checkAscii(file);

// The CLI: one CommonJS file, named by its content, that dist/launch.cjs compiles through a V8
// code cache (src/cli/launch.ts). Code that only some runs need (a command's work, the reporters,
// the general YAML path) stays in it behind esbuild's lazy module wrappers: it is read, but with
// the cache never compiled unless it runs. Names are kept, so POLICYC_DEBUG's stack reads.
// Beside it, built the same way but on its own (no module is shared, so none needs handing over),
// the validate bundle: only what a plain validate command line runs, which the launcher picks
// from argv (src/cli/commands/validate-line.ts). Every run reads its whole bundle and cache, so
// validate no longer reads the other commands, rendering and commander.
const cli = await build({
  ...shared,
  entryPoints: { 'chunks/cli': 'src/cli/main.ts', 'chunks/validate': 'src/cli/validate-main.ts' },
  entryNames: '[dir]/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'import.meta.url': '__policyc_module_url' },
  // A bundle is one function expression with CommonJS's parameters, which the launcher's
  // vm.Script returns and calls: compiling it as it is on disk spares V8 a copy of 1 MB of source
  // that Module.wrap's wrapper, added at run time, would take. The launcher also gives it
  // __policyc_load_part, which loads a part such as the clauses (src/cli/launch.ts: LoadPart).
  banner: {
    js: "(function (exports, require, module, __filename, __dirname, __policyc_load_part) { 'use strict'; var __policyc_module_url = require('node:url').pathToFileURL(__filename).href;",
  },
  footer: { js: '})' },
  plugins: [lazyYamlLibraryPlugin({ inBundle: true }), lazyChildProcessPlugin(), colorDetectionPlugin(), clausePackPlugin(packParts)],
});
/** The bundle built from an entry point (src/cli/main.ts or src/cli/validate-main.ts). */
const bundleOf = (entryPoint) => {
  const [file] = Object.entries(cli.metafile.outputs).find(([, output]) => output.entryPoint === entryPoint) ?? [];
  const output = file && cli.outputFiles.find((f) => f.path === join(root, file));
  if (!output) throw new Error(`esbuild wrote no bundle for ${entryPoint}.`);
  return output;
};

const cliBundles = [bundleOf('src/cli/main.ts'), bundleOf('src/cli/validate-main.ts')];
for (const bundle of cliBundles) {
  if (/\bimport\(/.test(bundle.text)) throw new Error(`${relative(root, bundle.path)} keeps a dynamic import(), which vm.Script cannot run.`);
  checkAscii(bundle);
}
// Intl's first use in a process loads ICU's data: a tenth of a cold build's added time (BENCHMARKS.md,
// seventh session). Dates and lists come from the catalogs' own words, which tests/unit/i18n/intl.test.ts
// holds to Intl on each Node.
for (const file of [...cliBundles, ...parts.outputFiles])
  if (/\bIntl\./.test(file.text)) throw new Error(`${relative(root, file.path)} uses Intl; write dates and lists from the catalogs (src/i18n).`);

// validate writes English only: another language's catalog in its bundle is some import that
// reaches src/i18n/languages.ts, and it cost a cold validate 40 ms and 1,200 pages when a rule did
// (BENCHMARKS.md, tenth session). Words a rule needs in every language live in src/i18n/word-patterns.ts.
{
  const validateInputs = Object.keys(Object.values(cli.metafile.outputs).find((output) => output.entryPoint === 'src/cli/validate-main.ts')?.inputs ?? {});
  const foreign = validateInputs.filter((input) => /^src\/i18n\/(?:catalogs|phrases|gists)\/(?!en\.ts$)/.test(input));
  if (foreign.length > 0)
    throw new Error(`The validate bundle holds ${foreign.join(', ')}: validate loads no other language's words (src/i18n/language-codes.ts).`);
}

const launcher = await build({
  ...shared,
  entryPoints: { launch: 'src/cli/launch.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { CLI_BUNDLE: JSON.stringify(relative(outdir, cliBundles[0].path)), VALIDATE_BUNDLE: JSON.stringify(relative(outdir, cliBundles[1].path)) },
});

const outputFiles = [...api.outputFiles, ...parts.outputFiles, ...cli.outputFiles, ...launcher.outputFiles];

/**
 * The launcher reads the bundle and its parts as Latin-1, which V8 keeps as one byte a character and
 * Node decodes at the speed of a copy (UTF-8 takes 3 ms for the bundle); that is only right while
 * every byte is ASCII. esbuild escapes non-ASCII text in strings but not in regular expressions:
 * write those with \u.
 */
function checkAscii(file) {
  const nonAscii = /[^\x00-\x7f]/.exec(file.text);
  if (nonAscii)
    throw new Error(
      `${relative(root, file.path)} has a non-ASCII character (${JSON.stringify(file.text.slice(nonAscii.index - 40, nonAscii.index + 10))}); write it with an escape.`,
    );
}

/** `en` for clause-code.generated.ts, `de` for clause-code.de.generated.ts. */
function languageOfPack(name) {
  return /^clause-code\.([a-z-]+)\.generated\.ts$/.exec(name)?.[1] ?? 'en';
}

/**
 * In the CLI bundle, each import of a compiled clause pack becomes a stand-in whose exports load the
 * pack's part (above) on first use, through the launcher's __policyc_load_part, handing it the
 * bundle's own clause runtime and helpers. The API keeps the packs in its chunks as they are.
 */
function clausePackPlugin(packParts) {
  return {
    name: 'clause-pack',
    setup(b) {
      b.onResolve({ filter: /^\.\/clause-code(\.[a-z-]+)?\.generated\.js$/ }, (args) => {
        const source = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (!packParts.has(source)) throw new Error(`No part was built for the clause pack ${relative(root, source)}.`);
        return { path: source, namespace: 'clause-pack' };
      });
      b.onLoad({ filter: /.*/, namespace: 'clause-pack' }, (args) => {
        const { file, names } = packParts.get(args.path);
        const modules = ['helpers/index', 'clause-runtime']
          // Copied into plain objects: the compiled clauses read a helper at every call, and a
          // bundled module's exports are getters (two deep, through esbuild's CommonJS view).
          .map((name) => `${JSON.stringify(`./${name}.js`)}: { ...require(${JSON.stringify(join(root, `src/render/${name}.ts`))}) }`)
          .join(', ');
        const getters = names.map((name) => `${name}: { enumerable: true, get: () => load().${name} }`).join(', ');
        return {
          contents: `let pack; const load = () => (pack ??= __policyc_load_part(${JSON.stringify(file)}, { ${modules} })); module.exports = Object.defineProperties({}, { ${getters} });`,
          loader: 'js',
          resolveDir: join(root, 'src/render'),
        };
      });
    },
  };
}

/**
 * The yaml library (about 200 KB) reads only the files the subset parser declines (src/load/fast):
 * policies that are invalid or written unusually. src/load/index.ts imports that general path
 * statically (the sources run as they are, in the tests); in the bundles the import becomes a
 * stand-in that requires it on first use, so a valid policy never loads it: about 8 ms of every
 * cold run. The API's stand-in requires dist/yaml-library.js (Node 20.19 and later require an ES
 * module synchronously); the CLI's requires the module inside its own bundle, which esbuild then
 * wraps to run on that first call.
 */
function lazyYamlLibraryPlugin({ inBundle }) {
  // The API's stand-in requires through a require of its own file: esbuild's `require` in a split
  // build is one shared from a chunk, in dist/chunks/, which would look for the general path there.
  const standIn = inBundle
    ? `let general; export function loadWithYamlLibrary(...args) { general ??= require(${JSON.stringify(join(root, 'src/load/yaml-library.ts'))}); return general.loadWithYamlLibrary(...args); }`
    : "import { createRequire } from 'node:module'; let general; export function loadWithYamlLibrary(...args) { general ??= createRequire(import.meta.url)('./yaml-library.js'); return general.loadWithYamlLibrary(...args); }";
  return {
    name: 'lazy-yaml-library',
    setup(b) {
      b.onResolve({ filter: /^\.\/yaml-library\.js$/ }, (args) =>
        /[\\/]src[\\/]load[\\/]index\.ts$/.test(args.importer) ? { path: 'stand-in', namespace: 'lazy-yaml-library' } : undefined,
      );
      b.onResolve({ filter: /.*/, namespace: 'lazy-yaml-library' }, (args) => (inBundle ? { path: args.path } : { path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-yaml-library' }, () => ({ contents: standIn, loader: 'js' }));
    },
  };
}

/**
 * commander requires child_process at start-up for subcommands that are separate programs, which
 * policyc has none of; loading it (with net, dgram and streams) is about 3 ms of every cold run.
 * In the CLI bundle commander gets a stand-in that requires it on first use instead.
 */
function lazyChildProcessPlugin() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'stand-in', namespace: 'lazy-child-process' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
        contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
        loader: 'js',
      }));
    },
  };
}

/**
 * Colour detection that policyc never uses, kept out of the CLI's start-up. policyc decides colour
 * itself (src/cli/color.ts) and hands chalk a level, so chalk gets its own variant of
 * supports-color without a Node import (the one it ships for browsers), and picocolors, which
 * @babel/code-frame loads, answers `false` instead of asking process.stdout (policyc asks
 * code-frame for no highlighting, the only use of the answer). Each detection loaded node:tty,
 * and with it net and Node's stream modules, or built process.stdout: about 2 ms of a cold run.
 */
function colorDetectionPlugin() {
  const asked = '((p.stdout || {}).isTTY && env.TERM !== "dumb")';
  return {
    name: 'color-detection',
    setup(b) {
      b.onResolve({ filter: /^#supports-color$/ }, (args) =>
        /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: join(root, 'node_modules/chalk/source/vendor/supports-color/browser.js') } : undefined,
      );
      b.onLoad({ filter: /[\\/]node_modules[\\/]picocolors[\\/]picocolors\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(asked)) throw new Error(`picocolors changed: ${args.path} no longer has ${asked}; see colorDetectionPlugin.`);
        return { contents: source.replace(asked, 'false'), loader: 'js' };
      });
    },
  };
}

// The stand-in names the general path relative to itself, so it must sit beside it in dist/.
for (const [file, { inputs }] of Object.entries(api.metafile.outputs)) {
  if ('lazy-yaml-library:stand-in' in inputs && dirname(join(root, file)) !== outdir)
    throw new Error(`The yaml-library stand-in landed in ${file}, outside dist/.`);
}

const isChunk = (file) => relative(outdir, file).startsWith('chunks');
mkdirSync(chunkDir, { recursive: true });
// Chunks first, entries last: an entry must never name a chunk that is not there yet.
// A file whose bytes are already there is left alone: its times are part of the compile cache's
// key (src/cli/launch.ts), so rewriting it would make every cache of it new.
const unchanged = (file) => {
  try {
    return Buffer.compare(readFileSync(file.path), file.contents) === 0;
  } catch {
    return false;
  }
};
for (const file of [...outputFiles.filter((f) => isChunk(f.path)), ...outputFiles.filter((f) => !isChunk(f.path))]) {
  if (unchanged(file)) continue;
  const staging = `${file.path}.${process.pid}.tmp`;
  writeFileSync(staging, file.contents);
  renameSync(staging, file.path);
}
// An entry file of an earlier layout (dist/cli.js) would otherwise stay, and be packed.
const entries = new Set(outputFiles.filter((f) => !isChunk(f.path)).map((f) => f.path));
for (const name of readdirSync(outdir)) if (/\.c?js$/.test(name) && !entries.has(join(outdir, name))) rmSync(join(outdir, name), { force: true });

// Chunks of earlier builds, which no entry names any more.
const current = new Set(outputFiles.filter((f) => isChunk(f.path)).map((f) => relative(chunkDir, f.path)));
for (const name of readdirSync(chunkDir)) if (!current.has(name) && !name.endsWith('.tmp')) rmSync(join(chunkDir, name), { force: true });
