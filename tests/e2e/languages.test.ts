import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { policyc } from '../support/cli.js';
import { englishIn, stringsOf, withoutCompanyWords, wordsOf } from '../support/english.js';

/** `policyc build --lang` and `policy.languages` end to end: the real binary, real files. */
const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function workspace(source: string): string {
  dir = mkdtempSync(join(tmpdir(), 'policyc-lang-'));
  copyFileSync(fixture(source), join(dir, 'privacy.yaml'));
  return dir;
}

const files = (cwd: string): string[] => readdirSync(cwd).sort();
const read = (cwd: string, name: string): string => readFileSync(join(cwd, name), 'utf8');

describe('policyc build in several languages', () => {
  it('writes the file’s own language as privacy.* and each of policy.languages as privacy.<lang>.*', () => {
    const cwd = workspace('i18n/translated.yaml');
    const run = policyc(['build'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(files(cwd)).toEqual([
      'privacy.de.html',
      'privacy.de.md',
      'privacy.de.txt',
      'privacy.fr.html',
      'privacy.fr.md',
      'privacy.fr.txt',
      'privacy.html',
      'privacy.md',
      'privacy.txt',
      'privacy.yaml',
    ]);
    expect(run.stderr).toContain('policyc: wrote privacy.de.md\n');
    expect(read(cwd, 'privacy.md')).toMatch(/^# Privacy Policy\n\nEffective 3 April 2026\n/);
    expect(read(cwd, 'privacy.de.md')).toMatch(/^# Datenschutzerklärung\n\nGültig ab 3\\?\. April 2026\n/);
    expect(read(cwd, 'privacy.fr.md')).toMatch(/^# Politique de confidentialité\n\nEn vigueur à compter du 3 avril 2026\n/);
    // The company's words in each language, the built-in ones too.
    expect(read(cwd, 'privacy.de.md')).toContain('- **Bereitstellung des Dienstes.** Verwendete Daten: Kontodaten.');
    // French typography: a no-break space before a colon, citations held together in each language's form.
    expect(read(cwd, 'privacy.fr.md')).toContain('- **Fourniture du service.** Données utilisées\u00A0: données de compte.');
    expect(read(cwd, 'privacy.de.md')).toContain('### Vertragserfüllung (Art.\u00A06\u00A0Abs.\u00A01\u00A0lit.\u00A0b\u00A0DSGVO)');
    expect(read(cwd, 'privacy.fr.md')).toContain('### Exécution d’un contrat (art.\u00A06.1.b\u00A0RGPD)');
  });

  it('names each page’s language, links the other versions and offers a switch', () => {
    const cwd = workspace('i18n/translated.yaml');
    expect(policyc(['build', '--formats', 'html'], { cwd }).code).toBe(0);
    const de = read(cwd, 'privacy.de.html');
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('<link rel="alternate" hreflang="en" href="privacy.html">');
    expect(de).toContain('<link rel="alternate" hreflang="fr" href="privacy.fr.html">');
    expect(de).not.toContain('hreflang="de" href');
    expect(de).toContain(
      '<nav class="languages" aria-label="Sprachen"><p><a href="privacy.html" hreflang="en" lang="en">English</a> · <span lang="de" aria-current="page">Deutsch</span> · <a href="privacy.fr.html" hreflang="fr" lang="fr">Français</a></p></nav>',
    );
    expect(read(cwd, 'privacy.html')).toContain('<html lang="en">');
    expect(read(cwd, 'privacy.fr.html')).toContain('<html lang="fr">');
    expect(read(cwd, 'privacy.fr.html')).toContain('>Sommaire<');
  });

  it('builds one language with --lang, and --check compares exactly those files', () => {
    const cwd = workspace('i18n/translated.yaml');
    const run = policyc(['build', '--lang', 'fr'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(files(cwd)).toEqual(['privacy.fr.html', 'privacy.fr.md', 'privacy.fr.txt', 'privacy.yaml']);
    expect(policyc(['build', '--lang', 'fr', '--check'], { cwd }).code).toBe(0);
    writeFileSync(join(cwd, 'privacy.fr.md'), 'stale');
    const check = policyc(['build', '--lang', 'fr', '--check'], { cwd });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('policyc: stale: privacy.fr.md');
  });

  it('warns how many of the company’s values a language lacks, and not for the file’s own', () => {
    const cwd = workspace('i18n/translated.yaml');
    writeFileSync(join(cwd, 'privacy.yaml'), read(cwd, 'privacy.yaml').replace(/^policy:\n/m, 'policy:\n  summary: Only in English.\n'));
    const run = policyc(['build', '--lang', 'de', '--formats', 'md'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'policyc: warning: privacy.yaml: 1 text value has no de version and is written in en in the de policy; give it as a map by language (docs/translating.md).',
    );
    expect(policyc(['build', '--lang', 'de', '--formats', 'md', '-q'], { cwd }).stderr).toBe('');
    expect(policyc(['build', '--lang', 'en', '--formats', 'md'], { cwd }).stderr).not.toContain('no en version');
  });

  it('writes the file’s own language without a suffix when --lang names it', () => {
    const cwd = workspace('render/minimal.yaml');
    const run = policyc(['build', '--lang', 'en', '-o', 'out'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(files(join(cwd, 'out'))).toEqual(['privacy.html', 'privacy.md', 'privacy.txt']);
    expect(read(join(cwd, 'out'), 'privacy.html')).not.toContain('hreflang');
  });

  it('traces each sentence of another language to that language’s clause files with --explain', () => {
    const cwd = workspace('i18n/translated.yaml');
    expect(policyc(['build', '--lang', 'de', '--explain', '--formats', 'md'], { cwd }).code).toBe(0);
    expect(files(cwd)).toEqual(['privacy.de.explain.json', 'privacy.de.md', 'privacy.yaml']);
    const explain = read(cwd, 'privacy.de.explain.json');
    expect(explain).toContain('"file": "clauses/de/about.hbs"');
    expect(explain).not.toContain('clauses/en/');
  });

  it('prints one language with --stdout', () => {
    const cwd = workspace('render/minimal.yaml');
    const run = policyc(['build', '--lang', 'de', '--stdout'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# /);
    expect(run.stdout).toContain('## Wer wir sind');
  });

  it('refuses a language it does not write, with exit 2 and the ones it does', () => {
    const cwd = workspace('render/minimal.yaml');
    const run = policyc(['build', '--lang', 'es'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown language 'es' in --lang.");
    expect(run.stderr).toContain('en, de, fr');
    expect(files(cwd)).toEqual(['privacy.yaml']);
  });

  it('validate lists each value that lacks a published language, at its line', () => {
    const cwd = workspace('i18n/translated.yaml');
    const yaml = read(cwd, 'privacy.yaml')
      .replace('fr: Fourniture du service }', '}')
      .replace('{ en: Account data, de: Kontodaten, fr: Données de compte }', 'Account data');
    writeFileSync(join(cwd, 'privacy.yaml'), yaml);
    const run = policyc(['validate', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    const found = (JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; line: number; message: string }> }).diagnostics.filter(
      (d) => d.code === 'translation-complete',
    );
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [14, 'This text is only in en, but the policy is also published in de, fr.'],
      [17, 'This text has no fr version.'],
    ]);
  });

  it('refuses a policy.language it cannot write', () => {
    const cwd = workspace('render/minimal.yaml');
    writeFileSync(join(cwd, 'privacy.yaml'), `policy:\n  language: dee\n${read(cwd, 'privacy.yaml')}`);
    const run = policyc(['validate'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The language 'dee' is not one policyc writes: it writes en, de, fr.");
    expect(run.stdout).toContain("Did you mean 'de'?");
  });

  it('uses a company’s clause per language, and warns when it translates an older English', () => {
    const cwd = workspace('i18n/translated.yaml');
    mkdirSync(join(cwd, 'clauses', 'de'), { recursive: true });
    writeFileSync(join(cwd, 'clauses', 'de', 'about.hbs'), '{{!-- translates en/about.hbs sha256:000000000000 --}}\n## Über uns\n\nWir sind {{company}}.\n');
    writeFileSync(join(cwd, 'privacy.yaml'), read(cwd, 'privacy.yaml').replace('  languages: [de, fr]', '  languages: [de, fr]\n  clauses: clauses'));
    const run = policyc(['build'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(read(cwd, 'privacy.de.md')).toContain('## Über uns\n\nWir sind Beispiel GmbH.');
    expect(read(cwd, 'privacy.md')).not.toContain('Über uns');
    expect(read(cwd, 'privacy.fr.md')).not.toContain('Über uns');
    expect(run.stderr).toContain("the de clause 'de/about' is not yet translated from the current English one");
  });

  it('writes a change notice’s own words in the language --lang names', () => {
    dir = mkdtempSync(join(tmpdir(), 'policyc-lang-'));
    const [v1, v2] = [fixture('diff/v1.yaml'), fixture('diff/v2.yaml')];
    const de = policyc(['diff', v1, v2, '--lang', 'de', '--notice-date', '2026-01-01']);
    expect(de.code, de.stderr).toBe(0);
    expect(de.stdout).toMatch(
      /^# Änderungen der Datenschutzerklärung von Sessionly, gültig ab 1\.\u00a0Mai 2026\n\nWir aktualisieren die Datenschutzerklärung für Sessionly\./,
    );
    expect(de.stdout).toContain(
      '## In Kürze\n\n- Für eine Verwendung Ihrer Daten stützen wir uns auf eine andere Rechtsgrundlage.\n- Ein neuer Dienstleister erhält Ihre Daten.\n',
    );
    expect(de.stdout).toContain('## Wie wir Ihre Daten verwenden');
    const fr = policyc(['diff', v1, v2, '--lang', 'fr', '--format', 'html', '--notice-date', '2026-01-01']);
    expect(fr.stdout).toContain('<html lang="fr">');
    expect(fr.stdout).toContain('Modifications de la politique de confidentialité de Sessionly, en vigueur le 1er mai 2026');
    const frMd = policyc(['diff', v1, v2, '--lang', 'fr', '--notice-date', '2026-01-01']);
    expect(frMd.stdout).toContain('## En bref\n\n- Nous nous fondons sur une autre base légale pour une utilisation de vos données.\n');
    const unknown = policyc(['diff', v1, v2, '--lang', 'xx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown language 'xx' in --lang.");
  });

  it('words every change of a notice in German and French, in each format, the redline and the late-notice warning too', () => {
    dir = mkdtempSync(join(tmpdir(), 'policyc-lang-'));
    const [v1, v2] = [fixture('diff/v1.yaml'), fixture('diff/v2.yaml')];
    // A day before the changes take effect: the notice period is missed, and the warning is written.
    const run = (lang: string, format: string): string => {
      const result = policyc(['diff', v1, v2, '--lang', lang, '--format', format, '--redline', '--notice-date', '2026-04-30']);
      expect(result.code, result.stderr).toBe(0);
      return result.stdout;
    };
    const company = [v1, v2].flatMap((file) => stringsOf(parse(readFileSync(file, 'utf8'))));
    const english = new Set(wordsOf(withoutCompanyWords(run('en', 'txt'), company)));
    const de = run('de', 'md');
    expect(de).toContain(
      '> **Bevor Sie diese Mitteilung versenden:** Diese Mitteilung ist auf den 30.\u00a0April 2026 datiert, nur 1 Tag vor dem Inkrafttreten',
    );
    expect(de).toContain('- Die E-Mail-Adresse für Datenschutzfragen ist jetzt privacy@sessionly.io statt privacy@sessionly.example.');
    expect(de).toContain('- Wir geben jetzt Daten an Cloudflare, Inc. (Vereinigte Staaten) weiter. Tätigkeit für uns: „Content delivery“.');
    expect(de).toContain('- Wir speichern die Daten der Kategorie „Session recordings“ jetzt 180 Tage (bisher: 90 Tage).');
    expect(de).toContain('## Die Änderungen im Text der Datenschutzerklärung');
    const fr = run('fr', 'txt');
    // French typography in the change lines too: a no-break space before the colon, inside « ».
    expect(fr).toContain('Prestation fournie\u00a0: «\u00a0Content delivery\u00a0».');
    expect(fr).toContain('Les mots supprimés apparaissent [-ainsi-], les mots ajoutés {+ainsi+}.');
    const redline = {
      de: ['Die Änderungen im Text der Datenschutzerklärung', 'Ihre Rechte'],
      fr: ['Les modifications du texte de la politique', 'Vos droits'],
    } as const;
    for (const lang of ['de', 'fr'] as const) {
      for (const format of ['md', 'txt', 'html', 'json']) {
        const out = run(lang, format);
        const [heading, clauseWords] = redline[lang];
        let text = out;
        if (format === 'json') text = (JSON.parse(out) as { changes: Array<{ summary: string }> }).changes.map((c) => c.summary).join('\n');
        else {
          // The redline quotes the new policy as built in the notice's language; its markers split the company's words, so it is checked apart.
          const at = out.indexOf(heading);
          expect(at, `${lang} ${format}`).toBeGreaterThan(0);
          expect(out.slice(at)).toContain(clauseWords);
          text = out.slice(0, at).replace(/<[^>]*>/g, ' ');
        }
        expect(englishIn(text, english, company), `${lang} ${format}`).toEqual([]);
      }
    }
  });
});

describe('policyc validate on a policy written in German', () => {
  it('reports a retention end that repeats "bis" at its line, in the German sentence it would make', () => {
    dir = mkdtempSync(join(tmpdir(), 'policyc-lang-'));
    const yaml = [
      'policy:',
      '  language: de',
      'effective_date: 2026-04-03',
      'jurisdictions: [gdpr]',
      'controller: { name: Beispiel GmbH, email: privacy@example.de, country: DE }',
      'data_categories:',
      '  - { id: account, name: Kontodaten }',
      'purposes:',
      '  - { id: service, name: Bereitstellung des Dienstes, lawful_basis: contract, data_categories: [account] }',
      'retention:',
      '  - data_categories: [account]',
      '    period: until_purpose_fulfilled',
      '    until: bis Sie Ihren Browser schließen',
      'rights:',
      '  everyone: [access, rectification, erasure, restriction, portability, object, complaint]',
      'changes: { notice_period: P30D, channels: [email] }',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'privacy.yaml'), yaml);
    const bad = policyc(['validate', '--format', 'json'], { cwd: dir });
    expect(bad.code, bad.stderr).toBe(1);
    const { diagnostics } = JSON.parse(bad.stdout) as { diagnostics: Array<{ code: string; line: number; message: string }> };
    expect(diagnostics.map(({ code, line }) => [code, line])).toEqual([['fragment-fits-sentence', 13]]);
    expect(diagnostics[0]?.message).toContain('"Kontodaten: bis bis Sie Ihren Browser schließen."');

    // The phrase alone fits "bis …", and validate accepts it.
    writeFileSync(join(dir, 'privacy.yaml'), yaml.replace('until: bis Sie', 'until: Sie'));
    const good = policyc(['validate'], { cwd: dir });
    expect(good.code, good.stdout + good.stderr).toBe(0);
  });
});
