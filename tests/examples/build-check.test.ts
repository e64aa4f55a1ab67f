import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './facts.js';

const root = new URL('../..', import.meta.url).pathname;

/** The committed privacy.md/html/txt must be what the current build writes (run `npm run build` first). */
describe.each(EXAMPLES.map((e) => e.name))('examples/%s', (name) => {
  it('has committed output identical to policyc build', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/policyc.js', 'build', `examples/${name}/privacy.yaml`, '-o', `examples/${name}`, '--check'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(run.status, `${run.stderr}\nrun: node bin/policyc.js build examples/${name}/privacy.yaml -o examples/${name}`).toBe(0);
  });
});
