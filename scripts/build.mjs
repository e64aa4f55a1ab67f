// Bundles the CLI and the API with esbuild. Commands are split into chunks that load on demand,
// so `policyc --version` does not pay for Handlebars or ajv. The dependencies are bundled too:
// Node then reads a few chunks instead of resolving and loading some hundred files from
// node_modules (commander, yaml and Handlebars are CommonJS, one file per module).
//
// Other processes may be running the CLI from dist/ while this runs (tests build while others
// test), so dist/ is never emptied: chunks have content-hashed names and are written beside the
// old ones, then each entry file is replaced by a rename, so a reader sees either the old build or
// the new one, whole. A chunk that no entry refers to any more is removed a minute after a build
// first found it so, long after any run that started before the swap has loaded it.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeValidator } from './gen-validator.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'dist');
const chunkDir = join(outdir, 'chunks');
const STALE_MS = 60_000;
// When each unreferenced chunk was first seen unreferenced; outside dist/, so it is never packed.
const retiredFile = join(root, 'node_modules/.cache/policyc/retired-chunks.json');
// Packing must ship exactly this build, so there every unreferenced chunk goes, whatever its age.
const packing = ['prepare', 'prepack', 'prepublishOnly'].includes(process.env.npm_lifecycle_event ?? '');

// The schema validator is compiled ahead of time (ajv standalone) into src/, then bundled below.
await writeValidator();

const result = await build({
  absWorkingDir: root,
  // The general YAML path is an entry of its own, required only when needed (lazyYamlLibraryPlugin).
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'chunks/yaml-library': 'src/load/yaml-library.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yaml's ES module build (its `default` export, the one bundlers for browsers pick): the same
  // code as its CommonJS build for Node, without the `process.env` lookups (LOG_TOKENS,
  // LOG_STREAM) that build makes for every token it parses, and open to tree shaking.
  alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') },
  // Bundled CommonJS calls `require` for Node's built-in modules; ESM has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyYamlLibraryPlugin()],
  metafile: true,
  write: false,
});

/**
 * The yaml library (about 200 KB) reads only the files the subset parser declines (src/load/fast):
 * policies that are invalid or written unusually. src/load/index.ts imports that general path
 * statically (the sources run as they are, in the tests); in the bundle the import becomes a
 * stand-in that requires dist/chunks/yaml-library.js on first use (Node 20.19 and later require an
 * ES module synchronously), so a valid policy never loads it: about 8 ms of every cold run.
 */
function lazyYamlLibraryPlugin() {
  const standIn = "let general; export function loadWithYamlLibrary(...args) { general ??= require('./yaml-library.js'); return general.loadWithYamlLibrary(...args); }";
  return {
    name: 'lazy-yaml-library',
    setup(b) {
      b.onResolve({ filter: /^\.\/yaml-library\.js$/ }, (args) =>
        /[\\/]src[\\/]load[\\/]index\.ts$/.test(args.importer) ? { path: 'stand-in', namespace: 'lazy-yaml-library' } : undefined,
      );
      b.onResolve({ filter: /.*/, namespace: 'lazy-yaml-library' }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-yaml-library' }, () => ({ contents: standIn, loader: 'js' }));
    },
  };
}

// The stand-in names the general path relative to itself, so it must sit beside it in chunks/.
for (const [file, { inputs }] of Object.entries(result.metafile.outputs)) {
  if ('lazy-yaml-library:stand-in' in inputs && !relative(outdir, join(root, file)).startsWith('chunks')) throw new Error(`The yaml-library stand-in landed in ${file}, outside dist/chunks/.`);
}

const isChunk = (file) => relative(outdir, file).startsWith('chunks');
mkdirSync(chunkDir, { recursive: true });
// Chunks first, entries last: an entry must never name a chunk that is not there yet.
for (const file of [...result.outputFiles.filter((f) => isChunk(f.path)), ...result.outputFiles.filter((f) => !isChunk(f.path))]) {
  const staging = `${file.path}.${process.pid}.tmp`;
  writeFileSync(staging, file.contents);
  renameSync(staging, file.path);
}

const current = new Set(result.outputFiles.filter((f) => isChunk(f.path)).map((f) => relative(chunkDir, f.path)));
const now = Date.now();
const retiredBefore = readRetired();
const retired = {};
for (const name of readdirSync(chunkDir)) {
  if (current.has(name) || name.endsWith('.tmp')) continue;
  const since = retiredBefore[name] ?? now;
  if (packing || now - since > STALE_MS) rmSync(join(chunkDir, name), { force: true });
  else retired[name] = since;
}
mkdirSync(join(retiredFile, '..'), { recursive: true });
writeFileSync(`${retiredFile}.${process.pid}.tmp`, JSON.stringify(retired));
renameSync(`${retiredFile}.${process.pid}.tmp`, retiredFile);

function readRetired() {
  try {
    return JSON.parse(readFileSync(retiredFile, 'utf8'));
  } catch {
    return {};
  }
}
