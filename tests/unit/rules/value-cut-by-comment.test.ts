import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/validate/index.js';

/** The rule reads the file as written, so it is tested on text through validate, as a user meets it. */
const base = readFileSync(new URL('../../fixtures/render/us-only.yaml', import.meta.url), 'utf8');

function cutFindings(text: string) {
  return checkSource(text, 'privacy.yaml')
    .diagnostics.filter((d) => d.code === 'value-cut-by-comment')
    .map((d) => ({ line: d.line, column: d.column, message: d.message, hint: d.hint }));
}

/** The fixture with its company name written as `name`. */
const withName = (name: string): string => base.replace(/^( {2}name: ).*$/m, `$1${name}`);

describe('value-cut-by-comment', () => {
  it('warns when a # that touches a word ends an unquoted value', () => {
    const text = withName('Acme Suite #4008');
    const line = text.split('\n').findIndex((l) => l.includes('Acme Suite #4008')) + 1;
    expect(cutFindings(text)).toEqual([
      {
        line,
        column: 9,
        message: "'Acme Suite' is followed by '#4008' on the same line, which YAML reads as a comment: '#4008' is not part of the value.",
        hint: 'If it belongs to the value, quote the whole value: "Acme Suite #4008". If it is a comment, write a space after #.',
      },
    ]);
  });

  it('leaves a real comment, a quoted value and a # inside a word alone', () => {
    expect(cutFindings(withName('Acme Inc. # the legal name'))).toEqual([]);
    expect(cutFindings(withName('"Acme Suite #4008"'))).toEqual([]);
    expect(cutFindings(withName('Acme#4008 Inc.'))).toEqual([]);
    expect(cutFindings(base)).toEqual([]);
  });
});
