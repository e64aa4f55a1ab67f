import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generate } from '../../scripts/gen-types.mjs';

describe('TypeScript types', () => {
  it('are exactly what the schema generates (no drift)', async () => {
    const committed = readFileSync(new URL('../../src/model/policy.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generate());
  });
});
