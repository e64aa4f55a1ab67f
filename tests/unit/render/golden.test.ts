import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPolicy, FORMATS } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { checkSource } from '../../../src/validate/index.js';

/**
 * Each folder in tests/golden/build holds a privacy.yaml and the documents it must build into. When the
 * output changes on purpose, regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
const ROOT = new URL('../../golden/build/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(readdirSync(ROOT).sort())('golden %s', (name) => {
  const dir = new URL(`${name}/`, ROOT);
  const checked = checkSource(readFileSync(new URL('privacy.yaml', dir)), `${name}/privacy.yaml`);

  it('is a valid policy', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(FORMATS)('builds into privacy.%s', (format) => {
    const built = buildPolicy(checked.policy as Policy)[format];
    const file = new URL(`privacy.${format}`, dir);
    if (update) writeFileSync(file, built);
    expect(existsSync(file), `missing ${name}/privacy.${format}; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(built).toBe(readFileSync(file, 'utf8'));
  });
});
