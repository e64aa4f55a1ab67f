import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/registry.js';
import type { Rule } from '../../../src/rules/types.js';
import { check, sensiblePolicy } from './fixture.js';

const ruleDir = new URL('../../../src/rules/', import.meta.url);

describe('rule registry', () => {
  it('lists rules sorted by id, each id unique and kebab-case', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('registers every rule file, and each rule lives in the file named after its id', async () => {
    const files = readdirSync(ruleDir).filter((name) => name.endsWith('.ts') && !['registry.ts', 'types.ts', 'docs.ts'].includes(name));
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(rules.map((rule) => rule.meta.id));
    for (const rule of rules) {
      const module = (await import(new URL(`${rule.meta.id}.ts`, ruleDir).href)) as Record<string, unknown>;
      expect(Object.values(module)).toContain(rule);
    }
  });

  it('documents every rule: a one-line description and a rationale', () => {
    for (const { meta } of rules) {
      expect(meta.description, meta.id).toMatch(/^[A-Z'].*\.$/);
      expect(meta.description, meta.id).not.toContain('\n');
      expect(meta.rationale.length, meta.id).toBeGreaterThan(80);
    }
  });
});

describe('the shared fixture', () => {
  it('refuses a test policy the schema rejects, and a problem whose path leads nowhere', () => {
    const [first] = rules;
    if (!first) throw new Error('no rules');
    const invalid = { ...sensiblePolicy(), effective_date: 'soon' };
    expect(() => check(first, invalid)).toThrow(/not valid/);
    const lost: Rule = { meta: { ...first.meta, messages: { x: 'x' } }, check: (_policy, report) => report({ path: ['purposes', 9], messageId: 'x' }) };
    expect(() => check(lost, sensiblePolicy())).toThrow(/does not exist: purposes\[9\]/);
  });

  it('passes every rule: no false positives on a sensible policy', () => {
    const policy = sensiblePolicy();
    expect(rules.flatMap((rule) => check(rule, policy).map((problem) => `${rule.meta.id}: ${problem.message}`))).toEqual([]);
  });
});
