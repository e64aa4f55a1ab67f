import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Policy } from '../../../src/model/policy.generated.js';
import { checkSource } from '../../../src/validate/index.js';
import { parse } from 'yaml';

const DIR = new URL('../../fixtures/render/', import.meta.url);

/** A fixture from tests/fixtures/render, checked by the real front end (warnings allowed). */
export function loadFixture(name: string): Policy {
  const file = new URL(name, DIR);
  const result = checkSource(readFileSync(file), name);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.policy as Policy;
}

/** A fixture changed for one test: `edit` receives a deep copy. */
export function variant(name: string, edit: (policy: Policy) => void): Policy {
  const copy = parse(readFileSync(new URL(name, DIR), 'utf8')) as Policy;
  edit(copy);
  return copy;
}
