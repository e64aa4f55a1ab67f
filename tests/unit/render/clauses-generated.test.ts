import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generate } from '../../../scripts/gen-clauses.mjs';

describe('src/render/clause-code.generated.ts', () => {
  it('holds exactly the clauses in clauses/en, compiled (run node scripts/gen-clauses.mjs after editing one)', async () => {
    const committed = readFileSync(new URL('../../../src/render/clause-code.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generate());
  });
});
