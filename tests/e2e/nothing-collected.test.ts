import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';
import { parseCsv } from '../unit/export/support.js';

/**
 * A policy that collects no personal data, through the real binary: Codee's, written from what its
 * policy says (tests/fixtures/real/codee), built in three languages, checked, diffed and exported.
 */
const CODEE = 'tests/fixtures/real/codee/privacy.yaml';
const text = readFileSync(CODEE, 'utf8');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-nothing-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Codee's file with `change` applied to its text, written to the work folder. */
function variant(name: string, change: (yaml: string) => string): string {
  const file = join(work, name);
  writeFileSync(file, change(text));
  return file;
}

describe('a policy that collects no personal data, through bin/policyc.js', () => {
  it('validates with no finding, and builds md, html and txt in en, de and fr that say so', () => {
    expect(policyc(['validate', CODEE])).toMatchObject({ code: 0 });
    const out = join(work, 'built');
    const run = policyc(['build', CODEE, '-o', out, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'privacy.md'), 'utf8')).toContain('We do not collect any personal data.');
    expect(readFileSync(join(out, 'privacy.html'), 'utf8')).toContain('We do not collect any personal data.');
    expect(readFileSync(join(out, 'privacy.txt'), 'utf8')).toContain('What we collect: no personal data.');
    const md = readFileSync(join(out, 'privacy.md'), 'utf8');
    expect(md).not.toMatch(/How we use|legal bases|How long we keep|Who receives it|We collect the following/u);
    for (const [lang, sentence] of [
      ['de', 'Wir erheben keine personenbezogenen Daten.'],
      ['fr', 'Nous ne collectons aucune donnée personnelle.'],
    ] as const) {
      const translated = policyc(['build', CODEE, '-o', out, '--lang', lang, '--quiet']);
      expect(translated.code, translated.stderr).toBe(0);
      expect(readFileSync(join(out, `privacy.${lang}.md`), 'utf8')).toContain(sentence);
    }
  });

  it('refuses a file whose other fields contradict it, at the line and column of each, and writes nothing', () => {
    const file = variant('contradicted.yaml', (yaml) =>
      yaml.replace(
        'purposes: []\n',
        'purposes: []\nsubprocessors:\n  - { name: Web Analytics Ltd, purpose: Statistics, location: IE }\ncookies:\n  used: [strictly_necessary, analytics]\n',
      ),
    );
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = (start: string): number => lines.findIndex((l) => l.startsWith(start)) + 1;
    const run = policyc(['validate', file, '--format', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`file=${file},line=${line('  - { name: Web Analytics Ltd')},col=5`);
    expect(run.stdout).toContain(`line=${line('  used: [')},col=30`);
    expect(run.stdout.match(/nothing-collected-consistent/gu)).toHaveLength(2);
    const out = join(work, 'refused');
    expect(policyc(['build', file, '-o', out]).code).toBe(1);
    expect(() => readFileSync(join(out, 'contradicted.md'))).toThrow();
  });

  it('diff: starting to collect data is a material change, worded in en, de and fr', () => {
    const collects = variant('collects.yaml', (yaml) =>
      yaml
        .replace('effective_date: 2026-12-07', 'effective_date: 2027-01-15')
        .replace(
          'data_categories: []\npurposes: []\n',
          'data_categories:\n  - { id: email, name: Email address }\npurposes:\n  - { id: support, name: Answer your questions, lawful_basis: contract, data_categories: [email] }\nretention:\n  - { data_categories: [email], period: P1Y }\n',
        ),
    );
    const json = policyc(['diff', CODEE, collects, '--format', 'json']);
    const changes = (JSON.parse(json.stdout) as { changes: Array<{ kind: string; level: string }> }).changes;
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'collection.started', level: 'material' }));
    expect(policyc(['diff', CODEE, collects, '--fail-on', 'material', '--notice-date', '2026-12-07']).code).toBe(1);
    for (const [lang, words] of [
      ['en', 'We now collect personal data: this policy said before that we collected none.'],
      ['de', 'Wir erheben jetzt personenbezogene Daten: Bisher hieß es in dieser Datenschutzerklärung, dass wir keine erheben.'],
      ['fr', 'Nous collectons désormais des données personnelles : la présente politique indiquait auparavant que nous n’en collections aucune.'],
    ] as const) {
      const notice = policyc(['diff', CODEE, collects, '--format', 'md', '--lang', lang, '--notice-date', '2026-12-07']);
      expect(notice.code, notice.stderr).toBe(0);
      expect(notice.stdout.replace(/\s+/gu, ' ')).toContain(words);
    }
  });

  it('exports say "no data", each in its own format', () => {
    const app = variant('app.yaml', (yaml) =>
      yaml.replace('\ndata_categories: []', '\napps: [{ id: app, name: Codee Demo, platforms: [ios, android] }]\ndata_categories: []'),
    );
    expect(JSON.parse(policyc(['export', 'json', CODEE]).stdout).derived.collects_personal_data).toBe(false);
    expect(policyc(['export', 'subprocessors', CODEE]).stdout).toContain('Codee collects no personal data, so no subprocessor processes any on its behalf.');
    expect(JSON.parse(policyc(['export', 'apple-privacy', app]).stdout)).toEqual([{ data_protections: ['DATA_NOT_COLLECTED'] }]);
    const play = parseCsv(policyc(['export', 'play-data-safety', app]).stdout);
    expect(play.find((row) => row[0] === 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA')?.[2]).toBe('FALSE');
    expect(parseCsv(policyc(['export', 'ropa', CODEE]).stdout)).toHaveLength(1);
    expect(policyc(['export', 'ropa', CODEE, '--format', 'md']).stdout).toContain('the record lists no processing activity');
  });
});
