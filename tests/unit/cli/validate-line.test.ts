/**
 * The launcher runs a plain validate command line in the validate bundle, without commander
 * (src/cli/commands/validate-line.ts). Whatever it accepts must be read exactly as commander reads
 * it in the full CLI, or the two bundles would check other files or report in another format.
 */
import { Command } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { register } from '../../../src/cli/commands/validate.js';
import { validateLine, type ValidateLine } from '../../../src/cli/commands/validate-line.js';

/** What commander hands validate's action for `policyc ...args`, or 'refused' (help, version, a usage error). */
function commanderReading(args: readonly string[]): ValidateLine | 'refused' | 'not validate' {
  const program = new Command('policyc')
    .version('0.0.0', '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  register(program);
  let seen: ValidateLine | undefined;
  program.commands[0]!.action((files: string[], options: ValidateLine['options']) => {
    seen = { files: [...files], options: { ...options } };
  });
  try {
    program.parse(['node', 'policyc', ...args]);
  } catch {
    return 'refused';
  }
  return seen ?? 'not validate';
}

const read = (...args: string[]) => validateLine(['node', 'policyc', ...args]);

describe('validateLine', () => {
  it('reads the forms people and CI write, as commander does', () => {
    const lines = [
      ['validate'],
      ['validate', 'privacy.yaml'],
      ['validate', 'a.yaml', 'b.yaml', 'a.yaml'],
      ['validate', 'examples/x/privacy.yaml', '--format', 'json'],
      ['validate', '-f', 'sarif', 'a.yaml'],
      ['validate', '--format=github', 'a.yaml'],
      ['validate', 'a.yaml', '--max-warnings', '0'],
      ['validate', '--max-warnings=12', '-q', 'a.yaml'],
      ['validate', '--quiet', '--format', 'pretty', '--format', 'json', 'a.yaml'],
      ['validate', 'a.yaml', '--max-warnings', '007', 'b.yaml'],
    ];
    for (const line of lines) {
      const fast = read(...line);
      expect(fast, line.join(' ')).toBeDefined();
      expect(fast).toEqual(commanderReading(line));
    }
    expect(read('validate')).toEqual({ files: ['privacy.yaml'], options: { format: 'pretty' } });
  });

  it('leaves everything else to the full CLI: other commands, help, mistakes and rarer forms', () => {
    const lines = [
      [],
      ['build', 'a.yaml'],
      ['--version'],
      ['vaildate', 'a.yaml'],
      ['validate', '--help'],
      ['validate', '-h'],
      ['validate', '--format', 'xml'],
      ['validate', '--format'],
      ['validate', '--format='],
      ['validate', '--max-warnings', '-1'],
      ['validate', '--max-warnings', 'many'],
      ['validate', '--quiet=yes'],
      ['validate', '-fjson', 'a.yaml'],
      ['validate', '-qf', 'json'],
      ['validate', '-f=json'],
      ['validate', '-'],
      ['validate', '--', '-a.yaml'],
      ['validate', '--no-such-flag'],
      ['validate', '--version'],
    ];
    for (const line of lines) expect(read(...line), line.join(' ')).toBeUndefined();
  });

  it('never reads a line otherwise than commander, whatever the line', () => {
    const word = fc.constantFrom(
      'a.yaml',
      'b.yaml',
      'validate',
      'help',
      '',
      '-f',
      '--format',
      'json',
      'sarif',
      'pretty',
      'github',
      'xml',
      '--format=json',
      '--format=',
      '-fjson',
      '-q',
      '--quiet',
      '--quiet=1',
      '-qf',
      '--max-warnings',
      '--max-warnings=3',
      '0',
      '12',
      '-1',
      '1e3',
      '--',
      '-',
      '-h',
      '--help',
      '-v',
      '--version',
      '--unknown',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 7 }), fc.boolean(), (words, asValidate) => {
        const line = asValidate ? ['validate', ...words] : words;
        const fast = read(...line);
        if (fast !== undefined) expect(fast).toEqual(commanderReading(line));
      }),
      { numRuns: 3000 },
    );
  });
});
