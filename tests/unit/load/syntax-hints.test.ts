import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/load/index.js';

/**
 * The syntax mistakes people make most, each reported once, on the line to change, in words that
 * say what to do. The base file is valid; each case changes one line of it.
 */
const BASE = [
  'effective_date: 2026-04-03', // 1
  'jurisdictions: [gdpr]', // 2
  'controller:', // 3
  '  name: Acme Ltd', // 4
  '  email: privacy@acme.example', // 5
  '  country: DE', // 6
  'subprocessors:', // 7
  '  - name: Hetzner', // 8
  '    purpose: Hosting', // 9
  '    location: DE', // 10
];

function problems(line: number, text: string) {
  const lines = [...BASE];
  lines[line - 1] = text;
  return loadYaml(`${lines.join('\n')}\n`, 'privacy.yaml').diagnostics.map((d) => ({ at: `${d.line}:${d.column}`, code: d.code, message: d.message, hint: d.hint }));
}

describe('syntax errors, explained', () => {
  it('the base file is valid', () => {
    expect(loadYaml(`${BASE.join('\n')}\n`, 'privacy.yaml').diagnostics).toEqual([]);
  });

  it('a colon and a space inside a value: quote it', () => {
    expect(problems(9, '    purpose: Hosting: EU region')).toEqual([
      {
        at: '9:14',
        code: 'yaml/colon-in-value',
        message: "The value of 'purpose' contains ': ', which YAML reads as the start of another key.",
        hint: 'Put the value in quotes: purpose: "Hosting: EU region"',
      },
    ]);
    expect(problems(9, '    purpose: Say "hi": now')[0]?.hint).toBe(`Put the value in quotes: purpose: 'Say "hi": now'`);
  });

  it('no space after the colon, or no colon at all', () => {
    expect(problems(6, '  country:DE')).toEqual([
      { at: '6:10', code: 'yaml/missing-space', message: "'country:' needs a space after the colon; without one, YAML reads 'country:DE' as one piece of text.", hint: 'Write country: DE' },
    ]);
    expect(problems(6, '  country DE')).toEqual([{ at: '6:10', code: 'yaml/missing-colon', message: "A ':' is missing after 'country'.", hint: 'Write country: DE' }]);
  });

  it('a line indented deeper than the key before it: that line, not the one above', () => {
    expect(problems(5, '   email: privacy@acme.example')).toEqual([
      {
        at: '5:4',
        code: 'yaml/bad-indent',
        message: "Line 5 is indented 1 space more than 'name' on line 4, so YAML reads it as part of the value of 'name'.",
        hint: "Start it in the same column as 'name' (column 3).",
      },
    ]);
    expect(problems(9, '     purpose: Hosting')).toMatchObject([{ at: '9:6', code: 'yaml/bad-indent' }]);
  });

  it('a value and indented keys under the same key: one error, not one per line', () => {
    expect(problems(3, 'controller: Acme')).toEqual([
      {
        at: '3:13',
        code: 'yaml/value-and-mapping',
        message: "'controller' has the value 'Acme' and also indented keys below it, on line 4; it can have one or the other.",
        hint: "Remove 'Acme' after 'controller:' if the keys below belong to it, or indent the keys below less if they do not.",
      },
    ]);
  });

  it('an unclosed bracket: where it opens, not where parsing gave up', () => {
    expect(problems(2, 'jurisdictions: [gdpr')).toEqual([{ at: '2:16', code: 'yaml/unclosed-bracket', message: "The '[' on line 2 is never closed.", hint: "Add ']' after the last item on that line." }]);
  });

  it('look-alike spaces and typographic quotes, named', () => {
    expect(problems(6, '  country:\u00a0DE')).toMatchObject([{ at: '6:11', code: 'yaml/lookalike-character', message: 'Line 6 contains a non-breaking space (U+00A0), which YAML does not read as a space.' }]);
    expect(problems(5, '\u00a0 email: privacy@acme.example')).toMatchObject([{ at: '5:1', code: 'yaml/lookalike-character' }]);
    expect(problems(4, '  name: \u201cAcme: Ltd\u201d')).toMatchObject([{ at: '4:9', code: 'yaml/typographic-quote', hint: `Use straight quotes instead: " or '.` }]);
  });

  it('leaves a tab in the indentation to its own error', () => {
    expect(problems(5, '\temail: privacy@acme.example')).toMatchObject([{ code: 'yaml/tab-as-indent' }]);
  });

  it('reads a file with classic Mac line endings (CR alone), as YAML 1.2 does', () => {
    const result = loadYaml(BASE.join('\r'), 'privacy.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.sourceMap?.locate(['controller', 'country'])).toMatchObject({ line: 6, column: 12 });
  });
});
