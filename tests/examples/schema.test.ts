import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './facts.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/privacy.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe.each(EXAMPLES.map((e) => e.name))('examples/%s/privacy.yaml', (name) => {
  const source = readFileSync(new URL(`../../examples/${name}/privacy.yaml`, import.meta.url), 'utf8');

  it('points editors at the schema on its first line', () => {
    expect(source.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/privacy.schema.json');
  });

  it('has no schema errors', () => {
    validate(parse(source));
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    expect(errors).toEqual([]);
  });
});
