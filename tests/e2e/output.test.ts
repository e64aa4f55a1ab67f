/**
 * policyc writes stdout and stderr with plain synchronous writes (src/cli/output.ts). A reader that
 * goes away early must not turn into a crash or a different exit code, and a device that refuses
 * the output must be said plainly.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cli.js';

const bin = join(root, 'bin/policyc.js');
const EXAMPLE = join(root, 'examples/sessionlinked/privacy.yaml');

function finish(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('output', () => {
  it('ends quietly, with the exit code of the work, when the reader closes the pipe first (policyc … | head)', async () => {
    // The example has warnings and no errors: validate exits 0 with a report on stdout.
    const child = spawn(process.execPath, [bin, 'validate', EXAMPLE], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout!.destroy();
    const { code, stderr } = await finish(child);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const invalid = spawn(process.execPath, [bin, 'validate', join(root, 'tests/fixtures/bad/unclosed-quote.yaml')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    invalid.stdout!.destroy();
    expect(await finish(invalid)).toEqual({ code: 1, stderr: '' });
  });

  it.skipIf(!existsSync('/dev/full'))('says so, with exit code 2, when the output device is full', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [bin, 'schema'], { cwd: root, stdio: ['ignore', full, 'pipe'] });
      expect(await finish(child)).toEqual({ code: 2, stderr: 'policyc: cannot write the output: ENOSPC\n' });
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('leaves nothing behind when build cannot write its warnings to stderr', async () => {
    const out = mkdtempSync(join(tmpdir(), 'policyc-full-'));
    const full = openSync('/dev/full', 'w');
    try {
      // The example has warnings, written to stderr before the documents are published; the
      // folders it would have written into are made for the staged files, and go with them.
      const child = spawn(process.execPath, [bin, 'build', EXAMPLE, '-o', join(out, 'new', 'nested')], {
        cwd: root,
        stdio: ['ignore', 'ignore', full],
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect((await finish(child)).code).toBe(2);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      closeSync(full);
      rmSync(out, { recursive: true, force: true });
    }
  });
});
