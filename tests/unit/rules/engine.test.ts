import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleDocsUrl, RULE_CONFIG_DOCS_URL } from '../../../src/docs-url.js';
import { resolveRuleLevels } from '../../../src/rules/engine/config.js';
import { formatMessage, placeholdersOf } from '../../../src/rules/engine/messages.js';
import { rules } from '../../../src/rules/registry.js';
import { checkSource } from '../../../src/validate/index.js';

const MINIMAL = readFileSync(new URL('../../fixtures/good/minimal.yaml', import.meta.url), 'utf8');
/** Valid, with one warning: plausible-date on effective_date (line 6). */
const TYPO_DATE = MINIMAL.replace('effective_date: 2026-04-03', 'effective_date: 1926-04-03');

function withRules(source: string, rules: Record<string, string>): string {
  return `${source}\npolicy:\n  rules:\n${Object.entries(rules)
    .map(([id, level]) => `    ${id}: ${level}\n`)
    .join('')}`;
}

describe('rule messages', () => {
  it('fill each placeholder once: a value that looks like a placeholder stays as written', () => {
    expect(formatMessage("Purpose '{{id}}' has {{ count }} problems.", { id: '{{count}}', count: 2 })).toBe("Purpose '{{count}}' has 2 problems.");
  });

  it('refuse a placeholder without a value, which is a defect in the rule', () => {
    expect(() => formatMessage('Unknown {{what}}.', {})).toThrow(/'what' has no value/);
  });

  it('are declared by every rule as sentences, without template code', () => {
    for (const { meta } of rules) {
      const templates = Object.values<string>(meta.messages);
      expect(templates.length, meta.id).toBeGreaterThan(0);
      for (const template of templates) {
        expect(template, meta.id).not.toContain('${');
        // A sentence, or one placeholder that holds a whole sentence built elsewhere.
        if (template !== '{{problem}}') expect(template, meta.id).toMatch(/^[A-Z'{].*[.?]$/s);
        for (const name of placeholdersOf(template)) expect(name, meta.id).toMatch(/^[a-z][A-Za-z]*$/);
      }
    }
  });
});

describe('policy.rules', () => {
  it('leaves every rule at its default level when absent', () => {
    const [d] = checkSource(TYPO_DATE, 'privacy.yaml').diagnostics;
    expect(d).toMatchObject({ code: 'plausible-date', severity: 'warning', line: 6, docsUrl: ruleDocsUrl('plausible-date') });
  });

  it('turns a warning off', () => {
    const result = checkSource(withRules(TYPO_DATE, { 'plausible-date': 'off' }), 'privacy.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.policy).toBeDefined();
  });

  it('raises a warning to an error, which makes the file invalid', () => {
    const result = checkSource(withRules(TYPO_DATE, { 'plausible-date': 'error' }), 'privacy.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['plausible-date', 'error']]);
    expect(result.policy).toBeUndefined();
  });

  it('keeps a warning a warning when set to warning', () => {
    const result = checkSource(withRules(TYPO_DATE, { 'plausible-date': 'warning' }), 'privacy.yaml');
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('refuses an unknown rule id at its key, with the closest ids', () => {
    const source = withRules(MINIMAL, { 'plausable-date': 'off' });
    const result = checkSource(source, 'privacy.yaml');
    expect(result.diagnostics).toEqual([
      {
        code: 'policyc/unknown-rule',
        severity: 'error',
        message: "policy.rules names 'plausable-date', which is not a policyc rule.",
        hint: "Did you mean 'plausible-date'?",
        file: 'privacy.yaml',
        line: 26,
        column: 5,
        endLine: 26,
        endColumn: 19,
        path: ['policy', 'rules', 'plausable-date'],
        docsUrl: RULE_CONFIG_DOCS_URL,
      },
    ]);
    expect(source.split('\n')[25]).toBe('    plausable-date: off');
    expect(result.policy).toBeUndefined();
  });

  it('points to the list of rules when no id is close', () => {
    const [d] = checkSource(withRules(MINIMAL, { 'zzz-qqq-xxx': 'off' }), 'privacy.yaml').diagnostics;
    expect(d?.hint).toBe('The rules and their ids are listed in docs/rules.md.');
  });

  it('refuses to lower a rule that is always an error, at the level given', () => {
    const source = withRules(MINIMAL.replace('data_categories: [account]\n    period', 'data_categories: [acount]\n    period'), {
      'known-data-category': 'warning',
    });
    const codes = checkSource(source, 'privacy.yaml').diagnostics.map((d) => [d.code, d.line, d.column]);
    expect(codes).toEqual([
      ['known-data-category', 21, 23],
      ['policyc/rule-always-error', 26, 26],
    ]);
  });

  it('accepts error for a rule that is an error anyway', () => {
    expect(resolveRuleLevels({ 'known-country': 'error' }, rules).problems).toEqual([]);
  });

  it('rejects a level that is not off, warning or error in the schema, suggesting the right one', () => {
    const [d] = checkSource(withRules(TYPO_DATE, { 'plausible-date': 'warn' }), 'privacy.yaml').diagnostics;
    expect(d?.code).toMatch(/^schema\//);
    expect(d?.hint).toContain("'warning'");
  });
});

describe('policy.rules with the rules a caller chooses', () => {
  it('still knows the registered ids when only other rules run', () => {
    const result = checkSource(withRules(TYPO_DATE, { 'plausible-date': 'off' }), 'privacy.yaml', { rules: [] });
    expect(result.diagnostics).toEqual([]);
  });
});
