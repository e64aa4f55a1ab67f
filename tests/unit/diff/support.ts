import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { diffPolicies, changeKinds } from '../../../src/diff/index.js';
import type { Change } from '../../../src/diff/index.js';
import { detectChanges } from '../../../src/diff/diff.js';
import type { Draft } from '../../../src/diff/merge.js';
import { withRenamedIds } from '../../../src/diff/renamed-ids.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import schema from '../../../schema/privacy.schema.json' with { type: 'json' };

/** Test support for the diff: the full fixture, schema validation, and diff-after-edit. */

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validateSchema = ajv.compile(schema);

export function schemaErrors(policy: unknown): string {
  return validateSchema(policy) ? '' : ajv.errorsText(validateSchema.errors);
}

const FULL = parse(readFileSync(new URL('../../fixtures/diff/full.yaml', import.meta.url), 'utf8')) as Policy;

/** A fresh copy of tests/fixtures/diff/full.yaml, which sets every field of the schema. */
export function full(): Policy {
  return structuredClone(FULL);
}

/** Diff `base` (default: the full fixture) against a copy changed by `edit`. */
export function diffAfter(edit: (p: Policy) => void, base: Policy = full()): Change[] {
  const after = structuredClone(base);
  edit(after);
  const problems = schemaErrors(after);
  if (problems) throw new Error(`the edited policy no longer matches the schema: ${problems}`);
  return diffPolicies(base, after).changes;
}

/** What the checks report for `base` and an edited copy, before merging: what a check's cases test. */
export function foundAfter(edit: (p: Policy) => void, base: Policy = full()): Draft[] {
  const after = structuredClone(base);
  edit(after);
  const problems = schemaErrors(after);
  if (problems) throw new Error(`the edited policy no longer matches the schema: ${problems}`);
  const before = withRenamedIds(base, after) ?? base;
  return detectChanges(normalize(before), normalize(after), (kind) => changeKinds.get(kind)?.level ?? 'material');
}

export { schema };
