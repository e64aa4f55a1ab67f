/**
 * Characters that act on whatever shows them (ESC and CSI drive a terminal, U+202E reverses a
 * sentence on the page) are refused at validate wherever they are written, raw or as a
 * double-quoted escape, each named and placed at its own line and column; and whatever reaches a
 * terminal is escaped, so nothing from a hostile pull request can drive it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from '../../src/cli/terminal.js';
import { formatPretty } from '../../src/cli/reporters/pretty.js';
import { checkSource } from '../../src/validate/index.js';
import { expectCleanFailure, policyc, root, scratch } from './cli.js';

const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
const named = (line: string): string => minimal.replace('  name: Minimal Ltd', line);

describe('a value may not hold a control character or a bidi override', () => {
  // [what the file says on line 3, the column of the character itself, its name]
  const cases: Array<[string, number, string]> = [
    ['  name: "Minimal \\e]52;c;aGk=\\a Ltd"', 18, 'U+001B ESCAPE'],
    ['  name: "Min\\x9b2J"', 13, 'U+009B CONTROL SEQUENCE INTRODUCER'],
    ['  name: "Minimal \\u202eLtd"', 18, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['  name: "Minimal \\\\e \\U0000202D Ltd"', 22, 'U+202D LEFT-TO-RIGHT OVERRIDE'],
    ['  name: "Minimal\\r Ltd"', 17, 'U+000D CARRIAGE RETURN'],
    ['  name: "Minimal\\0"', 17, 'U+0000 NULL'],
    ['  name: "Minimal \\N"', 18, 'U+0085 NEXT LINE'],
    ['  name: "a\\x7f"', 11, 'U+007F DELETE'],
    ['  name: Minimal \u2066Ltd\u2069', 17, 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ["  name: 'Minimal \u202bLtd'", 18, 'U+202B RIGHT-TO-LEFT EMBEDDING'],
    ['  name: Minimal \u0085Ltd', 17, 'U+0085 NEXT LINE'],
  ];
  it.each(cases)('%s', (line, column, name) => {
    const { diagnostics, policy } = checkSource(named(line), 'p.yaml');
    expect(policy).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'policyc/forbidden-character', line: 3, column, path: ['controller', 'name'] });
    expect(diagnostics[0]?.message).toBe(`The value of controller.name contains ${name}, which policyc does not allow in a policy.`);
  });

  it('in a block scalar, on the line of the character; in a key, at the key', () => {
    const block = checkSource(
      minimal.replace('    name: Provide the service', '    name: Provide the service\n    description: |\n      one\n      two \u202e three'),
      'p.yaml',
    );
    expect(block.diagnostics[0]).toMatchObject({ line: 19, column: 11, path: ['purposes', 0, 'description'] });
    const key = checkSource(named('  name: Minimal Ltd\n  "x\\u2067": 1'), 'p.yaml');
    expect(key.diagnostics[0]).toMatchObject({
      line: 4,
      column: 5,
      message: expect.stringMatching(/^A key in controller contains U\+2067 RIGHT-TO-LEFT ISOLATE/),
    });
  });

  it('allows tab and line feed where text has them, and other non-ASCII text', () => {
    const text = checkSource(
      minimal.replace(
        '    name: Provide the service',
        '    name: Provide the service\n    description: "Tabs\\tand\\nlines, \u05e9\u05dc\u05d5\u05dd, caf\u00e9, \u2014 \ud83d\ude00"',
      ),
      'p.yaml',
    );
    expect(text.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('is refused by the real binary, which writes nothing and prints no raw control', async () => {
    const dir = scratch('characters');
    const file = join(dir, 'privacy.yaml');
    const { writeFileSync, readdirSync } = await import('node:fs');
    writeFileSync(file, named('  name: "\\e]52;c;aGk=\\a\\e[2J\\u202eLtd"'));
    const run = await policyc(['build', file, '-o', join(dir, 'out')]);
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/privacy\.yaml:3:10 error The value of controller\.name contains U\+001B ESCAPE/);
    expect(readdirSync(dir)).toEqual(['privacy.yaml']);
  });
});

describe('whatever reaches a terminal is escaped', () => {
  it('escapes controls and bidi overrides as \\uXXXX, keeping tab, line feed and other text', () => {
    expect(escapeForTerminal('a\u001b]52;c;x\u0007b\u009b2J\u202ec\td\ne \u00e9')).toBe('a\\u001b]52;c;x\\u0007b\\u009b2J\\u202ec\td\ne \u00e9');
    // CSV's CRLF stays; a lone CR, which would overwrite the line on a terminal, does not.
    expect(escapeForTerminal('a,b\r\nc\rd')).toBe('a,b\r\nc\\u000dd');
    // Inside JSON the escape is JSON's own: the report stays valid and means the same.
    expect(JSON.parse(escapeForTerminal(JSON.stringify({ v: 'x\u202e\u0085y' })))).toEqual({ v: 'x\u202e\u0085y' });
  });

  it('in the pretty reporter: message, hint, file name and code frame, coloured or not', () => {
    const text = 'name: "\u202e"\n';
    const diagnostic = {
      code: 'x',
      severity: 'error' as const,
      message: 'bad \u001b[2J value',
      hint: 'hint \u009b',
      file: 'f\u001b.yaml',
      line: 1,
      column: 7,
      path: [],
    };
    for (const color of [false, true]) {
      const out = formatPretty([diagnostic], { sources: new Map([['f\u001b.yaml', text]]), color });
      // Colour is policyc's own SGR sequences, nothing else.
      expect(out.replace(/\u001b\[\d+(?:;\d+)*m/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(out).toContain('bad \\u001b[2J value');
    }
  });

  it('in the messages of the real binary, such as a file name from a pull request', async () => {
    const run = await policyc(['validate', 'x\u001b]52;c;aGk=\u0007\u202e.yaml']);
    expectCleanFailure(run, 2);
    expect(run.stderr).toContain('x\\u001b]52;c;aGk=\\u0007\\u202e.yaml');
    const build = await policyc(['diff', 'a\u001b[2J.yaml', 'b.yaml', '--format', 'json']);
    expectCleanFailure(build, 2);
  });
});
