// Bundles the CLI and the API with esbuild. Commands are split into chunks that load on demand,
// so `policyc --version` does not pay for Handlebars or ajv. The bundle is written beside dist/
// and swapped in, so a test running the binary never sees a half-built dist/.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { writeValidator } from './gen-validator.mjs';

const root = new URL('..', import.meta.url);
const staging = new URL(`dist.${process.pid}/`, root);
const dist = new URL('dist/', root);
const old = new URL(`dist.old.${process.pid}/`, root);

// The schema validator is compiled ahead of time (ajv standalone) into src/, then bundled below.
await writeValidator();

await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: staging.pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
try {
  renameSync(dist, old);
} catch {
  // first build: nothing to move away
}
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
