import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * Do Not Track honored in part (`cookies.dnt_effect`), through bin/policyc.js: Firefox Relay's
 * notice says only that the signal stops the collection of interaction data, and "We honor Do Not
 * Track signals" read as covering all tracking (French legal review, C13). Built in three
 * languages with --explain, validated, and diffed.
 */
const POLICY = `effective_date: 2026-01-05
policy: { languages: [de, fr] }
jurisdictions: [ccpa]
controller: { name: Relay Co, email: privacy@relay.example, country: US }
data_categories:
  - { id: interaction, name: Interaction data, examples: [clicks], source: automatic }
purposes:
  - { id: improve, name: Improve the service, data_categories: [interaction] }
cookies:
  used: [strictly_necessary, analytics]
  tools: [Google Analytics]
  honors_dnt: true
  dnt_effect:
    en: stop collecting interaction data
    de: erfassen wir keine Interaktionsdaten
    fr: cessons de collecter les données d’interaction
`;

const NBSP = '\u00a0';
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-dnt-'));
  writeFileSync(join(work, 'privacy.yaml'), POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Explained {
  sentences: Array<{ text: string; sources: Array<{ kind: string; path?: string; line?: number }> }>;
}

describe('Do Not Track honored in part, through bin/policyc.js', () => {
  it('says what the signal changes in place of the general promise, and --explain traces it to the field', () => {
    const run = policyc(['build', 'privacy.yaml', '--formats', 'md,txt', '--explain'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(work, 'privacy.md'), 'utf8');
    expect(md).toContain('When your browser sends a Do Not Track signal, we stop collecting interaction data.');
    expect(md).not.toContain('We honor Do Not Track');
    const explained = JSON.parse(readFileSync(join(work, 'privacy.explain.json'), 'utf8')) as Explained;
    const sentence = explained.sentences.find((s) => s.text.startsWith('When your browser sends a Do Not Track signal'));
    // The English text of the value given per language.
    const line = POLICY.split('\n').indexOf('    en: stop collecting interaction data') + 1;
    expect(sentence?.sources).toContainEqual({ kind: 'yaml', path: 'cookies.dnt_effect', line });
    expect(sentence?.sources).toContainEqual(expect.objectContaining({ kind: 'yaml', path: 'cookies.honors_dnt' }));
  });

  it('writes the German and French sentences with the clauses’ quotation marks', () => {
    for (const lang of ['de', 'fr']) expect(policyc(['build', 'privacy.yaml', '--formats', 'md', '--lang', lang], { cwd: work }).code).toBe(0);
    const de = readFileSync(join(work, 'privacy.de.md'), 'utf8');
    expect(de).toContain('Wenn Ihr Browser ein „Do Not Track“-Signal sendet, erfassen wir keine Interaktionsdaten.');
    expect(de).not.toContain('Wir berücksichtigen');
    const fr = readFileSync(join(work, 'privacy.fr.md'), 'utf8');
    expect(fr).toContain(`Lorsque votre navigateur envoie un signal «${NBSP}Do Not Track${NBSP}», nous cessons de collecter les données d’interaction.`);
    expect(fr).not.toContain('Nous respectons');
  });

  it('warns when the file says what the signal changes but not that it is honored', () => {
    writeFileSync(join(work, 'refused.yaml'), POLICY.replace('honors_dnt: true', 'honors_dnt: false'));
    const run = policyc(['validate', 'refused.yaml', '--format', 'json'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('honors_dnt: false says the site does not respond to the signal.');
    expect(run.stdout).toContain('do-not-track-stated');
  });

  it('tells a new scope, and a signal honored from now on, in the change notice', () => {
    writeFileSync(join(work, 'reworded.yaml'), POLICY.replace('en: stop collecting interaction data', 'en: stop loading Google Analytics'));
    const reworded = policyc(['diff', 'privacy.yaml', 'reworded.yaml', '--format', 'json'], { cwd: work });
    expect(reworded.code).toBe(0);
    expect((JSON.parse(reworded.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({
        kind: 'cookies.dnt_effect_reworded',
        level: 'material',
        path: 'cookies.dnt_effect',
        summary: 'We changed what we say about Do Not Track signals: when your browser sends one, we stop loading Google Analytics.',
      }),
    ]);
    writeFileSync(join(work, 'unstated.yaml'), POLICY.replace('  honors_dnt: true\n', ''));
    const honored = policyc(['diff', 'unstated.yaml', 'privacy.yaml', '--format', 'json', '--lang', 'de'], { cwd: work });
    expect((JSON.parse(honored.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({
        kind: 'cookies.dnt_honored',
        summary: 'Wir reagieren jetzt auf Do-Not-Track-Signale: Wenn Ihr Browser ein solches Signal sendet, erfassen wir keine Interaktionsdaten.',
      }),
    ]);
  });

  it('tells a promise taken back in part as material, and one made whole again as minor', () => {
    writeFileSync(join(work, 'whole.yaml'), POLICY.replace(/  dnt_effect:\n(    .*\n)+/, ''));
    const narrowed = policyc(['diff', 'whole.yaml', 'privacy.yaml', '--fail-on', 'material'], { cwd: work });
    // --fail-on material fails: the people who rely on the signal lose part of what it did.
    expect(narrowed.code).toBe(1);
    expect(narrowed.stdout).toContain('- We now honor Do Not Track signals only in part.');
    expect(narrowed.stdout).toContain('- We now honor Do Not Track signals only in part: when your browser sends one, we stop collecting interaction data.');
    const json = policyc(['diff', 'whole.yaml', 'privacy.yaml', '--format', 'json'], { cwd: work });
    expect((JSON.parse(json.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({ kind: 'cookies.dnt_narrowed', level: 'material', path: 'cookies.dnt_effect', before: null }),
    ]);
    const german = policyc(['diff', 'whole.yaml', 'privacy.yaml', '--lang', 'de'], { cwd: work });
    expect(german.stdout).toContain(
      '- Wir beachten Do-Not-Track-Signale jetzt nur noch teilweise: Wenn Ihr Browser ein solches Signal sendet, erfassen wir keine Interaktionsdaten.',
    );
    const widened = policyc(['diff', 'privacy.yaml', 'whole.yaml', '--fail-on', 'material', '--format', 'txt'], { cwd: work });
    expect(widened.code).toBe(0);
    expect(widened.stdout).toContain('We now honor Do Not Track signals sent by your browser, no longer');
    expect(policyc(['diff', 'privacy.yaml', 'whole.yaml', '--fail-on', 'minor'], { cwd: work }).code).toBe(1);
  });
});
