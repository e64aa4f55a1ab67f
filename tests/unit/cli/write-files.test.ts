/**
 * Publishing is all or nothing: when a rename fails after others have landed, those are rolled
 * back. A rename that fails only after the checks before it have passed cannot be provoked from
 * outside, so here the file system's rename fails for one path; everything else is the real disk.
 */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../../src/cli/errors.js';
import { Staging, writeFilesAtomically } from '../../../src/cli/write-files.js';

const failing = { path: '' };
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (String(to) === failing.path) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      real.renameSync(from, to);
    },
  };
});

let dir: string;
afterEach(() => {
  failing.path = '';
  rmSync(dir, { recursive: true, force: true });
});

describe('Staging.publish', () => {
  it('puts back every document already renamed when a later rename fails, and leaves no staging file', () => {
    dir = mkdtempSync(join(tmpdir(), 'policyc-publish-'));
    writeFileSync(join(dir, 'a.md'), 'old a');
    writeFileSync(join(dir, 'b.html'), 'old b');
    failing.path = join(dir, 'c.txt');
    const files = ['a.md', 'b.html', 'c.txt'].map((name) => ({ path: join(dir, name), content: `new ${name}` }));
    expect(() => writeFilesAtomically(files)).toThrow(UsageError);
    expect(() => writeFilesAtomically(files)).toThrow(/Cannot write .*c\.txt: EIO\./);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.html']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old a');
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe('old b');
  });

  it('publishes every document, with no copy of the earlier ones left, when all renames succeed', () => {
    dir = mkdtempSync(join(tmpdir(), 'policyc-publish-'));
    writeFileSync(join(dir, 'a.md'), 'old a');
    const staging = new Staging();
    staging.stage({ path: join(dir, 'a.md'), content: 'new a' });
    staging.stage({ path: join(dir, 'b.md'), content: 'new b' });
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toHaveLength(2);
    staging.publish();
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new a');
  });
});
