/**
 * Atomic output: a build killed with SIGKILL at any moment leaves every document either as it was
 * or as the finished build writes it, never half written, and no new name a reader would take for
 * a document. What a killed run may leave is its hidden staging files (`.privacy.md.<pid>.<random>.tmp`)
 * beside the documents; policyc never reads them, and the next build writes its own.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, root, scratch } from '../hostile/cli.js';

const bin = join(root, 'bin/policyc.js');
const INPUTS = ['alpha', 'beta', 'gamma'];
const FORMATS = ['md', 'html', 'txt'];
const OUTPUTS = INPUTS.flatMap((name) => FORMATS.map((format) => `${name}.${format}`));

/** A valid policy big enough that rendering takes a noticeable time: 2,500 providers. */
function bigPolicy(seed: string): string {
  const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
  const providers = Array.from({ length: 2500 }, (_, i) => `  - name: ${seed} provider ${i}\n    purpose: Hosts part ${i} of the service, with words enough to wrap a line or two in the text\n    location: DE\n`);
  return `${minimal}subprocessors:\n${providers.join('')}`;
}

function run(args: readonly string[], cwd: string, killAfterMs?: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill(signal), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started });
    });
  });
}

let dir: string;
let fresh: Map<string, Buffer>;
let fullMs: number;
const previous = (name: string): string => `previous ${name}: a document an earlier build wrote\n`;

beforeAll(async () => {
  buildDist();
  dir = scratch('atomic');
  for (const name of INPUTS) writeFileSync(join(dir, `${name}.yaml`), bigPolicy(name));
  const done = await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'fresh'], dir);
  expect(done.code).toBe(0);
  fullMs = done.ms;
  fresh = new Map(OUTPUTS.map((name) => [name, readFileSync(join(dir, 'fresh', name))]));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function resetOutputs(out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  for (const name of OUTPUTS) writeFileSync(join(out, name), previous(name));
}

describe('a build killed with SIGKILL', () => {
  it('leaves each document whole, old or new, at every moment it is killed', async () => {
    const out = join(dir, 'out');
    const outcomes: string[] = [];
    // From just after start-up to past the end, so kills land while reading, rendering and writing.
    for (const fraction of [0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1, 1.1]) {
      resetOutputs(out);
      const killed = await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'out'], dir, fullMs * fraction);
      const names = readdirSync(out).sort();
      const documents = names.filter((n) => !n.startsWith('.'));
      expect(documents).toEqual([...OUTPUTS].sort());
      for (const hidden of names.filter((n) => n.startsWith('.'))) expect(hidden).toMatch(/^\.[a-z]+\.(md|html|txt)\.\d+\.[0-9a-z]+\.tmp$/);
      const states = OUTPUTS.map((name) => {
        const bytes = readFileSync(join(out, name));
        if (bytes.equals(Buffer.from(previous(name)))) return 'old';
        expect(bytes.equals(fresh.get(name)!), `${name} is neither the previous nor the finished document`).toBe(true);
        return 'new';
      });
      outcomes.push(`${killed.signal ?? killed.code}:${states.filter((s) => s === 'new').length}`);
    }
    // At least one kill landed before anything was replaced, with the previous files intact.
    expect(outcomes).toContain('SIGKILL:0');
  }, 300_000);

  it('a later build replaces the documents and ignores what the killed one left', async () => {
    const out = join(dir, 'out');
    const done = await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'out'], dir);
    expect(done.code).toBe(0);
    for (const name of OUTPUTS) expect(readFileSync(join(out, name)).equals(fresh.get(name)!)).toBe(true);
  }, 120_000);
});

describe('a build interrupted (Ctrl-C) or terminated', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s stops, leaving every document whole and no staging file behind', async (signal) => {
    const out = join(dir, 'out');
    const outcomes: string[] = [];
    // Timed now, with the compile cache warm as for the runs below (the first build made it).
    resetOutputs(out);
    const whole = (await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'out'], dir)).ms;
    for (const fraction of [0.3, 0.5, 0.7, 0.85, 0.95]) {
      resetOutputs(out);
      const stopped = await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'out'], dir, whole * fraction, signal);
      // Stopped by the signal, as without policyc's handler; or finished before it came.
      expect(stopped.signal === signal || stopped.code === 0, `${signal} after ${fraction} of a build: ${stopped.signal ?? stopped.code}`).toBe(true);
      expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
      const states = new Set(OUTPUTS.map((name) => (readFileSync(join(out, name)).equals(fresh.get(name)!) ? 'new' : readFileSync(join(out, name), 'utf8') === previous(name) ? 'old' : 'neither')));
      expect([...states].filter((s) => s === 'neither')).toEqual([]);
      outcomes.push(`${stopped.signal ?? stopped.code}`);
    }
    // The signals that came in time stopped the build.
    expect(outcomes.filter((o) => o === signal).length).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it('stops build --watch on an interrupt during its first build, with nothing staged left', async () => {
    const out = join(dir, 'watched');
    resetOutputs(out);
    const whole = (await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'watched'], dir)).ms;
    resetOutputs(out);
    const stopped = await run(['build', '--watch', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'watched'], dir, whole * 0.7, 'SIGINT');
    expect(stopped.signal).toBe('SIGINT');
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
  }, 120_000);
});
