import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyc } from '../support/cli.js';

/**
 * The right to object to direct marketing (GDPR and UK GDPR Art. 21(2)–(4)), through
 * bin/policyc.js: a shop's offers by email on legitimate interests, built in three languages with
 * --explain, validated, and diffed (legal review 2026-12-07g, left open).
 */
const POLICY = `effective_date: 2026-05-04
policy: { languages: [de, fr] }
jurisdictions: [gdpr, uk_gdpr]
controller: { name: Kettle Ltd, email: hello@kettle.example, country: GB }
data_categories:
  - { id: customer, name: { en: Customer details, de: Kundendaten, fr: Données client }, examples: [email address], source: provided }
purposes:
  - id: offers
    name: { en: Email you offers, de: Angebote per E-Mail, fr: Envoi d’offres par e-mail }
    lawful_basis: legitimate_interests
    legitimate_interest:
      en: telling our customers about products like those they bought
      de: die Information unserer Kunden über ähnliche Produkte
      fr: l’information de nos clients sur des produits similaires
    data_categories: [customer]
    direct_marketing:
      opt_out:
        en: use the unsubscribe link at the end of each of our emails
        de: nutzen Sie den Abmeldelink am Ende jeder unserer E-Mails
        fr: utilisez le lien de désinscription présent à la fin de chacun de nos e-mails
retention:
  - { data_categories: [customer], period: P2Y }
rights:
  email: privacy@kettle.example
  gdpr: { rights: [access, rectification, erasure, restriction, portability, object, complaint] }
  uk_gdpr: { rights: [access, rectification, erasure, restriction, portability, object, complaint] }
changes: { notice_period: P30D, channels: [email] }
`;

const NBSP = '\u00a0';
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-marketing-'));
  writeFileSync(join(work, 'privacy.yaml'), POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Explained {
  sentences: Array<{ text: string; sources: Array<{ kind: string; path?: string; line?: number; id?: string }> }>;
}

const lineOf = (text: string): number => POLICY.split('\n').indexOf(text) + 1;

describe('the right to object to direct marketing, through bin/policyc.js', () => {
  it('states the right apart, and --explain traces it to the law and to the purpose', () => {
    const run = policyc(['build', 'privacy.yaml', '--formats', 'md,txt', '--explain'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(work, 'privacy.md'), 'utf8');
    expect(md).toContain('### Your right to object to direct marketing');
    expect(md).toContain(
      `You can object at any time to our use of your personal data for direct marketing, including profiling to the extent that it is related to direct marketing; if you object, we will no longer use your personal data for direct marketing (Art.${NBSP}21(2) and (3) GDPR and UK GDPR).`,
    );
    expect(md).toContain('- **Email you offers.** To object, use the unsubscribe link at the end of each of our emails.');
    expect(md).toContain('You can also object by emailing us at [privacy@kettle.example](mailto:privacy@kettle.example).');
    const explained = JSON.parse(readFileSync(join(work, 'privacy.explain.json'), 'utf8')) as Explained;
    const right = explained.sentences.find((s) => s.text.startsWith('You can object at any time to our use'));
    expect(right?.sources).toContainEqual({ kind: 'law', id: 'gdpr.art-21-2-and-3' });
    expect(right?.sources).toContainEqual({ kind: 'law', id: 'uk_gdpr.art-21-2-and-3' });
    expect(right?.sources).toContainEqual(expect.objectContaining({ kind: 'yaml', path: 'purposes[0].direct_marketing' }));
    expect(right?.sources).toContainEqual({ kind: 'yaml', path: 'purposes[0].lawful_basis', line: lineOf('    lawful_basis: legitimate_interests') });
    const optOut = explained.sentences.find((s) => s.text.startsWith('To object, use the unsubscribe link'));
    expect(optOut?.sources).toContainEqual({
      kind: 'yaml',
      path: 'purposes[0].direct_marketing.opt_out',
      line: lineOf('        en: use the unsubscribe link at the end of each of our emails'),
    });
    const contact = explained.sentences.find((s) => s.text.startsWith('You can also object by emailing us'));
    expect(contact?.sources).toContainEqual(expect.objectContaining({ kind: 'yaml', path: 'rights.email' }));
  });

  it('writes the German and French paragraphs in the laws’ own terms', () => {
    for (const lang of ['de', 'fr']) expect(policyc(['build', 'privacy.yaml', '--formats', 'md', '--lang', lang], { cwd: work }).code).toBe(0);
    const de = readFileSync(join(work, 'privacy.de.md'), 'utf8').replace(/\u00a0/gu, ' ');
    expect(de).toContain('### Ihr Recht auf Widerspruch gegen Direktwerbung');
    expect(de).toContain(
      'Sie haben das Recht, jederzeit Widerspruch gegen die Verarbeitung Ihrer personenbezogenen Daten zum Zwecke der Direktwerbung einzulegen, auch gegen das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht; wenn Sie widersprechen, verarbeiten wir Ihre personenbezogenen Daten nicht mehr für Zwecke der Direktwerbung (Art. 21 Abs. 2 und 3 DSGVO und UK GDPR).',
    );
    expect(de).toContain('- **Angebote per E-Mail.** Um zu widersprechen, nutzen Sie den Abmeldelink am Ende jeder unserer E-Mails.');
    expect(de).toContain('Sie können auch per E-Mail an [privacy@kettle.example](mailto:privacy@kettle.example) widersprechen.');
    const fr = readFileSync(join(work, 'privacy.fr.md'), 'utf8').replace(/[\u00a0\u202f]/gu, ' ');
    expect(fr).toContain('### Votre droit d’opposition à la prospection');
    expect(fr).toContain(
      'Vous pouvez vous opposer à tout moment au traitement de vos données personnelles à des fins de prospection, y compris au profilage dans la mesure où il est lié à une telle prospection ; si vous vous y opposez, nous ne traitons plus vos données personnelles à des fins de prospection (art. 21.2 et 21.3 RGPD et UK GDPR).',
    );
    expect(fr).toContain('- **Envoi d’offres par e-mail.** Pour vous y opposer, utilisez le lien de désinscription présent à la fin de chacun de nos e-mails.');
    expect(fr).toContain('Vous pouvez aussi vous y opposer en nous écrivant à [privacy@kettle.example](mailto:privacy@kettle.example).');
  });

  it('warns when marketing on legitimate interests says no way to opt out, and prints the rights contact alone', () => {
    const bare = POLICY.replace(/ {4}direct_marketing:\n(?: {6,}.*\n)+/u, '    direct_marketing: true\n');
    writeFileSync(join(work, 'bare.yaml'), bare);
    const run = policyc(['validate', 'bare.yaml', '--format', 'json'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('marketing-objection-channel');
    expect(run.stdout).toContain("Purpose 'offers' is direct marketing on legitimate_interests, but the file does not say how to opt out of it");
    expect(policyc(['build', 'bare.yaml', '--formats', 'md', '--quiet'], { cwd: work }).code).toBe(0);
    expect(readFileSync(join(work, 'bare.md'), 'utf8')).toContain('To object, email us at [privacy@kettle.example](mailto:privacy@kettle.example).');
  });

  it('tells the reader when a purpose becomes direct marketing', () => {
    writeFileSync(join(work, 'before.yaml'), POLICY.replace(/ {4}direct_marketing:\n(?: {6,}.*\n)+/u, ''));
    const run = policyc(['diff', 'before.yaml', 'privacy.yaml', '--format', 'json'], { cwd: work });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({
        kind: 'purpose.direct_marketing',
        level: 'material',
        path: 'purposes[0].direct_marketing',
        summary: 'We now use your data for direct marketing: “Email you offers”.',
      }),
    ]);
    const de = policyc(['diff', 'before.yaml', 'privacy.yaml', '--format', 'json', '--lang', 'de'], { cwd: work });
    expect((JSON.parse(de.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({ summary: 'Wir verwenden Ihre Daten jetzt für Direktwerbung: „Angebote per E-Mail“.' }),
    ]);
  });
});
