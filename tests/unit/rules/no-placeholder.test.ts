import { describe, expect, it } from 'vitest';
import { PAYMENT_NOTE_SAMPLE, SECURITY_SAMPLES } from '../../../src/init/samples.js';
import { noPlaceholder as rule } from '../../../src/rules/no-placeholder.js';
import { check, policyWith, sensiblePolicy } from './fixture.js';

describe('no-placeholder', () => {
  it("accepts a company's own name and addresses", () => {
    expect(check(rule, sensiblePolicy())).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.controller.website = 'https://www.example-ltd.ie')),
      ),
    ).toEqual([]);
    expect(
      check(
        rule,
        policyWith((p) => (p.controller.name = 'acme GmbH')),
      ),
    ).toEqual([]);
  });

  it('reports the address init writes when it is not told one', () => {
    expect(
      check(
        rule,
        policyWith((p) => (p.controller.email = 'privacy@example.com')),
      ),
    ).toEqual([
      {
        path: ['controller', 'email'],
        message: "'privacy@example.com' is at example.com, a domain reserved for examples: no one can be reached there.",
        hint: "Replace it with your company's own address.",
      },
    ]);
  });

  it.each([
    ['https://example.org/privacy', 'example.org'],
    ['https://www.example.net', 'www.example.net'],
    ['write to dpo@mail.example.com.', 'mail.example.com'],
    ['our website (example.com)', 'example.com'],
  ])('reports %s anywhere in the file', (value, domain) => {
    const problems = check(
      rule,
      policyWith((p) => (p.data_categories[0]!.description = value)),
    );
    expect(problems).toMatchObject([{ path: ['data_categories', 0, 'description'] }]);
    expect(problems[0]?.message).toContain(`is at ${domain},`);
  });

  it('does not mistake a longer domain for a reserved one', () => {
    for (const value of ['https://example.community', 'hi@notexample.com', 'https://example.co.uk', 'https://myexample.org', 'see example.comments']) {
      expect(
        check(
          rule,
          policyWith((p) => (p.data_categories[0]!.description = value)),
        ),
      ).toEqual([]);
    }
  });

  it.each(['my-app', '@acme/web', 'acme', 'shop.io', 'policyc_demo'])('reports %s as a package or folder name, not a legal name', (name) => {
    expect(
      check(
        rule,
        policyWith((p) => (p.controller.name = name)),
      ),
    ).toEqual([
      {
        path: ['controller', 'name'],
        message: `'${name}' in controller.name looks like a package or folder name, not the company's legal name.`,
        hint: "Write the name the company is registered under, such as 'Acme Ltd' or 'Acme, Inc.'.",
      },
    ]);
  });

  it("reports the starter's sample statements left unchanged, and not once they are edited", () => {
    const problems = check(
      rule,
      policyWith((p) => {
        p.security = { measures: ['Annual penetration tests', ...SECURITY_SAMPLES] };
        p.data_categories[2]!.note = PAYMENT_NOTE_SAMPLE;
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      ['data_categories', 2, 'note'],
      ['security', 'measures', 1],
      ['security', 'measures', 2],
    ]);
    expect(problems[0]?.message).toBe(`'${PAYMENT_NOTE_SAMPLE}' is the starter's sample statement, unchanged.`);
    expect(
      check(
        rule,
        policyWith((p) => (p.security = { measures: ['Encryption of data in transit (TLS 1.3) and at rest (AES-256)'] })),
      ),
    ).toEqual([]);
  });
});
