import { describe, expect, it } from 'vitest';
import { repair, synonym } from '../../../src/validate/repairs.js';

describe('repair', () => {
  it.each([
    ['duration', '90 days', 'P90D'],
    ['duration', '7 years', 'P7Y'],
    ['duration', '1 month', 'P1M'],
    ['duration', '72 hours', 'PT72H'],
    ['duration', '30 mins', 'PT30M'],
    ['duration', 'p30d', 'P30D'],
    ['duration', '30D', 'P30D'],
    ['country', 'us', 'US'],
    ['country', 'UK', 'GB'],
    ['country', 'norway', 'NO'],
    ['id', 'Account Info', 'account_info'],
    ['url', 'example.com/privacy', 'https://example.com/privacy'],
    ['iso_date', '2026/4/3', '2026-04-03'],
    ['email', 'mailto:privacy@example.com', 'privacy@example.com'],
  ])('%s: %s → %s', (definition, value, expected) => {
    expect(repair(definition, value)).toBe(expected);
  });

  it.each([
    ['duration', 'a while'],
    ['country', 'Atlantis'],
    ['iso_date', '03/04/2026'],
    ['url', 'javascript:alert(1)'],
    // An id that would lose letters or digits of the name is no repair.
    ['id', '2fa codes'],
    ['id', '1st_party'],
    ['id', '账户x'],
    [undefined, 'anything'],
  ])('%s: no guess for %s', (definition, value) => {
    expect(repair(definition, value)).toBeUndefined();
  });
});

describe('synonym', () => {
  it('maps another name to the value allowed where it was written', () => {
    expect(synonym('right', 'right to be forgotten', ['access', 'erasure'])).toBe('erasure');
    expect(synonym('right', 'deletion', ['know', 'delete'])).toBe('delete');
    expect(synonym('jurisdiction', 'CPRA', ['gdpr', 'ccpa'])).toBe('ccpa');
    expect(synonym('right', 'deletion', ['access'])).toBeUndefined();
    expect(synonym(undefined, 'deletion', ['erasure'])).toBeUndefined();
  });
});
