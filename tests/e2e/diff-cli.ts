import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Running the real binary for the diff end-to-end tests. */

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/policyc.js', import.meta.url));

/** The build swaps dist/ atomically, so test files may each build without tripping over another. */
export function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function policyc(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
