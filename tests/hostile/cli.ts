import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { HANG_MS } from '../support/guards.js';

/**
 * The real binary under hostile conditions: a 256 MB heap, a hang guard, and checks that what it
 * printed is one clear message, never a stack trace or a raw control character.
 */

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bad = (name: string): string => join(root, 'tests/fixtures/bad', name);
const bin = join(root, 'bin/policyc.js');

export { HANG_MS } from '../support/guards.js';

export interface Run {
  /** null when the process was killed (timeout, out of memory, a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs policyc; async so independent cases can share the cores. */
export function policyc(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', NODE_OPTIONS: '--max-old-space-size=256', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: HANG_MS,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
}

/** C0 and C1 controls other than tab and newline: none may reach a terminal from a hostile file. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Exit 1 or 2 (or whatever `code` says), bounded output, no stack trace, no internal error. */
export function expectCleanFailure(run: Run, code: number): void {
  const output = `${run.stdout}${run.stderr}`;
  expect(run.signal, `killed (hang or out of memory)\n${output.slice(0, 2000)}`).toBeNull();
  expect(run.code, output.slice(0, 2000)).toBe(code);
  expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(output).not.toMatch(/\b(?:Range|Type|Reference|Syntax)?Error: |internal error|FATAL ERROR|node:internal/);
  expect(output).not.toMatch(RAW_CONTROL);
  // One clear message, not a flood: the 1 MB line and 80,000 bad values included.
  expect(output.length).toBeLessThan(code === 2 ? 1_000 : 400_000);
}

/** Every file under a folder, relative, with its bytes: what a run left behind. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    files.set(relative(dir, path), stat.isFile() ? readFileSync(path, 'latin1') : stat.isDirectory() ? '<dir>' : '<other>');
  }
  return files;
}

/** A fresh folder, optionally holding copies of files. */
export function scratch(prefix: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `policyc-${prefix}-`));
  for (const [name, source] of Object.entries(files)) cpSync(source, join(dir, name));
  return dir;
}
