import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics.js';
import { checkSource } from '../../../src/validate/index.js';

const MINIMAL = readFileSync(new URL('../../fixtures/good/minimal.yaml', import.meta.url), 'utf8');

/** The minimal valid policy with one edit: `from` replaced by `to`, or `to` appended. */
function variant(from: string | undefined, to: string): string {
  if (from === undefined) return `${MINIMAL}${to}`;
  if (!MINIMAL.includes(from)) throw new Error(`minimal.yaml has no ${JSON.stringify(from)}`);
  return MINIMAL.replace(from, to);
}

function problems(source: string): Diagnostic[] {
  return checkSource(source, 'privacy.yaml', { rules: [] }).diagnostics;
}

function only(source: string): Diagnostic {
  const found = problems(source);
  expect(found.map((d) => d.message)).toHaveLength(1);
  return found[0] as Diagnostic;
}

const lineOf = (source: string, text: string): number => source.slice(0, source.indexOf(text)).split('\n').length;

describe('additionalProperties: unknown keys', () => {
  it('points at the misspelt key and suggests the right one', () => {
    const source = variant(undefined, 'subprocesors:\n  - name: Stripe\n');
    expect(only(source)).toMatchObject({
      code: 'schema/additional-properties',
      line: lineOf(source, 'subprocesors'),
      column: 1,
      endColumn: 13,
      path: ['subprocesors'],
      message: "Unknown key 'subprocesors' in the top level of the file.",
      hint: "Did you mean 'subprocessors'?",
    });
  });

  it('catches swapped letters in nested keys', () => {
    const d = only(variant('  email: privacy@minimal.example', '  emial: privacy@minimal.example\n  email: privacy@minimal.example'));
    expect(d).toMatchObject({ message: "Unknown key 'emial' in controller.", hint: "Did you mean 'email'?", column: 3 });
  });

  it('lists the allowed keys when nothing is close', () => {
    const d = only(variant('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  zzzzzz: 1'));
    expect(d.hint).toMatch(/^Allowed keys: name, trading_name, .*email.*\.$/);
  });

  it('explains that merge keys do not exist in YAML 1.2', () => {
    const d = problems(variant(undefined, 'contact:\n  <<: {email: a@b.example}\n')).find((p) => p.path.includes('<<'));
    expect(d?.hint).toBe('policyc reads YAML 1.2, which has no merge keys (<<): write the keys out in full.');
  });
});

describe('enum', () => {
  it('names what the value should be, suggests and lists the allowed values', () => {
    const source = variant('lawful_basis: contract', 'lawful_basis: legitimate_interest');
    expect(only(source)).toMatchObject({
      code: 'schema/enum',
      line: lineOf(source, 'legitimate_interest'),
      column: 19,
      path: ['purposes', 0, 'lawful_basis'],
      message: "'legitimate_interest' is not a lawful basis.",
      hint: "Did you mean 'legitimate_interests'? Allowed: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.",
    });
  });

  it('suggests a list for several lawful bases written as one word (the review of eb813d5: "Did you mean \'contract\'?" dropped the second)', () => {
    expect(only(variant('lawful_basis: contract', 'lawful_basis: contract, legitimate_interests')).hint).toBe(
      'Write several as a list: [contract, legitimate_interests]. Allowed: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.',
    );
    expect(only(variant('lawful_basis: contract', 'lawful_basis: contract and consent')).hint).toMatch(/^Write several as a list: \[contract, consent\]\./);
  });

  it('inside a list already, asks for separate items rather than a list nested in it', () => {
    const error = only(variant('lawful_basis: contract', 'lawful_basis: [contract, "consent and legitimate_interests"]'));
    expect(error.path).toEqual(['purposes', 0, 'lawful_basis', 1]);
    expect(error.hint).toMatch(/^Write each as an item of the list: consent, legitimate_interests\. Allowed:/);
  });

  it('names a property enum by its key, and a list item by its list', () => {
    expect(only(variant('source: provided', 'source: typed')).message).toBe("'typed' is not a valid source.");
    expect(only(variant(undefined, 'cookies:\n  used: [analytic]\n'))).toMatchObject({
      message: "'analytic' is not an allowed value for cookies.used.",
      hint: "Did you mean 'analytics'? Allowed: strictly_necessary, preferences, analytics, advertising or social_media.",
    });
  });
});

describe('a key that lost its indentation', () => {
  it('names the mapping it is a key of', () => {
    expect(only(variant(undefined, 'country: DE')).hint).toBe("'country' is a key of 'controller': if it belongs there, indent it under that key.");
  });
});

describe('text that YAML read as a mapping', () => {
  it('says the colon made a key and a value, and how to quote it', () => {
    const d = only(variant(undefined, 'other_laws:\n  - Norway: the Personal Data Act'));
    expect(d.message).toMatch(/^Expected text for other_laws\[0\], got a mapping\.$/);
    expect(d.hint).toBe("Its ': ' makes YAML read a key and a value. Put it in quotes: 'Norway: the Personal Data Act'.");
  });
});

describe('enum synonyms', () => {
  it('maps the other names of a value to it, and points other laws to other_laws', () => {
    expect(only(variant(undefined, 'jurisdictions: [cpra]')).hint).toMatch(/^Did you mean 'ccpa'\?/);
    expect(only(variant(undefined, 'jurisdictions: [lgpd]')).hint).toMatch(/Name any other law in other_laws, in words\.$/);
  });
});

describe('required', () => {
  it('reports at the parent key, with what the missing key is for', () => {
    const source = variant('  email: privacy@minimal.example\n', '');
    expect(only(source)).toMatchObject({
      code: 'schema/required',
      line: lineOf(source, 'controller:'),
      column: 1,
      path: ['controller'],
      message: "controller is missing 'email'.",
      hint: 'email: The general contact address. For example: email: hello@example.com',
    });
  });

  it('groups several missing keys of one mapping into one problem', () => {
    const d = only(variant('  name: Minimal Ltd\n  email: privacy@minimal.example\n', '  country: GB\n'));
    expect(d.message).toBe("controller is missing 'name' and 'email'.");
    // One line for each key, so one example never runs into the next key's words.
    expect(d.hint?.split('\n').map((line) => line.split(':')[0])).toEqual(['name', 'email']);
  });

  it('says nothing of a missing key that an unknown one misspells', () => {
    const source = variant('  name: Minimal Ltd\n', '  nme: Minimal Ltd\n');
    expect(only(source)).toMatchObject({ code: 'schema/additional-properties', message: "Unknown key 'nme' in controller.", hint: "Did you mean 'name'?" });
    // Another missing key is still reported.
    expect(problems(variant('  name: Minimal Ltd\n  email: privacy@minimal.example\n', '  nme: Minimal Ltd\n')).map((d) => d.message)).toEqual([
      "controller is missing 'email'.",
      "Unknown key 'nme' in controller.",
    ]);
  });

  it('speaks of the policy for the root', () => {
    expect(only(variant('effective_date: 2026-04-03\n', '')).message).toBe("The policy is missing 'effective_date'.");
  });
});

describe('type', () => {
  it('shows a number as written and says to quote it', () => {
    const d = only(variant('  name: Minimal Ltd', '  name: 1.0'));
    expect(d).toMatchObject({ code: 'schema/type', message: 'Expected text for controller.name, got a number (1.0).', hint: 'Put it in quotes: "1.0".' });
  });

  it('explains that yes is text in YAML 1.2', () => {
    const d = only(variant('    source: provided', '    source: provided\n    sensitive: yes'));
    expect(d).toMatchObject({
      message: "Expected true or false for data_categories[0].sensitive, got text ('yes').",
      hint: 'Write true or false, without quotes (YAML 1.2 reads yes and no as text).',
    });
  });

  it('asks for a list where one is expected', () => {
    expect(only(variant('data_categories: [account]\n\nretention', 'data_categories: account\n\nretention')).message).toBe(
      "Expected a list for purposes[0].data_categories, got text ('account').",
    );
  });

  it('says a key with nothing after it has no value, pointing at the key', () => {
    const source = variant('  email: privacy@minimal.example', '  email:');
    expect(only(source)).toMatchObject({ message: 'controller.email has no value; expected text.', line: lineOf(source, '  email:'), column: 3 });
  });

  it('reports only the type when a wrongly typed value also fails its enum', () => {
    expect(only(variant('lawful_basis: contract', 'lawful_basis: 6')).code).toBe('schema/type');
  });
});

describe('pattern and format: what is expected, in words from the schema', () => {
  it('converts a duration written in words', () => {
    const d = only(variant(undefined, 'changes:\n  notice_period: 30 days\n'));
    expect(d).toMatchObject({
      code: 'schema/pattern',
      message: "'30 days' is not an ISO 8601 duration: P90D, P7Y, P1M, PT72H, P2W; at most 999 years, and at most 4 digits for each other unit.",
      hint: "Did you mean 'P30D'? For example: P90D, P7Y or PT72H.",
    });
  });

  it('suggests a country code', () => {
    expect(only(variant('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  country: Norway')).hint).toBe(
      "Did you mean 'NO'? For example: US, IE or NO.",
    );
    expect(only(variant('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  country: uk')).hint).toBe(
      "Did you mean 'GB'? For example: US, IE or NO.",
    );
  });

  it('suggests an identifier', () => {
    expect(only(variant('  - id: account', '  - id: Account Info')).hint).toBe("Did you mean 'account_info'? For example: account or session_recordings.");
  });

  it('rejects URLs that are not http(s)', () => {
    const d = only(variant('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  website: javascript:alert(1)'));
    expect(d.message).toBe("'javascript:alert(1)' is not a web address starting with https:// or http://, without a user name or password.");
  });

  it('reports a URL that fails both its format and its pattern once', () => {
    expect(problems(variant('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  website: not a url'))).toHaveLength(1);
  });

  it('rejects impossible dates', () => {
    expect(only(variant('effective_date: 2026-04-03', 'effective_date: 2026-02-30'))).toMatchObject({
      code: 'schema/format',
      message: "'2026-02-30' is not a calendar date, YYYY-MM-DD, in the years 1900 to 2199.",
    });
  });

  it('bounds dates and durations, and says the bound', () => {
    expect(only(variant('effective_date: 2026-04-03', 'effective_date: 9999-12-31'))).toMatchObject({
      code: 'schema/pattern',
      message: "'9999-12-31' is not a calendar date, YYYY-MM-DD, in the years 1900 to 2199.",
    });
    expect(only(variant('effective_date: 2026-04-03', 'effective_date: 0026-04-03'))).toMatchObject({
      hint: expect.stringMatching(/^Did you mean '2026-04-03'\?/),
    });
    for (const period of ['P300000Y', 'P8000Y', 'P1000Y', 'P99999D']) {
      expect(only(variant(undefined, `changes:\n  notice_period: ${period}\n`)).message).toBe(
        `'${period}' is not an ISO 8601 duration: P90D, P7Y, P1M, PT72H, P2W; at most 999 years, and at most 4 digits for each other unit. Its numbers are too large: a duration has at most 999 years, and at most 4 digits for each other unit.`,
      );
    }
    expect(only(variant('period: account_lifetime', 'period: P300000Y')).message).toMatch(/Its numbers are too large/);
  });

  it('refuses an email address that would give its mailto link headers, and a URL with credentials', () => {
    expect(only(variant('privacy@minimal.example', "'x?bcc=spy%40evil.example&body=hi@minimal.example'")).message).toMatch(
      /It has '\?', which would add mail headers/,
    );
    expect(only(variant('  email: privacy@minimal.example', '  email: privacy@minimal.example\n  website: https://user:pw@minimal.example/')).message).toMatch(
      /It has a user name or password before the host/,
    );
  });
});

describe('anyOf: which alternative was meant', () => {
  it('names both alternatives for a retention period that is text', () => {
    const d = only(variant('period: account_lifetime', 'period: 90 days'));
    expect(d).toMatchObject({
      code: 'schema/any-of',
      path: ['retention', 0, 'period'],
      message: "'90 days' is not an ISO 8601 duration (P90D, P7Y) or a keyword for an open-ended period.",
    });
    expect(d.hint).toMatch(
      /^Did you mean 'P90D'\? A duration looks like P90D, P7Y or PT72H; a retention keyword is one of account_lifetime, .* or not_stored\.$/,
    );
  });

  it('suggests the keyword for a misspelt keyword', () => {
    expect(only(variant('period: account_lifetime', 'period: acount_lifetime')).hint).toMatch(/^Did you mean 'account_lifetime'\?/);
  });

  it('judges a list of countries by its items, at the bad item', () => {
    const source = variant(undefined, 'subprocessors:\n  - name: Stripe\n    purpose: Payments\n    location: [US, usa]\n');
    expect(only(source)).toMatchObject({ code: 'schema/pattern', path: ['subprocessors', 0, 'location', 1], line: lineOf(source, '[US, usa]'), column: 20 });
  });

  it('judges a single country as a code', () => {
    expect(only(variant(undefined, 'subprocessors:\n  - name: Stripe\n    purpose: Payments\n    location: usa\n')).path).toEqual([
      'subprocessors',
      0,
      'location',
    ]);
  });

  it('reports a value of neither type as a type error naming both', () => {
    expect(only(variant('period: account_lifetime', 'period: 90'))).toMatchObject({
      code: 'schema/type',
      message: 'Expected an ISO 8601 duration (P90D, P7Y) or a keyword for an open-ended period for retention[0].period, got a number (90).',
      hint: 'For example: P90D or account_lifetime.',
    });
  });
});

describe('other keywords', () => {
  it('uniqueItems points at the repeat', () => {
    expect(only(variant(undefined, 'jurisdictions: [gdpr, ccpa, gdpr]\n'))).toMatchObject({
      path: ['jurisdictions', 2],
      message: "'gdpr' appears twice in jurisdictions (also at jurisdictions[0]).",
    });
  });

  it('minLength 1 says the value is empty', () => {
    expect(only(variant('  name: Minimal Ltd', '  name: ""')).message).toBe('controller.name is empty.');
  });

  it('maxLength says how long', () => {
    expect(only(variant('  name: Minimal Ltd', `  name: ${'x'.repeat(5001)}`)).message).toBe(
      'controller.name is 5001 characters long; it must be at most 5000.',
    );
  });

  it('maximum says the bound in words', () => {
    expect(only(variant(undefined, 'children:\n  min_age: 25\n')).message).toBe('children.min_age must be at most 21, but is 25.');
  });

  it('minItems says how many', () => {
    expect(only(variant(undefined, 'changes:\n  channels: []\n')).message).toBe('changes.channels must list at least 1 item, but lists 0.');
  });

  it('propertyNames points at the key and suggests', () => {
    const d = only(variant(undefined, 'rights:\n  instructions:\n    erasur: Email us.\n'));
    expect(d).toMatchObject({
      code: 'schema/property-names',
      path: ['rights', 'instructions', 'erasur'],
      column: 5,
      message: "'erasur' is not a right, so it cannot be a key in rights.instructions.",
    });
    expect(d.hint).toMatch(/^Did you mean 'erasure'\?/);
  });

  it('refuses a value with a terminal escape for the character, before any message quotes it', () => {
    expect(only(variant('lawful_basis: contract', 'lawful_basis: "\\e[2Jx"')).message).toBe(
      'The value of purposes[0].lawful_basis contains U+001B ESCAPE, which policyc does not allow in a policy.',
    );
  });
});

describe('the good fixtures', () => {
  it.each(['minimal.yaml', 'complete.yaml'])('%s has no problems at all', (name) => {
    const source = readFileSync(new URL(`../../fixtures/good/${name}`, import.meta.url));
    expect(checkSource(source, name).diagnostics).toEqual([]);
  });
});
