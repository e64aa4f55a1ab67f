import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cli.js';

/**
 * Every file derived from another (types, reference docs, rule and diff docs, compiled clauses and
 * validator, the examples' policies) is what `npm run gen` would write. One test for all of them:
 * its message names each stale file and the one command that fixes them all.
 */
describe('generated files', () => {
  it('are current (npm run gen rewrites them)', () => {
    const run = spawnSync(process.execPath, ['scripts/gen.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});
