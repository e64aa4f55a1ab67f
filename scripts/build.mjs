// Bundles the CLI and the API with esbuild. Commands are split into chunks that load on demand,
// so `policyc --version` does not pay for Handlebars or ajv.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { writeValidator } from './gen-validator.mjs';

// The schema validator is compiled ahead of time (ajv standalone) into src/, then bundled below.
await writeValidator();

const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir,
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
