/**
 * Keywords policyc's schema does not use today (oneOf, const, if/then), mapped the same way, so a
 * schema change never brings back raw ajv messages. Compiled here with the options of the
 * ahead-of-time validator.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { AJV_OPTIONS } from '../../../scripts/gen-validator.mjs';
import { mapSchemaErrors } from '../../../src/validate/schema-errors.js';

const ajv = new Ajv2020.default(AJV_OPTIONS);

function problemsFor(schema: object, data: unknown) {
  const validate = ajv.compile(schema);
  expect(validate(data)).toBe(false);
  return mapSchemaErrors(validate.errors ?? [], { root: data });
}

describe('mapSchemaErrors on other keywords', () => {
  const size = {
    type: 'object',
    properties: {
      size: {
        description: 'A size in words or a number of bytes.',
        oneOf: [
          { type: 'string', enum: ['small', 'large'], description: 'A size word.', examples: ['small'] },
          { type: 'integer', minimum: 0 },
        ],
      },
    },
  };

  it('collapses a oneOf by the value type, like anyOf', () => {
    expect(problemsFor(size, { size: 'smal' })).toEqual([
      { code: 'schema/enum', path: ['size'], message: "'smal' is not a valid size.", hint: "Did you mean 'small'? Allowed: small or large." },
    ]);
    expect(problemsFor(size, { size: -1 })).toEqual([
      { code: 'schema/minimum', path: ['size'], message: 'size must be at least 0, but is -1.', hint: undefined },
    ]);
    expect(problemsFor(size, { size: true })[0]).toMatchObject({
      code: 'schema/type',
      message: 'Expected a size in words or a number of bytes for size, got true/false (true).',
    });
  });

  it('says when a oneOf matches more than one alternative', () => {
    const ambiguous = { oneOf: [{ type: 'integer' }, { type: 'number' }], description: 'A count.' };
    expect(problemsFor(ambiguous, 3)).toEqual([
      {
        code: 'schema/one-of',
        path: [],
        message: 'The top level of the file fits more than one of the forms allowed here, so its meaning is ambiguous.',
        hint: 'A count.',
      },
    ]);
  });

  it('says what a const requires', () => {
    expect(problemsFor({ type: 'object', properties: { v: { const: 1 } } }, { v: 2 })).toEqual([
      { code: 'schema/const', path: ['v'], message: 'v must be 1, not a number (2).', hint: undefined },
    ]);
  });

  it('drops the if error and keeps what then requires', () => {
    const schema = {
      type: 'object',
      if: { properties: { basis: { const: 'consent' } } },
      then: { properties: { withdraw: { type: 'string', description: 'How to withdraw consent.' } }, required: ['withdraw'] },
    };
    expect(problemsFor(schema, { basis: 'consent' })).toEqual([
      { code: 'schema/required', path: [], onKey: true, message: "The policy is missing 'withdraw'.", hint: 'withdraw: How to withdraw consent.' },
    ]);
  });
});
