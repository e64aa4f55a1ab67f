import { describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';
import { EXAMPLES } from './facts.js';

/** The committed privacy.md/html/txt must be what the current build writes (run `npm run build` first). */
describe.each(EXAMPLES.map((e) => e.name))('examples/%s', (name) => {
  it('has committed output identical to policyc build', () => {
    const run = policyc(['build', `examples/${name}/privacy.yaml`, '-o', `examples/${name}`, '--check']);
    expect(run.code, `${run.stderr}\nrun: node bin/policyc.js build examples/${name}/privacy.yaml -o examples/${name}`).toBe(0);
  });
});
