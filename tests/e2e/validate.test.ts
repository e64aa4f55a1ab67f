/**
 * `policyc validate` as users run it: the real binary, spawned on good and bad fixtures. Each bad
 * fixture must fail with exit 1 (or 2 for I/O), name the problem at its exact file:line:col, and
 * never print a stack trace.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc as run, root, type Run } from '../support/cli.js';

const BAD = 'tests/fixtures/bad';
const GOOD = 'tests/fixtures/good';
const ESC = String.fromCharCode(27);
/** A hang guard, not a benchmark: the loader's own tests hold hostile input to 2 s in-process. */
const TIME_LIMIT_MS = 10_000;

interface TimedRun extends Run {
  ms: number;
}

function policyc(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): TimedRun {
  const started = performance.now();
  const result = run(args, options);
  return { ...result, ms: performance.now() - started };
}

function expectNoStackTrace(result: Run): void {
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(result.stderr).not.toContain('internal error');
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'policyc-validate-'));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('good fixtures', () => {
  it.each(['minimal.yaml', 'complete.yaml'])('%s is valid: exit 0, nothing on stdout', (name) => {
    const run = policyc(['validate', `${GOOD}/${name}`]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: `✔ ${GOOD}/${name} is valid.\n` });
  });

  it('checks several files in one run', () => {
    const run = policyc(['validate', `${GOOD}/minimal.yaml`, `${GOOD}/complete.yaml`]);
    expect(run).toMatchObject({ code: 0, stderr: '✔ All 2 files are valid.\n' });
  });

  it('reads ./privacy.yaml by default', () => {
    const dir = join(scratch, 'default');
    mkdirSync(dir);
    writeFileSync(join(dir, 'privacy.yaml'), readFileSync(join(root, GOOD, 'minimal.yaml')));
    expect(policyc(['validate'], { cwd: dir })).toMatchObject({ code: 0, stderr: '✔ privacy.yaml is valid.\n' });
  });
});

/** [fixture, code, line, column, message]: the first diagnostic, as pretty output prints it. */
const BAD_CASES: ReadonlyArray<readonly [string, string, number, number, string]> = [
  ['unknown-key-typo.yaml', 'schema/additional-properties', 17, 1, "Unknown key 'subprocesors' in the top level of the file."],
  ['enum-lawful-basis.yaml', 'schema/enum', 12, 19, "'legitimate_interest' is not a lawful basis."],
  ['enum-lawful-basis-list.yaml', 'schema/enum', 12, 30, "'legitimate_interest' is not a lawful basis."],
  ['missing-required.yaml', 'schema/required', 2, 1, "controller is missing 'email'."],
  ['number-for-text.yaml', 'schema/type', 5, 10, 'Expected text for controller.phone, got a number (442071234567).'],
  ['number-for-date.yaml', 'schema/type', 5, 17, 'Expected text for effective_date, got a number (20260403).'],
  [
    'duration-in-words.yaml',
    'schema/pattern',
    18,
    18,
    "'30 days' is not an ISO 8601 duration: P90D, P7Y, P1M, PT72H, P2W; at most 999 years, and at most 4 digits for each other unit.",
  ],
  ['retention-period-words.yaml', 'schema/any-of', 16, 13, "'90 days' is not an ISO 8601 duration (P90D, P7Y) or a keyword for an open-ended period."],
  [
    'country-list-item.yaml',
    'schema/pattern',
    20,
    20,
    "'usa' is not an ISO 3166-1 alpha-2 country code (upper case), or EU for the European Union as a whole.",
  ],
  ['impossible-date.yaml', 'schema/format', 5, 17, "'2026-02-30' is not a calendar date, YYYY-MM-DD, in the years 1900 to 2199."],
  ['norway-problem.yaml', 'schema/type', 9, 16, "Expected true or false for data_categories[0].sensitive, got text ('no')."],
  [
    'id-not-slug.yaml',
    'schema/pattern',
    7,
    9,
    "'Account Info' is not a short identifier: up to 64 lower-case letters, digits, '_' and '-', starting with a letter. It must start with a lower-case letter.",
  ],
  [
    'javascript-url.yaml',
    'schema/pattern',
    5,
    12,
    "'javascript:alert(document.cookie)' is not a web address starting with https:// or http://, without a user name or password.",
  ],
  ['empty-text.yaml', 'schema/min-length', 3, 9, 'controller.name is empty.'],
  ['empty-value.yaml', 'schema/type', 4, 3, 'controller.email has no value; expected text.'],
  ['duplicate-list-item.yaml', 'schema/unique-items', 17, 32, "'gdpr' appears twice in jurisdictions (also at jurisdictions[0])."],
  ['unknown-right-key.yaml', 'schema/property-names', 19, 5, "'erasur' is not a right, so it cannot be a key in rights.instructions."],
  ['proto-keys.yaml', 'schema/additional-properties', 17, 1, "Unknown key '__proto__' in the top level of the file."],
  ['merge-key.yaml', 'schema/additional-properties', 2, 1, "Unknown key 'base' in the top level of the file."],
  ['duplicate-key.yaml', 'yaml/duplicate-key', 5, 3, "The key 'name' appears twice in controller (first on line 3)."],
  ['tab-indentation.yaml', 'yaml/tab-as-indent', 3, 1, 'Line 3 has a tab in its indentation; YAML indents with spaces only.'],
  ['bad-indentation.yaml', 'yaml/bad-indent', 4, 2, 'Line 4 is indented 1 space less than the keys around it.'],
  ['unclosed-quote.yaml', 'yaml/missing-char', 3, 9, 'This double-quoted text is never closed.'],
  ['complex-key.yaml', 'yaml/complex-key', 17, 3, 'Keys must be plain words, but a key in the top level of the file is a list.'],
  ['custom-tag.yaml', 'yaml/tag', 3, 23, "The tag '!!js/function' is not allowed at controller.name."],
  ['control-character.yaml', 'yaml/control-character', 3, 17, 'The invisible control character U+001B is not allowed in YAML.'],
  ['yaml-1.1-directive.yaml', 'yaml/version', 2, 1, "policyc reads YAML 1.2, but the file declares '%YAML 1.1'."],
  ['multiple-documents.yaml', 'yaml/multiple-documents', 17, 1, 'The file holds more than one YAML document.'],
  ['billion-laughs.yaml', 'yaml/alias-expansion', 3, 11, 'Aliases (*name) in this file expand to far too much data.'],
  ['deep-flow-nesting.yaml', 'yaml/too-deep', 2, 77, 'Lists and mappings are nested more than 64 levels deep.'],
  ['deep-block-nesting.yaml', 'yaml/too-deep', 3, 130, 'Lists and mappings are nested more than 64 levels deep.'],
  ['empty.yaml', 'yaml/empty', 1, 1, 'The file is empty.'],
  ['only-comments.yaml', 'yaml/empty', 1, 1, 'The file is empty.'],
  ['root-list.yaml', 'yaml/root-not-mapping', 2, 1, 'The file holds a list, but a policy is a mapping of keys to values.'],
  ['root-scalar.yaml', 'yaml/root-not-mapping', 2, 1, 'The file holds a single value, but a policy is a mapping of keys to values.'],
  ['invalid-utf8.yaml', 'yaml/encoding', 3, 12, 'The file is not valid UTF-8 (byte 0xE9).'],
  // The typo is the one problem: 'account' is not also said to have no retention period.
  ['unknown-category-reference.yaml', 'known-data-category', 15, 23, "Unknown data category 'acount': no entry in data_categories has this id."],
];

describe('bad fixtures', () => {
  it.each(BAD_CASES)('%s: %s at its line and column', (name, code, line, column, message) => {
    const run = policyc(['validate', `${BAD}/${name}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${BAD}/${name}:${line}:${column} `);
    expect(run.stdout).toContain(` ${message} (${code})`);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)\n$/);
    expectNoStackTrace(run);
    expect(run.ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('reports a misspelt reference once, not also as the category it meant going unused', () => {
    const run = policyc(['validate', `${BAD}/unknown-category-reference.yaml`]);
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it.each(['utf16le-bom.yaml', 'utf16be.yaml'])('%s: an encoding error for the whole file', (name) => {
    const run = policyc(['validate', `${BAD}/${name}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${BAD}/${name} error The file is encoded as UTF-16 \\((little|big)-endian\\), not UTF-8\\. \\(yaml/encoding\\)\n`));
    expectNoStackTrace(run);
  });

  it('never passes a terminal escape sequence from the file through to the terminal', () => {
    const run = policyc(['validate', `${BAD}/control-character.yaml`]);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toContain('Minimal \u241b[2J\u241b[31mLtd');
  });

  it('refuses a 50 MB file fast, having read only a little more than the limit', () => {
    const big = join(scratch, 'big.yaml');
    writeFileSync(big, `key: [${'1,'.repeat(25 * 1024 * 1024)}1]\n`);
    const run = policyc(['validate', big]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${big} error The file is 10.0 MB; policyc reads files up to 10.0 MB. (yaml/too-large)`);
    expectNoStackTrace(run);
  });

  it('reports a 1 MB line with a short code frame', () => {
    const file = join(scratch, 'long-line.yaml');
    writeFileSync(file, readFileSync(join(root, GOOD, 'minimal.yaml'), 'utf8').replace('name: Minimal Ltd', `name: ${'x'.repeat(1024 * 1024)}`));
    const run = policyc(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('controller.name is 1048576 characters long; it must be at most 5000. (schema/max-length)');
    expect(run.stdout.length).toBeLessThan(2000);
  });
});

describe('usage and I/O errors: exit 2, one line, no stack trace', () => {
  it('a missing default file suggests policyc init', () => {
    const dir = join(scratch, 'empty-dir');
    mkdirSync(dir);
    const run = policyc(['validate'], { cwd: dir });
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'policyc: cannot read privacy.yaml: no such file\n  Run `policyc init` to create a privacy.yaml, or name the file to read.\n',
    });
  });

  it('a missing file suggests one of a close name beside it', () => {
    const dir = join(scratch, 'yml-dir');
    mkdirSync(dir);
    writeFileSync(join(dir, 'privacy.yml'), 'x: 1\n');
    expect(policyc(['validate'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'policyc: cannot read privacy.yaml: no such file\n  Did you mean privacy.yml?\n',
    });
    expect(policyc(['validate', join(dir, 'privcy.yml')]).stderr).toBe(
      `policyc: cannot read ${join(dir, 'privcy.yml')}: no such file\n  Did you mean ${join(dir, 'privacy.yml')}?\n`,
    );
    expect(policyc(['validate', join(dir, 'nope', 'privacy.yaml')]).stderr).toContain(`  There is no folder ${join(dir, 'nope')}.`);
  });

  it('a folder is not a file', () => {
    const run = policyc(['validate', 'tests']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'policyc: cannot read tests: it is a folder, not a file\n' });
  });

  it('a missing file among several stops before any report', () => {
    const run = policyc(['validate', `${GOOD}/minimal.yaml`, 'nope.yaml']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr.split('\n')[0]).toBe('policyc: cannot read nope.yaml: no such file');
  });

  it('an unknown --format lists the valid ones', () => {
    const run = policyc(['validate', '--format', 'xml', `${GOOD}/minimal.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'xml' is invalid. Allowed choices are pretty, json, github, sarif.");
    expectNoStackTrace(run);
  });

  it('a --max-warnings that is not a count is a usage error', () => {
    const run = policyc(['validate', '--max-warnings', 'many', `${GOOD}/minimal.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected a whole number, 0 or more.');
  });
});

describe('formats and options', () => {
  const warnOnly = (): string => {
    const file = join(scratch, 'warn.yaml');
    const minimal = readFileSync(join(root, GOOD, 'minimal.yaml'), 'utf8');
    writeFileSync(file, minimal.slice(0, minimal.indexOf('retention:')));
    return file;
  };

  it('--format json prints the documented shape on stdout', () => {
    const run = policyc(['validate', '--format', 'json', `${BAD}/enum-lawful-basis.yaml`, `${GOOD}/minimal.yaml`]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 0, valid: false });
    expect(report.diagnostics[0]).toMatchObject({
      file: `${BAD}/enum-lawful-basis.yaml`,
      line: 12,
      column: 19,
      code: 'schema/enum',
      path: ['purposes', 0, 'lawful_basis'],
    });
    expect(run.stderr).toBe('');
  });

  it('--format github prints annotations', () => {
    const run = policyc(['validate', '--format', 'github', `${BAD}/unknown-key-typo.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `::error file=${BAD}/unknown-key-typo.yaml,line=17,col=1,endLine=17,endColumn=13,title=policyc schema/additional-properties::Unknown key 'subprocesors' in the top level of the file.%0ADid you mean 'subprocessors'?\n`,
    );
  });

  it('--format sarif prints a SARIF log', () => {
    const run = policyc(['validate', '--format', 'sarif', `${BAD}/missing-required.yaml`]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).runs[0].results[0]).toMatchObject({ ruleId: 'schema/required', level: 'error' });
  });

  it('warnings do not fail unless there are more than --max-warnings', () => {
    const file = warnOnly();
    const relaxed = policyc(['validate', file]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain('warning No retention period is stated for any data category. (data-category-has-retention)');
    expect(policyc(['validate', '--max-warnings', '1', file]).code).toBe(0);
    const strict = policyc(['validate', '--max-warnings', '0', file]);
    expect(strict).toMatchObject({ code: 1, stderr: 'policyc: 1 warning, more than --max-warnings 0 allows.\n' });
  });

  it('--quiet leaves warnings out of the report, but --max-warnings still counts them', () => {
    const file = warnOnly();
    expect(policyc(['validate', '--quiet', file])).toMatchObject({ code: 0, stdout: '', stderr: `✔ ${file} is valid.\n` });
    expect(policyc(['validate', '--quiet', '--max-warnings', '0', file])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'policyc: 1 warning (not shown with --quiet), more than --max-warnings 0 allows.\n',
    });
  });

  it('colours only without NO_COLOR', () => {
    const file = `${BAD}/enum-lawful-basis.yaml`;
    expect(policyc(['validate', file], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}[`);
    expect(policyc(['validate', file], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('rights named for the account that the policy does not list (the MDN Plus review)', () => {
  it('warns at the entry of rights.in_app_rights, and build still says the policy does not list the rights', () => {
    const file = join(scratch, 'in-app.yaml');
    writeFileSync(
      file,
      [
        'effective_date: 2026-01-05',
        'jurisdictions: [gdpr]',
        'policy: { language: de }',
        'controller: { name: Beispiel GmbH, email: datenschutz@beispiel.example, country: DE }',
        'data_categories: [{ id: konto, name: Kontodaten }]',
        'purposes: [{ id: dienst, name: Dienst bereitstellen, lawful_basis: contract, data_categories: [konto] }]',
        'rights:',
        '  in_app: in Ihrem Konto',
        '  in_app_rights: [access]',
        '',
      ].join('\n'),
    );
    const run = policyc(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}:9:19 warning The right 'access' in rights.in_app_rights is not listed`);
    expect(run.stdout).toContain('(in-app-rights-listed)');
    const out = join(scratch, 'in-app-out');
    const build = policyc(['build', file, '-o', out, '--formats', 'md', '--quiet']);
    expect(build.code).toBe(0);
    const text = readFileSync(join(out, 'in-app.md'), 'utf8');
    expect(text).toContain('Diese Datenschutzerklärung führt die Rechte, die Ihnen nach der DSGVO zustehen, nicht auf.');
    expect(text).not.toMatch(/weitere Rechte/u);
    expectNoStackTrace(run);
  });
});
