/**
 * Every adversarial input, one row each: the real binary, a 256 MB heap, a hang guard. Each must
 * end with exit 1 (invalid input) or 2 (usage or I/O), one clear message naming the problem and
 * where it is, no stack trace, no raw control character, and nothing written: the output folder
 * holds the previous documents, byte for byte, and nothing else.
 *
 * Small fixtures live in tests/fixtures/bad; the huge ones (50 MB, 100,000 levels, a 1 MB line,
 * a bigger alias bomb, UTF-16 and UTF-32 copies) are generated here into a temporary folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bad, expectCleanFailure, HANG_MS, policyc, root, scratch, snapshot } from './cli.js';

const minimal = readFileSync(join(root, 'tests/fixtures/good/minimal.yaml'), 'utf8');
const withSection = (body: string): string => `${minimal}sections:\n  - id: custom\n    title: Custom\n    body: ${JSON.stringify(body)}\n`;

/** Files written at test time: name → contents. */
const GENERATED: Record<string, () => string | Uint8Array> = {
  'fifty-megabytes.yaml': () => `key: [${'1,'.repeat(25 * 1024 * 1024)}1]\n`,
  'flow-100k-deep.yaml': () => `controller: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
  'flow-mappings-100k-deep.yaml': () => `controller: ${'{a: '.repeat(100_000)}b${'}'.repeat(100_000)}\n`,
  'block-lists-100k-deep.yaml': () => `controller:\n${'- '.repeat(100_000)}x\n`,
  // Block mappings need a deeper indent per level; one space each, 4,000 levels fill 8 MB.
  'block-mappings-4k-deep.yaml': () => Array.from({ length: 4000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n',
  'one-megabyte-line.yaml': () => minimal.replace('name: Minimal Ltd', `name: ${'x'.repeat(1024 * 1024)}`),
  'laughs-ten-levels.yaml': () =>
    ['lol0: &l0 "lol"', ...Array.from({ length: 10 }, (_, i) => `lol${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`)].join('\n') + '\n',
  'utf16le-no-bom.yaml': () => Buffer.from(minimal, 'utf16le'),
  'utf16le-with-bom.yaml': () => Buffer.from(`\uFEFF${minimal}`, 'utf16le'),
  'utf16be-no-bom.yaml': () => Buffer.from(minimal, 'utf16le').swap16(),
  'utf16be-with-bom.yaml': () => Buffer.from(`\uFEFF${minimal}`, 'utf16le').swap16(),
  'utf32le.yaml': () => Buffer.from([...minimal].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])),
  'emphasis-100kb.yaml': () => withSection('*a'.repeat(50_000)),
  'markdown-2000-deep.yaml': () => withSection(`${'>'.repeat(2000)} deep`),
  'forty-thousand-wrong-values.yaml': () => minimal.replace('examples: [email address, display name]', `examples: [${'1,'.repeat(40_000)}1]`),
  'thirty-thousand-duplicate-keys.yaml': () => `controller:\n${'  name: x\n'.repeat(30_000)}`,
  'too-many-tokens.yaml': () => minimal.replace('examples: [email address, display name]', `examples: [${'e,'.repeat(200_000)}e]`),
};

interface Case {
  /** A fixture in tests/fixtures/bad, a generated file, or a path as given. */
  file: string;
  command: 'validate' | 'build';
  exit: 1 | 2;
  message: RegExp;
}

const row = (file: string, exit: 1 | 2, message: RegExp, command: Case['command'] = 'build'): Case => ({ file, command, exit, message });
/** A diagnostic as pretty output prints it: file:line:col, then the words. */
const at = (line: number, column: number, words: string): RegExp => new RegExp(`:${line}:${column} error .*${words}`);

const CASES: readonly Case[] = [
  // Size, depth and expansion bombs.
  row('billion-laughs.yaml', 1, at(3, 11, 'expand to far too much data')),
  row('laughs-ten-levels.yaml', 1, at(2, 12, 'expand to far too much data')),
  row('fifty-megabytes.yaml', 1, /error The file is 10\.0 MB; policyc reads files up to 10\.0 MB/),
  row('flow-100k-deep.yaml', 1, at(1, 77, 'nested more than 64 levels deep')),
  row('flow-mappings-100k-deep.yaml', 1, at(1, 269, 'nested more than 64 levels deep')),
  row('block-lists-100k-deep.yaml', 1, at(2, 130, 'nested more than 64 levels deep')),
  row('block-mappings-4k-deep.yaml', 1, at(66, 69, 'nested more than 64 levels deep')),
  row('deep-flow-nesting.yaml', 1, /nested more than 64 levels deep/),
  row('deep-block-nesting.yaml', 1, /nested more than 64 levels deep/),
  row('too-many-tokens.yaml', 1, /more than 250000 YAML tokens/),
  row('one-megabyte-line.yaml', 1, at(3, 9, 'controller.name is 1048576 characters long; it must be at most 5000')),
  row('forty-thousand-wrong-values.yaml', 1, /39501 more problems are not listed \(39501 errors, 0 warnings\)/),
  row('thirty-thousand-duplicate-keys.yaml', 1, /The key 'name' appears twice in controller[^]*more problems are not listed/),
  row('long-key.yaml', 1, at(23, 1, 'at most 1024 chars')),
  // Encodings and characters.
  row('invalid-utf8.yaml', 1, at(3, 12, String.raw`not valid UTF-8 \(byte 0xE9\)`)),
  row('utf8-overlong.yaml', 1, at(3, 17, String.raw`not valid UTF-8 \(byte 0xC0\)`)),
  row('utf16le-bom.yaml', 1, /encoded as UTF-16 \(little-endian\), not UTF-8/),
  row('utf16be.yaml', 1, /encoded as UTF-16 \(big-endian\), not UTF-8/),
  row('utf16le-no-bom.yaml', 1, /encoded as UTF-16 \(little-endian\), not UTF-8/),
  row('utf16le-with-bom.yaml', 1, /encoded as UTF-16 \(little-endian\), not UTF-8/),
  row('utf16be-no-bom.yaml', 1, /encoded as UTF-16 \(big-endian\), not UTF-8/),
  row('utf16be-with-bom.yaml', 1, /encoded as UTF-16 \(big-endian\), not UTF-8/),
  row('utf32le.yaml', 1, /encoded as UTF-32 \(little-endian\), not UTF-8/),
  row('control-character.yaml', 1, at(3, 17, 'control character U\\+001B')),
  row('nul-character.yaml', 1, at(3, 16, 'control character U\\+0000')),
  row('c1-control.yaml', 1, at(3, 17, 'control character U\\+009B')),
  // YAML that other loaders read differently, or dangerously.
  row('tab-indentation.yaml', 1, at(3, 1, 'has a tab in its indentation; YAML indents with spaces only')),
  row('duplicate-key.yaml', 1, at(5, 3, "The key 'name' appears twice in controller")),
  row('proto-keys.yaml', 1, at(17, 1, "Unknown key '__proto__'")),
  row('nested-proto-keys.yaml', 1, at(5, 3, "Unknown key '__proto__' in controller")),
  row('merge-key.yaml', 1, at(2, 1, "Unknown key 'base'")),
  row('norway-problem.yaml', 1, at(9, 16, String.raw`Expected true or false for data_categories\[0\]\.sensitive, got text \('no'\)`)),
  row('boolean-on.yaml', 1, at(13, 16, String.raw`got text \('on'\)`)),
  row('custom-tag.yaml', 1, at(3, 23, "The tag '!!js/function' is not allowed")),
  row('python-tag.yaml', 1, at(3, 41, "The tag '!!python/object/apply:os.system' is not allowed")),
  row('binary-tag.yaml', 1, at(3, 18, "The tag '!!binary' is not allowed")),
  row('anchor-self-reference.yaml', 1, at(3, 9, 'Expected text for controller.name, got a mapping')),
  row('undefined-alias.yaml', 1, at(3, 9, String.raw`The alias \*nowhere refers to no anchor`)),
  row('complex-key.yaml', 1, /Keys must be plain words/),
  row('multiple-documents.yaml', 1, at(17, 1, 'more than one YAML document')),
  row('yaml-1.1-directive.yaml', 1, at(2, 1, "declares '%YAML 1.1'")),
  row('unclosed-quote.yaml', 1, at(3, 9, 'never closed')),
  row('unclosed-flow.yaml', 1, at(11, 15, "The '\\[' on line 11 is never closed")),
  // Wrong shapes and types.
  row('empty.yaml', 1, at(1, 1, 'The file is empty')),
  row('only-comments.yaml', 1, at(1, 1, 'The file is empty')),
  row('blank-lines-only.yaml', 1, at(1, 1, 'The file is empty')),
  row('document-marker-only.yaml', 1, at(1, 1, 'The file is empty')),
  row('directive-only.yaml', 1, at(1, 1, 'The file is empty')),
  row('root-list.yaml', 1, at(2, 1, 'holds a list')),
  row('root-scalar.yaml', 1, at(2, 1, 'holds a single value')),
  row('number-for-text.yaml', 1, at(5, 10, 'Expected text for controller.phone, got a number')),
  row('huge-number.yaml', 1, at(5, 10, String.raw`controller\.phone is 99999999999999999999999999, a whole number beyond 2\^53`)),
  row('float-for-text.yaml', 1, at(3, 9, String.raw`got a number \(1e3\)`)),
  row('nan-for-text.yaml', 1, at(3, 9, String.raw`got a number \(\.nan\)`)),
  row('number-for-date.yaml', 1, at(5, 17, 'Expected text for effective_date, got a number')),
  // Markup where it does not belong.
  row('javascript-url.yaml', 1, at(5, 12, "'javascript:alert\\(document.cookie\\)' is not a web address")),
  row('data-url.yaml', 1, at(5, 12, "'data:text/html,<script>alert\\(1\\)</script>' is not a web address")),
  row('html-in-email.yaml', 1, at(4, 10, 'is not an email address')),
  row('script-in-id.yaml', 1, at(9, 9, 'is not a short identifier')),
  // A company's own Markdown beyond what marked renders in reasonable time and stack.
  row('section-deep-markdown.yaml', 1, at(26, 11, 'nests quotes, lists or indents more than 100 levels deep')),
  row('markdown-2000-deep.yaml', 1, at(26, 11, 'more than 100 levels deep')),
  row('section-emphasis-bomb.yaml', 1, at(26, 11, '9000 emphasis markers')),
  row('emphasis-100kb.yaml', 1, at(26, 11, 'sections\\[0\\]\\.body is 100000 characters long; it must be at most 20000')),
  row('section-long-run.yaml', 1, at(26, 11, 'a run of 5001 characters without a space')),
  // Clause overrides that try to leave the policy's folder.
  row('clauses-traversal.yaml', 1, at(7, 12, "'../../../../etc' is not a folder, relative to this file")),
  row('clauses-absolute.yaml', 1, at(7, 12, "'/etc' is not a folder, relative to this file")),
  // Paths that are not files.
  row('/dev/zero', 1, /\/dev\/zero error The file is 10\.0 MB/),
  row('/dev/null', 1, /\/dev\/null:1:1 error The file is empty/),
  row('tests', 2, /^policyc: cannot read tests: it is a folder, not a file\n$/),
  row('does-not-exist.yaml', 2, /^policyc: cannot read does-not-exist\.yaml: no such file\n/),
  row('tests/fixtures/bad/empty.yaml/inside.yaml', 2, /cannot read .*: a part of the path is not a folder/),
  row('/dev/zero', 1, /\/dev\/zero error The file is 10\.0 MB/, 'validate'),
  row('billion-laughs.yaml', 1, /expand to far too much data/, 'validate'),
];

let generated: string;
/** Where a case's file is: generated, a fixture, or the path as given. */
function pathOf(file: string): string {
  if (file in GENERATED) return join(generated, file);
  return existsSync(bad(file)) ? bad(file) : file;
}

beforeAll(() => {
  generated = scratch('hostile-generated');
  for (const [name, make] of Object.entries(GENERATED)) writeFileSync(join(generated, name), make());
}, 120_000);
afterAll(() => rmSync(generated, { recursive: true, force: true }));

/** An output folder that already holds documents, as it would after an earlier build. */
function previousOutputs(file: string): string {
  const out = scratch('hostile-out');
  const name = basename(file, extname(file));
  for (const format of ['md', 'html', 'txt']) writeFileSync(join(out, `${name}.${format}`), `previous ${format}\n`);
  return out;
}

describe.concurrent('adversarial inputs: exit 1 or 2, one clear message, nothing written', () => {
  it('has at least 40 cases, each fixture named once per command', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const keys = CASES.map((c) => `${c.command} ${c.file}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(CASES.map((c) => [`${c.command} ${c.file}`, c] as const))(
    '%s',
    async (_, { file, command, exit, message }) => {
      const path = pathOf(file);
      const out = previousOutputs(path);
      const before = snapshot(out);
      const args = command === 'build' ? ['build', path, '-o', out] : ['validate', path];
      const run = await policyc(args);
      try {
        expectCleanFailure(run, exit);
        expect(`${run.stdout}${run.stderr}`).toMatch(message);
        if (command === 'build') expect(run.stderr).toMatch(exit === 1 ? /policyc: nothing written: .* is invalid\.\n$/ : /^policyc: /);
        expect(snapshot(out)).toEqual(before);
        expect(run.ms).toBeLessThan(HANG_MS);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    HANG_MS * 3,
  );
});

describe.concurrent('output folders and names that cannot be written', () => {
  const good = join(root, 'tests/fixtures/good/minimal.yaml');

  it('an output folder that is a file: exit 2, the file untouched', async () => {
    const dir = scratch('hostile-out-file');
    writeFileSync(join(dir, 'out'), 'a file\n');
    const run = await policyc(['build', good, '-o', join(dir, 'out')]);
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/Cannot write .*out\/minimal\.md: a file is in the way of the folder\.\n {2}Nothing was written\.\n$/);
    expect(snapshot(dir)).toEqual(new Map([['out', 'a file\n']]));
    rmSync(dir, { recursive: true, force: true });
  });

  it('an output folder below a file: exit 2', async () => {
    const dir = scratch('hostile-out-under-file');
    writeFileSync(join(dir, 'file'), 'x');
    const run = await policyc(['build', good, '-o', join(dir, 'file', 'out')]);
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/a file is in the way of the folder/);
    expect(snapshot(dir)).toEqual(new Map([['file', 'x']]));
    rmSync(dir, { recursive: true, force: true });
  });

  it('an output folder nobody may write (tests run as root, so /sys stands in for a read-only mount): exit 2', async () => {
    const run = await policyc(['build', good, '-o', '/sys/policyc-cannot-write-here']);
    expectCleanFailure(run, 2);
    expect(run.stderr).toBe('policyc: Cannot write /sys/policyc-cannot-write-here/minimal.md: permission denied.\n  Nothing was written.\n');
  });

  it('an output folder that cannot be made where its parent exists (/proc): exit 2, not a hang', async () => {
    const run = await policyc(['build', good, '-o', '/proc/policyc-no-such/out']);
    expectCleanFailure(run, 2);
    expect(run.stderr).toBe('policyc: Cannot write /proc/policyc-no-such/out/minimal.md: no such folder, and it cannot be made.\n  Nothing was written.\n');
  });

  it('an output folder whose name is too long, below folders it had to make: exit 2, none of them left', async () => {
    const dir = scratch('hostile-long-name');
    const run = await policyc(['build', good, '-o', join(dir, 'new', 'a'.repeat(300), 'out')]);
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/: the name is too long\.\n {2}Nothing was written\.\n$/);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a read-only output folder, where permissions apply: exit 2, the previous documents intact', async () => {
    const out = previousOutputs('minimal.yaml');
    chmodSync(out, 0o555);
    try {
      const before = snapshot(out);
      const run = await policyc(['build', good, '-o', out]);
      // Root ignores folder permissions; then the build simply succeeds, which is fine too.
      if (process.getuid?.() === 0) expect(run.code).toBe(0);
      else {
        expectCleanFailure(run, 2);
        expect(run.stderr).toMatch(/permission denied/);
        expect(snapshot(out)).toEqual(before);
      }
    } finally {
      chmodSync(out, 0o755);
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('a folder where one of the documents goes: exit 2, none of them replaced', async () => {
    const out = previousOutputs('minimal.yaml');
    rmSync(join(out, 'minimal.txt'));
    mkdirSync(join(out, 'minimal.txt'));
    const before = snapshot(out);
    const run = await policyc(['build', good, '-o', out]);
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(
      /Cannot write .*minimal\.txt: a folder has that name, and policyc replaces only regular files\.\n {2}Nothing was written; remove it, or write somewhere else\.\n$/,
    );
    expect(snapshot(out)).toEqual(before);
    rmSync(out, { recursive: true, force: true });
  });

  it('a policy saved under an output name (privacy.md) is never overwritten by its own Markdown', async () => {
    const dir = scratch('hostile-self', { 'privacy.md': good });
    const run = await policyc(['build', 'privacy.md'], { cwd: dir });
    expectCleanFailure(run, 2);
    expect(run.stderr).toBe(
      'policyc: Cannot write privacy.md: it is the input privacy.md, and policyc never replaces an input.\n  Save the policy as privacy.yaml, or write the documents elsewhere with --out.\n',
    );
    expect(snapshot(dir)).toEqual(new Map([['privacy.md', minimal]]));
    rmSync(dir, { recursive: true, force: true });
  });

  it('an input name with path syntax in it still writes beside the input, never above it', async () => {
    const dir = scratch('hostile-names');
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', '..yaml'), minimal);
    const run = await policyc(['build', 'site/..yaml', '--formats', 'md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect([...snapshot(dir).keys()]).toEqual(['site', 'site/..md', 'site/..yaml']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.concurrent('clause folders that try to hang or exhaust the build', () => {
  const withClauses = (dir: string): string => {
    writeFileSync(join(dir, 'privacy.yaml'), minimal.replace('effective_date:', 'policy:\n  clauses: ours\neffective_date:'));
    mkdirSync(join(dir, 'ours'));
    return dir;
  };

  it('a FIFO among the clause files: exit 1 at policy.clauses at once, never a blocked read', async () => {
    const dir = withClauses(scratch('hostile-fifo-clause'));
    execFileSync('mkfifo', [join(dir, 'ours', 'contact.hbs')]);
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(/^privacy\.yaml:7:12 error The clause file ours\/contact\.hbs is not a regular file\. \(clauses\/folder\)\n/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a clause file of 2 MB: exit 1 at policy.clauses', async () => {
    const dir = withClauses(scratch('hostile-big-clause'));
    writeFileSync(join(dir, 'ours', 'contact.hbs'), 'x'.repeat(2_000_000));
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(
      /^privacy\.yaml:7:12 error The clause file ours\/contact\.hbs is 2000000 bytes; a clause may be at most 1048576\. \(clauses\/folder\)\n/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('a clause that renders Markdown nested 5,000 deep: exit 1 at policy.clauses', async () => {
    const dir = withClauses(scratch('hostile-deep-clause'));
    writeFileSync(join(dir, 'ours', 'contact.hbs'), `## Contact\n\n${'> '.repeat(5000)}deep\n`);
    const run = await policyc(['build'], { cwd: dir });
    expectCleanFailure(run, 1);
    expect(run.stderr).toMatch(
      /privacy\.yaml:7:12 error The Markdown nests quotes, lists or emphasis more than 100 levels deep; policyc does not render it\. \(build\/markdown-too-deep\)/,
    );
    expect([...snapshot(dir).keys()]).toEqual(['ours', 'ours/contact.hbs', 'privacy.yaml']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.concurrent('pipes and devices as input', () => {
  it('a FIFO that never stops writing is read only up to the size limit', async () => {
    const dir = scratch('hostile-fifo');
    const fifo = join(dir, 'privacy.yaml');
    execFileSync('mkfifo', [fifo]);
    // The shell keeps writing until policyc closes its end.
    const writer = spawn('sh', ['-c', `exec yes 'key: value' > '${fifo}'`], { stdio: 'ignore' });
    const run = await policyc(['validate', fifo]);
    writer.kill('SIGKILL');
    expectCleanFailure(run, 1);
    expect(run.stdout).toMatch(/error The file is 10\.0 MB; policyc reads files up to 10\.0 MB/);
    rmSync(dir, { recursive: true, force: true });
  });
});
