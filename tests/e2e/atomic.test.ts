/**
 * Atomic output: a build killed with SIGKILL at any moment leaves every document either as it was
 * or as the finished build writes it, never half written, and no new name a reader would take for
 * a document. What a killed run may leave is its hidden staging files (`.privacy.md.<pid>.<random>.tmp`)
 * beside the documents (and `.old` links to the previous documents while they are replaced);
 * policyc never reads them, and the next build into that folder removes them.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, scratch } from '../hostile/cli.js';

const bin = join(root, 'bin/policyc.js');
const INPUTS = ['alpha', 'beta', 'gamma'];
const FORMATS = ['md', 'html', 'txt'];
const OUTPUTS = INPUTS.flatMap((name) => FORMATS.map((format) => `${name}.${format}`));

/** A valid policy big enough that rendering takes a noticeable time: 2,500 providers. */
function bigPolicy(seed: string): string {
  const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
  const providers = Array.from(
    { length: 2500 },
    (_, i) =>
      `  - name: ${seed} provider ${i}\n    purpose: Hosts part ${i} of the service, with words enough to wrap a line or two in the text\n    location: DE\n`,
  );
  return `${minimal}subprocessors:\n${providers.join('')}`;
}

function run(
  args: readonly string[],
  cwd: string,
  killAfterMs?: number,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
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
      for (const hidden of names.filter((n) => n.startsWith('.'))) expect(hidden).toMatch(/^\.[a-z]+\.(md|html|txt)\.\d+\.[0-9a-z]+\.(tmp|old)$/);
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

  it('a later build replaces the documents and removes what the killed one left', async () => {
    const out = join(dir, 'out');
    const done = await run(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'out'], dir);
    expect(done.code).toBe(0);
    for (const name of OUTPUTS) expect(readFileSync(join(out, name)).equals(fresh.get(name)!)).toBe(true);
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
  }, 120_000);
});

/**
 * Starts a build, waits until its first document is staged (a hidden file appears in `out`), then
 * sends `signal`: so the signal surely lands while documents are staged, whatever the machine's pace.
 */
function interruptWhileStaging(args: readonly string[], out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const poll = setInterval(() => {
      if (readdirSync(out).some((name) => name.startsWith('.') && name.endsWith('.tmp'))) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 2);
    child.on('error', reject);
    child.on('close', (code, received) => {
      clearInterval(poll);
      resolve({ code, signal: received });
    });
  });
}

describe('a build interrupted (Ctrl-C), terminated or hung up on', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'on %s while staging: stops by the signal, the previous documents as they were, nothing staged left',
    async (signal) => {
      const out = join(dir, 'out');
      resetOutputs(out);
      const stopped = await interruptWhileStaging(['build', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'out'], out, signal);
      expect(stopped.signal).toBe(signal);
      expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
      for (const name of OUTPUTS) expect(readFileSync(join(out, name), 'utf8')).toBe(previous(name));
    },
    120_000,
  );

  it('stops build --watch on an interrupt during its first build, with nothing staged left', async () => {
    const out = join(dir, 'watched');
    resetOutputs(out);
    const stopped = await interruptWhileStaging(['build', '--watch', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'watched'], out, 'SIGINT');
    expect(stopped.signal).toBe('SIGINT');
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
  }, 120_000);

  it('lets build --watch finish a rebuild when interrupted during it, even twice, then stop', async () => {
    const out = join(dir, 'rewatched');
    resetOutputs(out);
    const child = spawn(process.execPath, [bin, 'build', '--watch', ...INPUTS.map((n) => `${n}.yaml`), '-o', 'rewatched'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    await new Promise<void>((resolve) => child.stderr!.on('data', (chunk: Buffer) => chunk.toString().includes('watching') && resolve()));
    // A change starts a rebuild; once it stages its first document, two interrupts in a row.
    writeFileSync(join(dir, `${INPUTS[0]}.yaml`), readFileSync(join(dir, `${INPUTS[0]}.yaml`)));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!readdirSync(out).some((name) => name.endsWith('.tmp'))) return;
        clearInterval(poll);
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGINT'), 20);
        resolve();
      }, 2);
    });
    expect(await closed).toEqual({ code: 0, signal: null });
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
    for (const name of OUTPUTS) expect(readFileSync(join(out, name)).equals(fresh.get(name)!)).toBe(true);
  }, 120_000);
});
