import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Running the real binary for the diff end-to-end tests. */

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/policyc.js', import.meta.url));

export function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
}

/**
 * scripts/build.mjs moves the old dist/ away before moving the new one in, so a test file that
 * builds while another runs the binary can catch dist/ missing for a moment. That, and only that,
 * is retried.
 */
function distWasSwapping(stderr: string): boolean {
  return /ERR_MODULE_NOT_FOUND|Cannot find module/.test(stderr) && stderr.includes('dist');
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function policyc(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...options.env },
    });
    if (attempt < 5 && distWasSwapping(result.stderr)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      continue;
    }
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }
}
