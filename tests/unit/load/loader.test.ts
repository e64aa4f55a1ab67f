import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics.js';
import { loadYaml } from '../../../src/load/index.js';
import { RUNAWAY_MS } from '../../support/guards.js';

const FILE = 'privacy.yaml';

function only(diagnostics: readonly Diagnostic[]): Diagnostic {
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('loadYaml: YAML 1.2 core schema', () => {
  it('reads NO, yes and dates as text (the Norway problem)', () => {
    const { value, diagnostics } = loadYaml('country: NO\nanswer: yes\nday: 2026-04-03\nflag: true\n', FILE);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ country: 'NO', answer: 'yes', day: '2026-04-03', flag: true });
  });

  it('accepts a UTF-8 byte order mark and CRLF line ends, with true positions', () => {
    const bytes = new TextEncoder().encode('\uFEFFa: 1\r\nb:\r\n  c: 2\r\n');
    const { value, diagnostics, sourceMap } = loadYaml(bytes, FILE);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ a: 1, b: { c: 2 } });
    expect(sourceMap?.locate(['b', 'c'])).toEqual({ line: 3, column: 6, endLine: 3, endColumn: 7 });
  });

  it('accepts a string with a byte order mark, counting columns without it', () => {
    const { diagnostics } = loadYaml('\uFEFFa: 1\na: 2\n', FILE);
    expect(only(diagnostics)).toMatchObject({ code: 'yaml/duplicate-key', line: 2, column: 1 });
  });

  it('keeps << as an ordinary key: YAML 1.2 has no merge keys', () => {
    const { value } = loadYaml('base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n', FILE);
    expect(value).toEqual({ base: { x: 1 }, c: { '<<': { x: 1 }, y: 2 } });
  });

  it('never pollutes prototypes with __proto__ or constructor keys', () => {
    const { value } = loadYaml('__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n', FILE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value as object, '__proto__')).toBe(true);
    expect((value as { constructor: unknown }).constructor).toEqual({ prototype: { polluted: true } });
  });
});

describe('loadYaml: refuses what a policy file must not contain', () => {
  it('reports duplicate keys at the second key, naming the first line', () => {
    const d = only(loadYaml('controller:\n  name: A\n  email: a@b.c\n  name: B\n', FILE).diagnostics);
    expect(d).toMatchObject({ code: 'yaml/duplicate-key', severity: 'error', file: FILE, line: 4, column: 3, endLine: 4, endColumn: 7 });
    expect(d.message).toBe("The key 'name' appears twice in controller (first on line 2).");
  });

  it.each([
    ['!!js/function "function () {}"', '!!js/function'],
    ['!foo bar', '!foo'],
    ['!!binary aGVsbG8=', '!!binary'],
    ['!!set {a, b}', '!!set'],
  ])('rejects the tag in %s', (value, tag) => {
    const d = only(loadYaml(`name: ${value}\n`, FILE).diagnostics);
    expect(d.code).toBe('yaml/tag');
    expect(d.message).toBe(`The tag '${tag}' is not allowed at name.`);
    expect(d.line).toBe(1);
  });

  it('allows the core tags, such as !!str to force text', () => {
    expect(loadYaml('phone: !!str 442071234567\n', FILE).value).toEqual({ phone: '442071234567' });
  });

  it('rejects a list or mapping used as a key', () => {
    expect(only(loadYaml('? [a, b]\n: 1\n', FILE).diagnostics)).toMatchObject({ code: 'yaml/complex-key', line: 1, column: 3 });
  });

  it.each([
    ['', 'yaml/empty', 'The file is empty.'],
    ['# only a comment\n\n', 'yaml/empty', 'The file is empty.'],
    ['- a\n- b\n', 'yaml/root-not-mapping', 'The file holds a list, but a policy is a mapping of keys to values.'],
    ['just text\n', 'yaml/root-not-mapping', 'The file holds a single value, but a policy is a mapping of keys to values.'],
    ['42\n', 'yaml/root-not-mapping', 'The file holds a single value, but a policy is a mapping of keys to values.'],
  ])('says clearly when the root is not a mapping: %j', (source, code, message) => {
    const d = only(loadYaml(source, FILE).diagnostics);
    expect(d).toMatchObject({ code, message, line: 1, column: 1 });
    expect(d.hint).toContain('policyc init');
  });

  it('rejects control characters, pointing at the first', () => {
    const d = only(loadYaml('a: ok\nb: x\u001b[2Jy\n', FILE).diagnostics);
    expect(d).toMatchObject({ code: 'yaml/control-character', line: 2, column: 5 });
    expect(d.message).toBe('The invisible control character U+001B is not allowed in YAML.');
  });

  it('rejects a %YAML 1.1 directive, under which NO would be false', () => {
    expect(only(loadYaml('%YAML 1.1\n---\ncountry: NO\n', FILE).diagnostics)).toMatchObject({ code: 'yaml/version', line: 1, column: 1 });
    expect(loadYaml('%YAML 1.2\n---\ncountry: NO\n', FILE).value).toEqual({ country: 'NO' });
  });

  it('rejects a second document', () => {
    expect(only(loadYaml('a: 1\n---\nb: 2\n', FILE).diagnostics)).toMatchObject({ code: 'yaml/multiple-documents', line: 2, column: 1 });
  });

  it('turns YAML syntax errors into diagnostics with positions, one per line', () => {
    expect(only(loadYaml('a:\n\tb: 1\n', FILE).diagnostics)).toMatchObject({ code: 'yaml/tab-as-indent', line: 2, column: 1 });
    expect(only(loadYaml('a:\n  b: 1\n c: 2\n', FILE).diagnostics)).toMatchObject({ code: 'yaml/bad-indent', line: 3 });
  });

  it('points an unclosed quote at where it opens, not at the end of the file', () => {
    const d = only(loadYaml('a: 1\nb: "open\nc: 2\nd: 3\n', FILE).diagnostics);
    expect(d).toMatchObject({ code: 'yaml/missing-char', line: 2, column: 4, message: 'This double-quoted text is never closed.' });
  });

  it('sets no value when anything is wrong', () => {
    const result = loadYaml('a: 1\na: 2\n', FILE);
    expect(result.value).toBeUndefined();
    expect(result.sourceMap).toBeDefined();
  });
});

describe('loadYaml: bounded work on hostile input', () => {
  it('stops a billion-laughs alias bomb fast, at the first alias', () => {
    let source = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      source += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    const { result, ms } = timed(() => loadYaml(source, FILE));
    expect(only(result.diagnostics)).toMatchObject({ code: 'yaml/alias-expansion', line: 2, column: 8 });
    expect(ms).toBeLessThan(RUNAWAY_MS);
  });

  it('allows a few ordinary aliases', () => {
    expect(loadYaml('a: &x [1, 2]\nb: *x\n', FILE).value).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it.each([
    ['flow lists', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['an unclosed flow list', `a: ${'['.repeat(100_000)}\n`],
    ['flow mappings', `${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`],
    ['compact block lists', `a:\n${'- '.repeat(100_000)}x\n`],
    ['indentation', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ])('refuses 100,000-deep nesting of %s before it reaches the stack', (_, source) => {
    const { result, ms } = timed(() => loadYaml(source, FILE));
    const d = only(result.diagnostics);
    expect(d.code).toBe('yaml/too-deep');
    expect(d.message).toBe('Lists and mappings are nested more than 64 levels deep.');
    expect(d.line).toBeGreaterThan(0);
    expect(ms).toBeLessThan(RUNAWAY_MS);
  });

  it('accepts nesting up to the limit', () => {
    expect(loadYaml(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`, FILE).diagnostics).toEqual([]);
  });

  it('refuses a file over the size limit before decoding it', () => {
    const { result, ms } = timed(() => loadYaml(new Uint8Array(10 * 1024 * 1024 + 1), FILE));
    expect(only(result.diagnostics)).toMatchObject({ code: 'yaml/too-large', line: 0, column: 0 });
    expect(result.diagnostics[0]?.message).toBe('The file is 10.0 MB; policyc reads files up to 10.0 MB.');
    expect(ms).toBeLessThan(200);
  });

  it('refuses too many tokens after lexing, before parsing', () => {
    const d = only(loadYaml(`a: [${'1,'.repeat(100)}1]\n`, FILE, { maxTokens: 50 }).diagnostics);
    expect(d.code).toBe('yaml/too-many-tokens');
  });

  it('reads a 1 MB line quickly', () => {
    const { result, ms } = timed(() => loadYaml(`a: ${'x'.repeat(1024 * 1024)}\n`, FILE));
    expect(result.diagnostics).toEqual([]);
    expect(ms).toBeLessThan(RUNAWAY_MS);
  });
});

describe('loadYaml: encodings', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const utf16le = (text: string): Uint8Array => new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));
  const utf16be = (text: string): Uint8Array => new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]));

  it.each([
    ['UTF-16 (little-endian)', new Uint8Array([0xff, 0xfe, ...utf16le('a: 1\n')])],
    ['UTF-16 (big-endian)', new Uint8Array([0xfe, 0xff, ...utf16be('a: 1\n')])],
    ['UTF-16 (little-endian)', utf16le('a: 1\n')],
    ['UTF-16 (big-endian)', utf16be('a: 1\n')],
    ['UTF-32 (little-endian)', new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])],
    ['UTF-32 (big-endian)', new Uint8Array([0, 0, 0, 0x61, 0, 0, 0, 0x3a])],
  ])('rejects %s with a clear message', (encoding, bytes) => {
    const d = only(loadYaml(bytes, FILE).diagnostics);
    expect(d).toMatchObject({ code: 'yaml/encoding', message: `The file is encoded as ${encoding}, not UTF-8.` });
    expect(d.hint).toContain('UTF-8');
  });

  it('rejects invalid UTF-8 at the line and column of the bad byte', () => {
    const bytes = new Uint8Array([...utf8('a: 1\nname: Caf'), 0xe9, ...utf8(' Ltd\n')]);
    const d = only(loadYaml(bytes, FILE).diagnostics);
    expect(d).toMatchObject({ code: 'yaml/encoding', line: 2, column: 10, message: 'The file is not valid UTF-8 (byte 0xE9).' });
    expect(d.hint).toContain('Latin-1');
  });

  it('points at the lead byte of a truncated multi-byte sequence', () => {
    // "é" is C3 A9; C3 followed by an ASCII letter is invalid, and the fault is the C3.
    const bytes = new Uint8Array([...utf8('ab: ü'), 0xc3, 0x41, 0x0a]);
    expect(only(loadYaml(bytes, FILE).diagnostics)).toMatchObject({ line: 1, column: 6, message: 'The file is not valid UTF-8 (byte 0xC3).' });
  });

  it('reads multi-byte UTF-8 text', () => {
    expect(loadYaml(utf8('name: Café Ørsted 東京 🙂\n'), FILE).value).toEqual({ name: 'Café Ørsted 東京 🙂' });
  });
});
