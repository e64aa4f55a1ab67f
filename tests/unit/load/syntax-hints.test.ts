import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/load/index.js';

/**
 * The syntax mistakes people make most, each reported once, on the line to change, in words that
 * say what to do. The base file is valid; each case changes lines of it.
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
  '    note: Backups are kept for 30 days.', // 11
  'data_categories:', // 12
  '  - id: account', // 13
  '    name: Account information', // 14
  '    examples: [email address, display name]', // 15
];

/** The base file with lines replaced (1-based line → new text). */
function problems(edits: Record<number, string>) {
  const count = Math.max(BASE.length, ...Object.keys(edits).map(Number));
  const lines = Array.from({ length: count }, (_, i) => edits[i + 1] ?? BASE[i] ?? '');
  return loadYaml(`${lines.join('\n')}\n`, 'privacy.yaml').diagnostics.map((d) => ({
    at: `${d.line}:${d.column}`,
    code: d.code,
    message: d.message,
    hint: d.hint,
  }));
}

describe('syntax errors, explained', () => {
  it('the base file is valid, and stays valid with colons where YAML allows them', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ 9: "    purpose: 'Hosting: EU region'", 11: '    note: https://hetzner.example:443/a#b at 10:30, see mailto:a@b.c' })).toEqual([]);
  });

  it('a colon and a space inside a value: quote it, keeping a comment out of the quotes', () => {
    expect(problems({ 9: '    purpose: Hosting: EU region' })).toEqual([
      {
        at: '9:14',
        code: 'yaml/colon-in-value',
        message: "The value of 'purpose' contains ': ', which YAML reads as the start of another key.",
        hint: "Put the value in quotes: purpose: 'Hosting: EU region'",
      },
    ]);
    expect(problems({ 9: '    purpose: Hosting: EU  # check' })[0]?.hint).toBe("Put the value in quotes: purpose: 'Hosting: EU'");
    // Single quotes escape nothing, so a backslash stays one; a value with ' needs double quotes.
    expect(problems({ 9: '    purpose: Files in: C:\\Users' })[0]?.hint).toBe("Put the value in quotes: purpose: 'Files in: C:\\Users'");
    expect(problems({ 9: "    purpose: Hetzner's: hosting" })[0]?.hint).toBe('Put the value in quotes: purpose: "Hetzner\'s: hosting"');
    expect(problems({ 14: '    name: Account information:' })).toMatchObject([
      { code: 'yaml/colon-in-value', message: "The value of 'name' ends with ':', which YAML reads as the start of another key." },
    ]);
  });

  it('no space after the colon, or no colon, after a key of the format: anywhere in a block', () => {
    expect(problems({ 6: '  country:DE' })).toEqual([
      {
        at: '6:10',
        code: 'yaml/missing-space',
        message: "'country:' needs a space after the colon; without one, YAML reads 'country:DE' as one piece of text.",
        hint: 'Write country: DE',
      },
    ]);
    expect(problems({ 6: '  country DE' })).toEqual([
      { at: '6:10', code: 'yaml/missing-colon', message: "A ':' is missing after 'country'.", hint: 'Write country: DE' },
    ]);
    expect(problems({ 4: '  name:Acme Ltd' })).toMatchObject([{ at: '4:7', code: 'yaml/missing-space' }]);
    expect(problems({ 4: '  name Acme Ltd' })).toMatchObject([{ at: '4:7', code: 'yaml/missing-colon' }]);
    expect(problems({ 5: '  website https://acme.example' })).toMatchObject([{ code: 'yaml/missing-colon', hint: 'Write website: https://acme.example' }]);
    expect(problems({ 3: 'controller' })).toMatchObject([{ at: '3:11', code: 'yaml/missing-colon', hint: 'Write controller:' }]);
  });

  it('text that went on to a new line is not told to become a key', () => {
    expect(
      problems({
        11: '    note: Backups are',
        12: '    kept for 30 days.',
        13: 'data_categories:',
        14: '  - id: account',
        15: '    name: Account information',
      }),
    ).toMatchObject([{ at: '12:5', code: 'yaml/continued-text', hint: "Indent it further than 'note', or put the whole value of 'note' in quotes." }]);
  });

  it('a line indented deeper than the key before it: that line, not the one above', () => {
    expect(problems({ 5: '   email: privacy@acme.example' })).toEqual([
      {
        at: '5:4',
        code: 'yaml/bad-indent',
        message: "Line 5 is indented 1 space more than 'name' on line 4, so YAML reads it as part of the value of 'name'.",
        hint: "Start it in the same column as 'name' (column 3).",
      },
    ]);
    expect(problems({ 9: '     purpose: Hosting' })).toMatchObject([{ at: '9:6', code: 'yaml/bad-indent' }]);
  });

  it('a line indented less than the keys around it: that line, and the column they use', () => {
    expect(problems({ 14: '   name: Account information' })).toEqual([
      {
        at: '14:4',
        code: 'yaml/bad-indent',
        message: 'Line 14 is indented 1 space less than the keys around it.',
        hint: "Start 'name' in column 5, as they do.",
      },
    ]);
    expect(problems({ 4: ' name: Acme Ltd' })).toMatchObject([{ at: '4:2', code: 'yaml/bad-indent', hint: "Start 'name' in column 3, as they do." }]);
    // In the middle of a mapping YAML stops at the line after it, and at the end of one it asks
    // for a list dash: either way the line to change is the one indented too little.
    expect(problems({ 9: '   purpose: Hosting' })).toEqual([
      {
        at: '9:4',
        code: 'yaml/bad-indent',
        message: 'Line 9 is indented 1 space less than the keys around it.',
        hint: "Start 'purpose' in column 5, as they do.",
      },
    ]);
    expect(problems({ 5: ' email: privacy@acme.example' })).toMatchObject([
      { at: '5:2', code: 'yaml/bad-indent', hint: "Start 'email' in column 3, as they do." },
    ]);
    expect(problems({ 15: '   examples: [email address, display name]' })).toMatchObject([
      { at: '15:4', code: 'yaml/bad-indent', hint: "Start 'examples' in column 5, as they do." },
    ]);
  });

  it('a value and indented keys, or a list, under the same key: one error, not one per line', () => {
    expect(problems({ 3: 'controller: Acme' })).toEqual([
      {
        at: '3:13',
        code: 'yaml/value-and-mapping',
        message: "'controller' has the value 'Acme' and also indented keys below it, on line 4; it can have one or the other.",
        hint: "Remove 'Acme' after 'controller:' if the keys below belong to it, or indent the keys below less if not.",
      },
    ]);
    expect(problems({ 3: 'controller: Acme  # legal name' })).toMatchObject([{ at: '3:13', code: 'yaml/value-and-mapping' }]);
    expect(problems({ 7: 'subprocessors: Hetzner' })).toMatchObject([
      { at: '7:16', code: 'yaml/value-and-mapping', message: expect.stringContaining('and also a list below it') },
    ]);
  });

  it('a list item without a space after its dash', () => {
    expect(problems({ 13: '  -id: account' })).toEqual([
      {
        at: '13:3',
        code: 'yaml/dash-without-space',
        message: "A list item needs a space after its '-'; YAML reads '-id' as a key.",
        hint: 'Write - id: account',
      },
    ]);
  });

  it('brackets: the one never closed, or the one too many, and none of the errors they set off', () => {
    expect(problems({ 2: 'jurisdictions: [gdpr' })).toEqual([
      {
        at: '2:16',
        code: 'yaml/unclosed-bracket',
        message: "The '[' on line 2 is never closed.",
        hint: "Add ']' after the last item on that line. The errors after it, if any, come from this one.",
      },
    ]);
    expect(problems({ 15: '    examples: [email address, display name]]' })).toMatchObject([{ at: '15:44', code: 'yaml/extra-bracket' }]);
    // A list over two lines is closed: its second line only needs indenting.
    expect(problems({ 15: '    examples: [email address,', 16: '    display name]' })).toMatchObject([
      { code: 'yaml/continued-text', hint: "Indent it further than 'examples'." },
    ]);
  });

  it('look-alike spaces where YAML needs a space, and typographic quotes, named; inside text they are text', () => {
    expect(problems({ 6: '  country:\u00a0DE' })).toMatchObject([
      { at: '6:11', code: 'yaml/lookalike-character', message: 'Line 6 contains a non-breaking space (U+00A0) where YAML needs an ordinary space.' },
    ]);
    expect(problems({ 5: '\u00a0 email: privacy@acme.example' })).toMatchObject([{ at: '5:1', code: 'yaml/lookalike-character' }]);
    expect(problems({ 4: '  name: \u201cAcme: Ltd\u201d' })).toMatchObject([
      { at: '4:9', code: 'yaml/typographic-quote', hint: `Use straight quotes instead: " or '.` },
    ]);
    expect(problems({ 4: '  name: Acme\u00a0Ltd' })).toEqual([]);
    // The real mistake is reported, not a valid non-breaking space beside it.
    expect(problems({ 14: '    name: Account information: login\u00a0data' })).toMatchObject([{ code: 'yaml/colon-in-value' }]);
  });

  it('explains a mistake on the last line of a file cut short', () => {
    expect(loadYaml('policy:\n  title: Privacy Policy\n  url', 'privacy.yaml').diagnostics.map((d) => d.code)).toEqual(['yaml/missing-colon']);
  });

  it('a tab in the indentation, anywhere in it: one error that says so, not one per line after it', () => {
    const tab = (line: number, column: number) => ({
      at: `${line}:${column}`,
      code: 'yaml/tab-as-indent',
      message: `Line ${line} has a tab in its indentation; YAML indents with spaces only.`,
      hint: 'Replace the tab with spaces, so that the line starts in the same column as the keys around it.',
    });
    expect(problems({ 5: '\temail: privacy@acme.example' })).toEqual([tab(5, 1)]);
    expect(problems({ 9: '  \t purpose: Hosting' })).toEqual([tab(9, 3)]);
    expect(problems({ 9: '\tpurpose: Hosting' })).toEqual([tab(9, 1)]);
    expect(problems({ 8: '  -\tname: Hetzner' })).toEqual([tab(8, 4)]);
    // A tab inside a value is text.
    expect(problems({ 9: '    purpose:\tHosting' })).toEqual([]);
  });

  it('reads a file with classic Mac line endings (CR alone), as YAML 1.2 does', () => {
    const result = loadYaml(BASE.join('\r'), 'privacy.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.sourceMap?.locate(['controller', 'country'])).toMatchObject({ line: 6, column: 12 });
  });
});
