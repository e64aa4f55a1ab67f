import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import exportSchema from '../../../schema/policy-export.v1.schema.json' with { type: 'json' };
import privacySchema from '../../../schema/privacy.schema.json' with { type: 'json' };
import { exportFeed, type PolicyVersion } from '../../../src/export/feed.js';
import { exportJson } from '../../../src/export/json.js';
import { ropaTable } from '../../../src/export/ropa.js';
import { exportSubprocessors } from '../../../src/export/subprocessors.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { APP, policyFrom } from './support.js';

/** The app policy with its US ad network naming no location, as Mozilla VPN names none for Adjust. */
function unlocated(): Policy {
  const policy = policyFrom(APP);
  delete policy.subprocessors![1]!.location;
  return policy;
}

const AD_NETWORK = '=HYPERLINK("https://evil.example")';
const CHANGED = { date: '2026-04-01', from: 'effective_date' } as const;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addKeyword('x-fragment');
ajv.addSchema(privacySchema);
const validate = ajv.compile(exportSchema);

describe('exports of a subprocessor whose location is not stated', () => {
  it('json: omits locations, says the transfer is unknown, and still matches the export schema', () => {
    const document = JSON.parse(exportJson(normalize(unlocated()))) as { derived: { subprocessors: unknown[] } };
    expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
    expect(document.derived.subprocessors[1]).toEqual({ name: AD_NETWORK, outside: false, transfer: 'unknown', safeguards: ['scc'] });
  });

  it('subprocessor list: no locations key in JSON, an empty cell (not stated) in Markdown and HTML', () => {
    const model = normalize(unlocated());
    const json = JSON.parse(exportSubprocessors(model, 'json', CHANGED)) as { subprocessors: Array<Record<string, unknown>> };
    expect(json.subprocessors[1]).not.toHaveProperty('locations');
    expect(json.subprocessors[1]).toMatchObject({ transfer: 'unknown' });
    expect(exportSubprocessors(model, 'md', CHANGED)).not.toContain('United States');
    expect(exportSubprocessors(model, 'html', CHANGED)).not.toContain('United States');
    expect(exportSubprocessors(model, 'html', CHANGED)).toContain('aria-label="not stated"');
  });

  it('ropa: the third-country column says the location is not stated', () => {
    const table = ropaTable(normalize(unlocated()));
    const column = table.columns.findIndex((c) => c.startsWith('Transfers to third countries'));
    const row = table.rows.find((r) => r[0] === 'Show advertising');
    expect(row?.[column]).toBe(`${AD_NETWORK}: location not stated`);
  });

  it('feed: an addition names no country, and a location stated or dropped is not called a move', () => {
    const dated = (policy: Policy, date: string): Policy => ({ ...policy, effective_date: date });
    const first = policyFrom(APP);
    first.subprocessors!.splice(1, 1);
    const history: PolicyVersion[] = [
      dated(first, '2026-03-01'),
      dated(unlocated(), '2026-04-01'),
      dated(policyFrom(APP), '2026-05-01'),
      dated(unlocated(), '2026-06-01'),
    ].map((policy, i) => ({ model: normalize(policy), label: `v${i}` }));
    const xml = exportFeed(history);
    expect(xml).toContain('where it processes data is not stated.');
    expect(xml).toContain('Location stated: ');
    expect(xml).toContain('processes data in United States; before, where it did was not stated.');
    expect(xml).toContain('Location no longer stated: ');
    expect(xml).toContain('processes data is no longer stated; before, it was in United States.');
    expect(xml).not.toContain('Moved: ');
  });
});
