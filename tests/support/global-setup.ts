import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Build once before any test runs: end-to-end tests spawn bin/policyc.js, which runs the bundle
 * in dist/, and unit tests import the validator that the build compiles from the schema.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: fileURLToPath(new URL('../../', import.meta.url)), stdio: 'inherit' });
}
