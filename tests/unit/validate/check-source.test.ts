import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Path } from '../../../src/diagnostics.js';
import type { Rule } from '../../../src/rules/types.js';
import { checkSource } from '../../../src/validate/index.js';

const MINIMAL = readFileSync(new URL('../../fixtures/good/minimal.yaml', import.meta.url), 'utf8');

/** A rule that reports one problem, its message and hint declared as the rule's two messages; documented at `url` if given. */
function rule(id: string, severity: 'error' | 'warning', report: { path: Path; message: string; hint?: string; onKey?: boolean }, url?: string): Rule {
  const { message, hint, ...where } = report;
  return {
    meta: { id, severity, description: id, rationale: id, messages: { message, hint: hint ?? '' }, ...(url === undefined ? {} : { url }) },
    check: (_, emit) => emit({ ...where, messageId: 'message', ...(hint === undefined ? {} : { hintId: 'hint' }) }),
  };
}

describe('checkSource', () => {
  it('returns the typed policy for a valid file', () => {
    const result = checkSource(MINIMAL, 'privacy.yaml', { rules: [] });
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.controller.name).toBe('Minimal Ltd');
    expect(result.text).toBe(MINIMAL);
  });

  it('reads bytes as well as text', () => {
    expect(checkSource(new TextEncoder().encode(MINIMAL), 'privacy.yaml', { rules: [] }).policy).toBeDefined();
  });

  it('maps rule problems to positions, on the value or on the key, with the rule id and severity', () => {
    const result = checkSource(MINIMAL, 'privacy.yaml', {
      rules: [
        rule('basis-check', 'error', { path: ['purposes', 0, 'lawful_basis'], message: 'Wrong basis.', hint: 'Fix it.' }),
        rule('name-check', 'warning', { path: ['controller', 'name'], message: 'Odd name.', onKey: true }, 'https://example.test/name-check'),
      ],
    });
    expect(result.diagnostics).toEqual([
      {
        code: 'name-check',
        severity: 'warning',
        message: 'Odd name.',
        file: 'privacy.yaml',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 7,
        path: ['controller', 'name'],
        docsUrl: 'https://example.test/name-check',
      },
      {
        code: 'basis-check',
        severity: 'error',
        message: 'Wrong basis.',
        file: 'privacy.yaml',
        line: 17,
        column: 19,
        endLine: 17,
        endColumn: 27,
        path: ['purposes', 0, 'lawful_basis'],
        hint: 'Fix it.',
      },
    ]);
    expect(result.policy).toBeUndefined();
  });

  it('keeps the policy when rules only warn', () => {
    const result = checkSource(MINIMAL, 'privacy.yaml', { rules: [rule('soft', 'warning', { path: [], message: 'Hm.' })] });
    expect(result.policy).toBeDefined();
    expect(result.diagnostics).toHaveLength(1);
  });

  it('runs the registered rules by default', () => {
    const source = MINIMAL.replace('data_categories: [account]\n    period', 'data_categories: [acount]\n    period');
    const codes = checkSource(source, 'privacy.yaml').diagnostics.map((d) => d.code);
    expect(codes).toContain('known-data-category');
  });

  it('does not check the schema of a file with YAML errors, nor run rules on an invalid one', () => {
    let ran = false;
    const spy: Rule = { meta: { id: 'spy', severity: 'error', description: '', rationale: '', messages: {} }, check: () => void (ran = true) };
    const yamlBroken = checkSource('controller:\n\tname: x\nsubprocesors: 1\n', 'privacy.yaml', { rules: [spy] });
    expect(yamlBroken.diagnostics.map((d) => d.code)).toEqual(['yaml/tab-as-indent']);
    const schemaBroken = checkSource(`${MINIMAL}subprocesors: []\n`, 'privacy.yaml', { rules: [spy] });
    expect(schemaBroken.diagnostics.map((d) => d.code)).toEqual(['schema/additional-properties']);
    expect(ran).toBe(false);
  });

  it('sorts diagnostics by position', () => {
    const source = MINIMAL.replace('lawful_basis: contract', 'lawful_basis: nope').replace('  name: Minimal Ltd', '  name: 5');
    const lines = checkSource(source, 'privacy.yaml', { rules: [] }).diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(2);
  });

  it('passes loader limits through', () => {
    expect(checkSource(MINIMAL, 'privacy.yaml', { limits: { maxBytes: 10 } }).diagnostics[0]?.code).toBe('yaml/too-large');
  });

  it('returns no text for bytes that are not UTF-8', () => {
    const result = checkSource(new Uint8Array([0xff, 0xfe, 0x61, 0]), 'privacy.yaml');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml/encoding', line: 0, column: 0 });
  });
});
