import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics.js';
import { colorEnabled } from '../../../src/cli/color.js';
import { escapeData, escapeProperty, formatGithub } from '../../../src/cli/reporters/github.js';
import { formatJson } from '../../../src/cli/reporters/json.js';
import { formatPretty } from '../../../src/cli/reporters/pretty.js';
import { artifactUri, formatSarif } from '../../../src/cli/reporters/sarif.js';

const SOURCE = ['controller:', '  name: Example', 'subprocesors:', '  - name: Stripe', ''].join('\n');

const unknownKey: Diagnostic = {
  code: 'schema/additional-properties',
  severity: 'error',
  message: "Unknown key 'subprocesors' in the top level of the file.",
  file: 'privacy.yaml',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 13,
  path: ['subprocesors'],
  hint: "Did you mean 'subprocessors'?",
};
const warning: Diagnostic = {
  code: 'some-rule',
  severity: 'warning',
  message: 'Something, 100% odd: here.',
  file: 'privacy.yaml',
  line: 2,
  column: 9,
  path: ['controller', 'name'],
};
const documented: Diagnostic = { ...warning, code: 'plausible-date', docsUrl: 'https://example.test/docs/rules.md#plausible-date' };
const wholeFile: Diagnostic = {
  code: 'yaml/encoding',
  severity: 'error',
  message: 'The file is encoded as UTF-16 (little-endian), not UTF-8.',
  file: 'other.yaml',
  line: 0,
  column: 0,
  path: [],
};

const sources = new Map([['privacy.yaml', SOURCE]]);
const ESC = String.fromCharCode(27);

describe('pretty', () => {
  it('prints location, severity, message and code, a code frame, the hint and a summary', () => {
    expect(formatPretty([unknownKey], { sources })).toBe(
      [
        "privacy.yaml:3:1 error Unknown key 'subprocesors' in the top level of the file. (schema/additional-properties)",
        '  1 | controller:',
        '  2 |   name: Example',
        '> 3 | subprocesors:',
        '    | ^^^^^^^^^^^^',
        '  4 |   - name: Stripe',
        "  Did you mean 'subprocessors'?",
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('prints no frame without the source or a position, and counts plurals', () => {
    const out = formatPretty([wholeFile, warning], { sources });
    expect(out).toContain('other.yaml error The file is encoded as UTF-16 (little-endian), not UTF-8. (yaml/encoding)\n\n');
    expect(out).toContain('> 2 |   name: Example\n    |         ^');
    expect(out.trimEnd().endsWith('✖ 2 problems (1 error, 1 warning)')).toBe(true);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatPretty([], { sources })).toBe('');
  });

  it('colours only when asked to', () => {
    expect(formatPretty([unknownKey], { sources })).not.toContain(ESC);
    expect(formatPretty([unknownKey], { sources, color: true })).toContain(`${ESC}[31merror`);
  });

  it('cuts a very long line to a window around the column', () => {
    const long = `key: ${'a'.repeat(500_000)}BAD${'b'.repeat(500_000)}`;
    const d: Diagnostic = { ...warning, line: 1, column: 500_006, endLine: 1, endColumn: 500_009 };
    const out = formatPretty([d], { sources: new Map([['privacy.yaml', long]]) });
    expect(out.length).toBeLessThan(1000);
    const [, frameLine = '', markerLine = ''] = out.split('\n');
    expect(frameLine).toMatch(/^> 1 \| …a+BADb+…$/);
    expect(frameLine.indexOf('BAD')).toBe(markerLine.indexOf('^^^'));
  });

  it('shows control characters from the file as visible symbols', () => {
    const hostile = `name: x${ESC}[2J${ESC}]0;pwned\u0007y\n`;
    const d: Diagnostic = { ...warning, line: 1, column: 8 };
    const out = formatPretty([d], { sources: new Map([['privacy.yaml', hostile]]) });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('x\u241b[2J\u241b]0;pwned\u2407y');
  });
});

describe("a rule's documentation address", () => {
  it('is the last line of the pretty block', () => {
    const out = formatPretty([documented], { sources });
    expect(out.split('\n\n')[0]?.split('\n').at(-1)).toBe('  See https://example.test/docs/rules.md#plausible-date');
    expect(formatPretty([warning], { sources })).not.toContain('See ');
  });

  it('is docsUrl in json, after the hint', () => {
    const [d] = (JSON.parse(formatJson([documented, warning])) as { diagnostics: Array<Record<string, unknown>> }).diagnostics;
    expect(d?.docsUrl).toBe(documented.docsUrl);
    expect(Object.keys(d ?? {}).slice(-2)).toEqual(['docsUrl', 'path']);
  });

  it("is the rule's helpUri in sarif, and absent for a code without one", () => {
    const log = JSON.parse(formatSarif([documented, unknownKey])) as { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } } }> };
    const [first, second] = log.runs[0]?.tool.driver.rules ?? [];
    expect(first).toMatchObject({ id: 'plausible-date', helpUri: documented.docsUrl });
    expect(second?.id).toBe('schema/additional-properties');
    expect(second).not.toHaveProperty('helpUri');
  });
});

describe('json', () => {
  it('has the documented shape, keys in a fixed order', () => {
    const out = formatJson([unknownKey, wholeFile], { files: ['privacy.yaml', 'other.yaml', 'third.yaml'] });
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out);
    expect(parsed).toEqual({
      version: 1,
      summary: { files: 3, errors: 2, warnings: 0, valid: false },
      diagnostics: [
        {
          file: 'privacy.yaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          severity: 'error',
          code: 'schema/additional-properties',
          message: "Unknown key 'subprocesors' in the top level of the file.",
          hint: "Did you mean 'subprocessors'?",
          path: ['subprocesors'],
        },
        {
          file: 'other.yaml',
          line: 0,
          column: 0,
          severity: 'error',
          code: 'yaml/encoding',
          message: 'The file is encoded as UTF-16 (little-endian), not UTF-8.',
          path: [],
        },
      ],
    });
    expect(Object.keys(parsed.diagnostics[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'hint', 'path']);
  });

  it('reports a valid run', () => {
    expect(JSON.parse(formatJson([], { files: ['privacy.yaml'] })).summary).toEqual({ files: 1, errors: 0, warnings: 0, valid: true });
  });
});

describe('github', () => {
  it('writes one workflow command per diagnostic, the hint on a second line', () => {
    expect(formatGithub([unknownKey, wholeFile])).toBe(
      [
        "::error file=privacy.yaml,line=3,col=1,endLine=3,endColumn=13,title=policyc schema/additional-properties::Unknown key 'subprocesors' in the top level of the file.%0ADid you mean 'subprocessors'?",
        '::error file=other.yaml,title=policyc yaml/encoding::The file is encoded as UTF-16 (little-endian), not UTF-8.',
        '',
      ].join('\n'),
    );
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(formatGithub([warning])).toBe('::warning file=privacy.yaml,line=2,col=9,title=policyc some-rule::Something, 100%25 odd: here.\n');
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('dir:a,b%.yaml')).toBe('dir%3Aa%2Cb%25.yaml');
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with one rule per code and regions where known', () => {
    const log = JSON.parse(formatSarif([unknownKey, wholeFile, warning]));
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('policyc');
    expect(run.tool.driver.rules).toEqual([
      { id: 'schema/additional-properties', shortDescription: { text: 'The file does not follow the privacy.yaml schema.' } },
      { id: 'some-rule' },
      { id: 'yaml/encoding', shortDescription: { text: 'The file is not YAML that policyc can read.' } },
    ]);
    // A semantic rule is described by its own documentation.
    expect(JSON.parse(formatSarif([{ ...warning, code: 'known-country' }])).runs[0].tool.driver.rules[0].shortDescription.text).toMatch(/country/i);
    expect(run.results[0]).toEqual({
      ruleId: 'schema/additional-properties',
      ruleIndex: 0,
      level: 'error',
      message: { text: "Unknown key 'subprocesors' in the top level of the file.\nDid you mean 'subprocessors'?" },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'privacy.yaml' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 13 } } }],
    });
    expect(run.results[1].locations[0].physicalLocation.region).toBeUndefined();
    expect(run.results[2]).toMatchObject({ ruleIndex: 1, level: 'warning' });
  });

  it('writes file names as URI references: segments encoded, absolute paths as file: URIs', () => {
    expect(artifactUri('my policy#1.yaml')).toBe('my%20policy%231.yaml');
    expect(artifactUri('legal/privacy.yaml')).toBe('legal/privacy.yaml');
    expect(artifactUri('/srv/my policy.yaml')).toBe('file:///srv/my%20policy.yaml');
  });
});

describe('colorEnabled', () => {
  const terminal = { isTTY: true };
  const pipe = { isTTY: false };

  it('lets a non-empty NO_COLOR win over everything', () => {
    expect(colorEnabled({ NO_COLOR: '1' }, terminal)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1', FORCE_COLOR: '1' }, terminal)).toBe(false);
  });

  it('then follows FORCE_COLOR, as chalk reads it', () => {
    expect(colorEnabled({ FORCE_COLOR: '1' }, pipe)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '' }, pipe)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '3', NO_COLOR: '' }, pipe)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, terminal)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: 'false' }, terminal)).toBe(false);
  });

  it('otherwise colours a terminal, unless TERM=dumb; an empty NO_COLOR does not count', () => {
    expect(colorEnabled({}, terminal)).toBe(true);
    expect(colorEnabled({ NO_COLOR: '' }, terminal)).toBe(true);
    expect(colorEnabled({ TERM: 'dumb' }, terminal)).toBe(false);
    expect(colorEnabled({}, pipe)).toBe(false);
  });
});
