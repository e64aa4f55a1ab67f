import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17, item 1: every article, section and citation lives in the law base (src/law), once.
 * The clauses, the renderer, the diff and the model cite through it, so a citation the law base
 * corrects is corrected everywhere; none of them writes one of its own. Comments may cite (they
 * say why), and generated files are the clauses compiled.
 */
const root = new URL('../../', import.meta.url).pathname;
const FOLDERS = ['clauses', 'src/render', 'src/diff', 'src/model'];

/** "Art. 9", "Article 33", "§ 26", "1798.120", "Cal. Civ. Code", "16 CFR", "Abs. 1", "art. 6". */
const CITATION = /\b(?:Art(?:icle|ikel)?\.?\s*\d|art\.\s*\d|Abs\.\s*\d|lit\.\s*[a-z]\b|1798\.\d|Cal\.\s*Civ\.|CFR\s*\d|\d+\s*CFR\b)|§\s*\d/;

function files(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|hbs)$/.test(file) && !file.includes('.generated.'))
    .map((file) => join(folder, file));
}

/** The text without comments: `//`, `/* … *\/` and `{{!-- … --}}`; strings and templates stay. */
function withoutComments(text: string, file: string): string {
  if (file.endsWith('.hbs')) return text.replace(/\{\{!--[\s\S]*?--\}\}/g, '');
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('one law base', () => {
  it('no clause, renderer, diff check or model writes a citation of its own', () => {
    const found = FOLDERS.flatMap(files).flatMap((file) =>
      withoutComments(readFileSync(join(root, file), 'utf8'), file)
        .split('\n')
        .filter((line) => CITATION.test(line))
        .map((line) => `${file}: ${line.trim().slice(0, 160)}`),
    );
    expect(found).toEqual([]);
  });

  it('would see one', () => {
    expect(CITATION.test('the right to object (Art. 21 GDPR)')).toBe(true);
    expect(CITATION.test('Cal. Civ. Code 1798.120')).toBe(true);
    expect(CITATION.test('nach § 26 BDSG')).toBe(true);
    expect(CITATION.test('We keep it for 30 days.')).toBe(false);
  });
});

describe('transfer tools named by the laws they serve, in every language', () => {
  it('gives each language the same per-law names as English (a German review: the UK Extension was dropped)', async () => {
    const { TRANSFER_TOOLS } = await import('../../src/law/transfers.js');
    const { LANGUAGE_CODES, catalogOf } = await import('../../src/i18n/languages.js');
    for (const [mechanism, tool] of Object.entries(TRANSFER_TOOLS)) {
      const keys = Object.keys(tool.namesByLaws ?? {}).sort();
      for (const code of LANGUAGE_CODES) {
        const local = catalogOf(code).law.transferTools[mechanism as keyof typeof TRANSFER_TOOLS];
        expect(Object.keys(local.namesByLaws ?? {}).sort(), `${code} ${mechanism}`).toEqual(keys);
      }
    }
  });
});
