import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * One word for a table cell the file gives no value for, through bin/policyc.js: a kind of data
 * with no retention period (the California table's "How long we keep it") and a provider with no
 * location (the provider table's "Location") read the same in privacy.md, .html and .txt.
 */
const POLICY = `effective_date: 2026-04-03
jurisdictions: [gdpr, ccpa]
controller: { name: Example Notes Inc., email: privacy@example-notes.test, country: US }
data_categories:
  - { id: account, name: Account information, source: provided, ccpa_categories: [identifiers] }
  - { id: usage, name: Usage data, source: automatic, ccpa_categories: [internet_activity] }
purposes:
  - { id: service, name: Provide the notes app, lawful_basis: contract, data_categories: [account, usage] }
subprocessors:
  - { name: Hostco Ltd, purpose: Hosting, data_categories: [account, usage] }
  - { name: Mailco GmbH, purpose: Email, location: IE, data_categories: [account] }
retention:
  - { data_categories: [account], period: account_lifetime }
`;

let work: string;
let file: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-not-stated-'));
  file = join(work, 'privacy.yaml');
  writeFileSync(file, POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (name: string): string => readFileSync(join(work, name), 'utf8');

describe('a cell the file gives no value for, through bin/policyc.js', () => {
  it('says "not stated" in the same cells of privacy.md, .html and .txt, and --explain traces the rows', () => {
    const run = policyc(['build', file, '-o', work, '--explain', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const md = read('privacy.md');
    expect(md).toContain('| Hostco Ltd | Hosting | All the data we collect | *not stated* |');
    expect(md).toMatch(/^\| Internet or other electronic network activity information .* \| Usage data \|.* \| \*not stated\* \|$/mu);
    const html = read('privacy.html');
    expect(html).toContain('<td data-label="Location"><span class="not-stated">not stated</span></td>');
    expect(html).toContain('<td data-label="How long we keep it"><span class="not-stated">not stated</span></td>');
    // The text shows a narrow table as columns and a wide one as a block per row, labelled.
    const txt = read('privacy.txt');
    expect(txt).toMatch(/^Hostco Ltd +Hosting +All the data we collect +not stated$/mu);
    expect(txt).toMatch(/How long we keep it: +not stated/u);
    // The same number of cells says so in each format: none is left blank in one and filled in another.
    const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
    const inMd = count(md, /\*not stated\*/gu);
    expect(inMd).toBeGreaterThanOrEqual(2);
    expect(count(html, /<span class="not-stated">not stated<\/span>/gu)).toBe(inMd);
    expect(count(txt, /not stated/gu)).toBe(inMd);
    const explain = JSON.parse(read('privacy.explain.json')) as { sentences: Array<{ text: string; sources: Array<{ path?: string }> }> };
    const row = explain.sentences.find((s) => s.text.startsWith('Hostco Ltd | Hosting'));
    expect(row?.text).toBe('Hostco Ltd | Hosting | All the data we collect | not stated');
    expect(row?.sources.map((s) => s.path)).toContain('subprocessors[0].name');
  });

  it('says it in German and French, in all three files', () => {
    for (const [language, word] of [
      ['de', 'nicht angegeben'],
      ['fr', 'non précisé'],
    ] as const) {
      const run = policyc(['build', file, '-o', work, '--lang', language, '--quiet']);
      expect(run.code, run.stderr).toBe(0);
      const md = read(`privacy.${language}.md`);
      expect(md).toContain(`*${word}* |`);
      expect(md).not.toContain('not stated');
      expect(read(`privacy.${language}.html`)).toContain(`<span class="not-stated">${word}</span>`);
      expect(read(`privacy.${language}.txt`)).toMatch(new RegExp(` +${word}$`, 'mu'));
    }
  });
});
