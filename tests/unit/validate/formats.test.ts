import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats, uri } from '../../../src/validate/formats.js';

/** ajv-formats' own test, which ours must match on every string. */
const reference = fullFormats.uri as (value: string) => boolean;

// The characters URIs are made of, the ones that end them, and a few that never belong.
const URI_CHARS = [...'aZ09:/?#[]@!$&\'()*+,;=%-._~ "<>\\^`{|}é\u00a0', 'ff', '%2F', '%zz', '::', '1.2.3.4', 'http', 'mailto:', '//'];

describe('the uri format', () => {
  it('agrees with ajv-formats on URLs of every shape, IP hosts included', () => {
    const urls = fc.webUrl({
      validSchemes: ['http', 'https', 'ftp', 'urn'],
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withIPv4: true, withIPv6: true, withIPv4Extended: true, withUserInfo: true, withPort: true },
    });
    fc.assert(
      fc.property(urls, (value) => uri(value) === reference(value)),
      { numRuns: 2000 },
    );
  });

  it('agrees with ajv-formats on arbitrary strings of URI characters', () => {
    const strings = fc.array(fc.constantFrom(...URI_CHARS), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(strings, (value) => uri(value) === reference(value)),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['https://example.com/privacy?lang=en#rights', true],
    ['http://192.168.0.1:8080/', true],
    ['http://[2001:db8::1]/', true],
    ['http://[2001:db8::1/', false],
    ['http://[v1.fe]/', true],
    ['mailto:privacy@example.com', true],
    ['urn:isbn:0451450523', true],
    ['example.com', false],
    ['https://exa mple.com', false],
    ['https://example.com/ü', false],
    ['', false],
  ])('%s is %s, as ajv-formats says', (value, expected) => {
    expect(uri(value)).toBe(expected);
    expect(reference(value)).toBe(expected);
  });

  it('leaves every other format as ajv-formats has it', () => {
    expect(Object.keys(formats).sort()).toEqual(Object.keys(fullFormats).sort());
    for (const name of Object.keys(fullFormats)) if (name !== 'uri') expect(formats[name]).toBe(fullFormats[name as keyof typeof fullFormats]);
  });
});
