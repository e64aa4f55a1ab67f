import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/build.js';
import { checkSource } from '../../src/validate/index.js';

/**
 * Real policies written into privacy.yaml from the docs alone, kept as fixtures rather than
 * examples (docs/seed-gaps.md says what each still cannot hold). Each keeps its original beside it,
 * names where it came from, and stays a file policyc accepts and builds: a schema change that
 * breaks a real company's file shows here.
 */
const dir = new URL('../fixtures/real/', import.meta.url);
const names = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('tests/fixtures/real', () => {
  it('holds at least one real policy', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  describe.each(names)('%s', (name) => {
    const file = fileURLToPath(new URL(`${name}/privacy.yaml`, dir));
    const source = new URL(`${name}/SOURCE.md`, dir);

    it('keeps its original, with the address and date it was read from', () => {
      expect(existsSync(source)).toBe(true);
      const head = readFileSync(source, 'utf8').slice(0, 600);
      expect(head).toMatch(/URL: https:\/\//);
      expect(head).toMatch(/\b20\d\d-\d\d-\d\d\b/);
    });

    it('is valid, with warnings at most, and builds', () => {
      const checked = checkSource(readFileSync(file), file);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(checked.policy).toBeDefined();
      const built = buildPolicy(checked.policy!, {});
      expect(built.md).toMatch(/^# /);
      expect(built.md).not.toMatch(/\{\{|\[object Object\]|undefined/);
    });
  });
});
