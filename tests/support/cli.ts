import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Running the real binary (built once by global-setup.ts) for the end-to-end tests. */

export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/policyc.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function policyc(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
