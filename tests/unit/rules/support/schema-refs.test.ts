import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../../../src/rules/support/schema-refs.js';
import { item, policyWith, sensiblePolicy } from '../fixture.js';

describe('occurrencesOf', () => {
  it('finds every value the schema types as a country, in single values and lists, in document order', () => {
    const policy = policyWith((p) => {
      item(p.controller.representatives, 0).address = { country: 'GB' };
    });
    expect(occurrencesOf(policy, 'country')).toEqual([
      { path: ['controller', 'country'], value: 'IE' },
      { path: ['controller', 'address', 'country'], value: 'IE' },
      { path: ['controller', 'representatives', 0, 'address', 'country'], value: 'GB' },
      { path: ['subprocessors', 0, 'location'], value: 'US' },
      { path: ['subprocessors', 1, 'location', 0], value: 'IE' },
      { path: ['subprocessors', 1, 'location', 1], value: 'DE' },
      { path: ['transfers', 'storage'], value: 'IE' },
    ]);
  });

  it('finds values under a map of free keys (additionalProperties)', () => {
    const policy = policyWith((p) => {
      p.rights!.instructions = { erasure: 'Email us.' };
    });
    expect(occurrencesOf(policy, 'text').filter(({ path }) => path[0] === 'rights')).toEqual([
      { path: ['rights', 'instructions', 'erasure'], value: 'Email us.' },
    ]);
  });

  it('finds nothing for a definition the policy does not use', () => {
    expect(occurrencesOf(sensiblePolicy(), 'custom_section')).toEqual([]);
  });
});
