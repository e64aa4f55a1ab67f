import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import exportSchema from '../../../schema/policy-export.v1.schema.json' with { type: 'json' };
import privacySchema from '../../../schema/privacy.schema.json' with { type: 'json' };
import { EXPORT_SCHEMA_ID, exportJson } from '../../../src/export/json.js';
import { APP, EXAMPLES, modelFrom } from './support.js';

const PRODUCTS = 'tests/fixtures/products/v1.yaml';
/** A policy that collects no personal data (`data_categories: []`). */
const NOTHING = 'tests/fixtures/real/codee/privacy.yaml';
const CONTROLLERS = 'tests/fixtures/export/controllers.yaml';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addKeyword('x-fragment');
ajv.addSchema(privacySchema);
const validate = ajv.compile(exportSchema);

describe('json: the normalised policy, described by schema/policy-export.v1.schema.json', () => {
  it.each([...EXAMPLES, APP, PRODUCTS, NOTHING, CONTROLLERS])('validates for %s', (path) => {
    const document = JSON.parse(exportJson(modelFrom(path))) as unknown;
    expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('says whether the policy offers email for rights requests (a request form alone: no)', () => {
    const derived = (path: string): Record<string, unknown> => (JSON.parse(exportJson(modelFrom(path))) as { derived: Record<string, unknown> }).derived;
    expect(derived('tests/fixtures/real/mozilla-vpn/privacy.yaml').rights_by_email).toBe(false);
    expect(derived(APP).rights_by_email).toBe(true);
  });

  it('names its schema and version, keeps the file as written and adds the derived facts', () => {
    const model = modelFrom(APP);
    const document = JSON.parse(exportJson(model)) as { $schema: string; version: number; policy: unknown; derived: Record<string, unknown> };
    expect(document.$schema).toBe(EXPORT_SCHEMA_ID);
    expect(exportSchema.$id).toBe(EXPORT_SCHEMA_ID);
    expect(document.version).toBe(1);
    expect(document.policy).toEqual(model.source);
    expect(document.derived).toMatchObject({ company_name: 'Example Apps Ltd', gdpr_like: true, jurisdictions: ['gdpr'] });
    expect(document.derived.subprocessors).toEqual([
      { name: 'Example Cloud GmbH', locations: ['DE'], outside: false, transfer: 'inside', safeguards: [] },
      { name: '=HYPERLINK("https://evil.example")', locations: ['US'], outside: true, transfer: 'needs_safeguard', safeguards: ['scc'] },
    ]);
  });

  it('lists what applies to each product when the policy declares products, and nothing when it does not', () => {
    const document = JSON.parse(exportJson(modelFrom(PRODUCTS))) as { derived: { products: unknown } };
    expect(document.derived.products).toEqual([
      {
        id: 'app',
        name: 'Tally Mobile',
        data_categories: ['account', 'receipts', 'signup_ip'],
        purposes: ['service'],
        subprocessors: ['Hetzner Online GmbH', 'Mindee SAS'],
        retention: [0, 1, 2],
        cookies: false,
      },
      {
        id: 'web',
        name: 'Tally Web',
        data_categories: ['account', 'signup_ip'],
        purposes: ['service', 'fraud'],
        subprocessors: ['Hetzner Online GmbH', 'Postmark (ActiveCampaign, LLC)'],
        retention: [0, 1, 3],
        cookies: true,
      },
    ]);
    expect(JSON.parse(exportJson(modelFrom(APP))).derived).not.toHaveProperty('products');
  });

  it('rejects a document of another shape (the schema can fail)', () => {
    const document = JSON.parse(exportJson(modelFrom(APP))) as { derived: Record<string, unknown> };
    document.derived.extra = true;
    expect(validate(document)).toBe(false);
  });

  it('carries the other controllers as the file gives them', () => {
    const document = JSON.parse(exportJson(modelFrom(CONTROLLERS))) as { policy: { controller: { other_controllers: unknown } } };
    expect(document.policy.controller.other_controllers).toEqual([
      { name: 'Acme Europe Ltd.', email: 'privacy@acme.example.ie', address: { street: '1 Dock Road', locality: 'Dublin', country: 'IE' }, regions: ['EEA'] },
      { description: 'the Acme company that would employ you', audiences: ['applicants'] },
    ]);
  });
});
