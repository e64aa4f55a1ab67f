import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { currentBanner, isFresh } from '../../../scripts/gen-validator.mjs';

describe('the ahead-of-time schema validator', () => {
  it('was compiled from the current schema (run npm run build if not)', () => {
    expect(currentBanner()).toMatch(/^\/\/ Generated from schema\/privacy\.schema\.json/);
    expect(isFresh()).toBe(true);
  });
});
