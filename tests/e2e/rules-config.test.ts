/**
 * `policy.rules` as a user sets it, through the real binary: a rule turned off, a warning raised
 * to an error, a rule that cannot be lowered, an unknown id with the closest one suggested; and
 * each finding linked to its documentation in every output format.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BASE_URL } from '../../src/docs-url.js';
import { policyc } from '../support/cli.js';

const MINIMAL = readFileSync(new URL('../fixtures/good/minimal.yaml', import.meta.url), 'utf8');
/** One warning by default: plausible-date, at line 6. */
const TYPO_DATE = MINIMAL.replace('effective_date: 2026-04-03', 'effective_date: 1926-04-03');
const DATE_DOCS = `${DOCS_BASE_URL}rules.md#plausible-date`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policyc-rules-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the policy with `policy.rules` set as given, and returns its path. */
function policyWith(rules: string, source = TYPO_DATE): string {
  const file = join(dir, 'privacy.yaml');
  writeFileSync(file, `${source}\npolicy:\n  rules:\n${rules}`);
  return file;
}

describe('policy.rules through policyc validate', () => {
  it('by default reports the warning, exit 0, with the rule and the address of its documentation', () => {
    const file = join(dir, 'default.yaml');
    writeFileSync(file, TYPO_DATE);
    const run = policyc(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}:6:17 warning effective_date 1926-04-03 is in the year 1926`);
    expect(run.stdout).toContain('(plausible-date)');
    expect(run.stdout).toContain(`  See ${DATE_DOCS}\n`);
  });

  it('turns a rule off', () => {
    const run = policyc(['validate', policyWith('    plausible-date: off\n'), '--max-warnings', '0']);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('raises a warning to an error: exit 1, and build writes nothing', () => {
    const file = policyWith('    plausible-date: error\n');
    const run = policyc(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/:6:17 error effective_date 1926-04-03 .*\(plausible-date\)/);
    expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
    const build = policyc(['build', file, '--stdout', '--formats', 'md']);
    expect(build.code).toBe(1);
    expect(build.stdout).toBe('');
  });

  it('keeps a raised rule a warning when set back to warning', () => {
    const run = policyc(['validate', policyWith('    plausible-date: warning\n'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics).toMatchObject([{ code: 'plausible-date', severity: 'warning', docsUrl: DATE_DOCS }]);
  });

  it('refuses to demote a rule that is always an error, at the level written', () => {
    const file = policyWith(
      '    known-data-category: warning\n',
      MINIMAL.replace('data_categories: [account]\n    period', 'data_categories: [acount]\n    period'),
    );
    const run = policyc(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:26:26 error Rule 'known-data-category' cannot be set to 'warning'`);
    expect(run.stdout).toMatch(/:21:23 error Unknown data category 'acount'/);
  });

  it('refuses an unknown rule id at its line, suggesting the closest', () => {
    const file = policyWith('    plausable-date: off\n');
    const run = policyc(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:26:5 error policy.rules names 'plausable-date', which is not a policyc rule. (policyc/unknown-rule)`);
    expect(run.stdout).toContain("  Did you mean 'plausible-date'?\n");
    expect(run.stdout).toContain(`  See ${DOCS_BASE_URL}rules.md#configuring-rules\n`);
    // The typo did not turn the rule off.
    expect(run.stdout).toContain('(plausible-date)');
  });

  it('gives each rule its helpUri in SARIF', () => {
    const run = policyc(['validate', policyWith('    plausible-date: error\n'), '--format', 'sarif']);
    const [rule] = JSON.parse(run.stdout).runs[0].tool.driver.rules;
    expect(rule).toMatchObject({ id: 'plausible-date', helpUri: DATE_DOCS });
  });
});
