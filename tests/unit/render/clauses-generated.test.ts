import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generate } from '../../../scripts/gen-clauses.mjs';

describe('the generated clause files', () => {
  it('hold exactly the clauses in clauses/en, compiled (run node scripts/gen-clauses.mjs after editing one)', async () => {
    const { templates, code } = (await generate()) as { templates: string; code: string };
    const committed = (file: string): string => readFileSync(new URL(`../../../src/render/${file}`, import.meta.url), 'utf8');
    expect(committed('clauses.generated.ts')).toBe(templates);
    expect(committed('clause-code.generated.ts')).toBe(code);
  });
});
