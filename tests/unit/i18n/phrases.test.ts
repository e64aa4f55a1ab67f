import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import type { NoticePhrases } from '../../../src/i18n/phrases/en.js';

/**
 * The notice phrases of each language (src/i18n/phrases/<lang>.ts): the shape every language
 * shares, and the phrases whose words change with a number or a list.
 */

const de = LANGUAGES.de;
const fr = LANGUAGES.fr;
const say = (language: typeof de, write: (phrases: NoticePhrases) => string): string => inLanguage(language, () => write(language.notice.phrases));

/** The paths of a phrase book's entries, functions and strings alike. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function' || typeof value === 'string') return [path];
  if (Array.isArray(value)) return [path];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
}

describe('the notice phrases', () => {
  it('have the English ones’ shape in every language, none left out by a cast', () => {
    const english = shape(LANGUAGES.en.notice.phrases).sort();
    for (const [code, catalog] of Object.entries(LANGUAGES)) expect(shape(catalog.notice.phrases).sort(), code).toEqual(english);
  });

  it('say one and several in the number they name', () => {
    expect(say(de, (p) => p.cookies.toolsAdded(['Matomo']))).toBe('Wir verwenden jetzt ein neues Tracking-Tool: Matomo.');
    expect(say(de, (p) => p.cookies.toolsAdded(['Matomo', 'Hotjar']))).toBe('Wir verwenden jetzt neue Tracking-Tools: Matomo und Hotjar.');
    expect(say(fr, (p) => p.cookies.toolsAdded(['Matomo']))).toBe('Nous utilisons désormais un nouvel outil de traçage : Matomo.');
    expect(say(fr, (p) => p.cookies.toolsRemoved(['Matomo', 'Hotjar']))).toBe('Nous n’utilisons plus ces outils de traçage : Matomo et Hotjar.');
    expect(say(de, (p) => p.notice.more(1))).toBe('Und eine weitere Änderung, siehe unten.');
    expect(say(de, (p) => p.notice.more(3))).toBe('Und drei weitere Änderungen, siehe unten.');
    expect(say(fr, (p) => p.notice.more(1))).toBe('Et une autre modification, détaillée ci-dessous.');
    expect(say(fr, (p) => p.controller.directors(['Ada Lovelace'], 'managing_directors'))).toBe('Notre dirigeant est désormais Ada Lovelace.');
    expect(say(fr, (p) => p.controller.directors(['Ada Lovelace', 'Alan Turing'], 'managing_directors'))).toBe(
      'Nos dirigeants sont désormais Ada Lovelace et Alan Turing.',
    );
  });

  it('name the office of the people who run the company as its legal form has it', () => {
    const en = LANGUAGES.en;
    const lead = (language: typeof de, role: Parameters<NoticePhrases['controller']['managementLead']>[0], count: number, now = false) =>
      say(language, (p) => p.controller.managementLead(role, count, now));
    expect(lead(en, 'managing_directors', 2)).toBe('Our managing directors are');
    expect(lead(en, 'board', 1)).toBe('The member of our board is');
    expect(lead(en, 'partners', 2, true)).toBe('The partners in our business are now');
    expect(lead(en, 'owner', 1, true)).toBe('Our business is now owned and run by');
    expect(lead(de, 'board', 3)).toBe('Vorstand:');
    expect(lead(de, 'owner', 1)).toBe('Inhaber:');
    expect(lead(fr, 'board', 2)).toBe('Les membres de notre conseil d’administration sont');
    expect(lead(fr, 'owner', 1, true)).toBe('Notre entreprise est désormais dirigée par son propriétaire,');
    expect(say(de, (p) => p.controller.directors(['Erika Mustermann', 'Max Mustermann'], 'board'))).toBe(
      'Unser Vorstand besteht jetzt aus Erika Mustermann und Max Mustermann.',
    );
    expect(say(de, (p) => p.controller.directors(undefined, 'owner'))).toBe('Die Datenschutzerklärung nennt den Inhaber unseres Unternehmens nicht mehr.');
    expect(say(en, (p) => p.controller.directors(undefined, 'board'))).toBe('The policy no longer names the members of our board.');
    expect(say(fr, (p) => p.controller.directors(['Ada Lovelace', 'Alan Turing'], 'partners'))).toBe(
      'Nos associés sont désormais Ada Lovelace et Alan Turing.',
    );
  });

  it('name one category or list several, each quoted', () => {
    expect(say(de, (p) => p.purposes.dataAdded(['Nutzungsdaten'], 'Analyse'))).toBe(
      'Für „Analyse“ verwenden wir jetzt auch Ihre Daten der Kategorie „Nutzungsdaten“.',
    );
    expect(say(de, (p) => p.purposes.dataAdded(['Kontodaten', 'Nutzungsdaten', 'Zahlungsdaten'], 'Analyse'))).toBe(
      'Für „Analyse“ verwenden wir jetzt auch Ihre Daten der Kategorien „Kontodaten“, „Nutzungsdaten“ und „Zahlungsdaten“.',
    );
    expect(say(fr, (p) => p.subprocessors.dataRemoved('Stripe', ['Données de compte', 'Données d’usage']))).toBe(
      'Stripe ne reçoit plus vos données des catégories «\u00a0Données de compte\u00a0» et «\u00a0Données d’usage\u00a0».',
    );
  });

  it('decline and contract what follows a preposition', () => {
    // German: the dative after "innerhalb von", the accusative for a span on its own.
    expect(say(de, (p) => p.rights.responseTime('gdpr', 'P1M', 'P30D'))).toBe(
      'Wir beantworten Anträge nach der DSGVO jetzt innerhalb von 1 Monat statt innerhalb von 30 Tagen.',
    );
    expect(say(de, (p) => p.changes.noticePeriod('P14D', 'P30D'))).toBe(
      'Wir informieren Sie über wichtige Änderungen jetzt 14 Tage vor ihrem Inkrafttreten statt 30 Tage vorher.',
    );
    // French: "de" contracted and elided before the article it meets.
    expect(say(fr, (p) => p.purposes.basis('Facturation', ['contract'], undefined, ['legal_obligation']))).toBe(
      'Pour «\u00a0Facturation\u00a0», nous nous fondons désormais sur notre contrat avec vous au lieu d’une obligation légale.',
    );
    // Before each of several bases, as French repeats it.
    expect(say(fr, (p) => p.purposes.basis('Facturation', ['consent'], undefined, ['contract', 'legal_obligation']))).toBe(
      'Pour «\u00a0Facturation\u00a0», nous nous fondons désormais sur votre consentement au lieu de notre contrat avec vous et d’une obligation légale.',
    );
    expect(say(fr, (p) => p.rights.added('gdpr', 'access'))).toBe('Au titre du RGPD, vous disposez désormais du droit d’accès.');
    expect(say(fr, (p) => p.rights.removed(undefined, 'portability'))).toBe('Nous n’accordons plus à toute personne le droit à la portabilité des données.');
  });

  it('close a German label’s subordinate clause with a comma when the sentence goes on', () => {
    expect(say(de, (p) => p.wording.removed(p.contact.labels.parents))).toBe('Wir haben die Anschrift, an die Eltern schreiben können, entfernt.');
    expect(say(de, (p) => p.wording.removed(p.contact.labels.phone))).toBe('Wir haben unsere Telefonnummer entfernt.');
  });

  it('count the days of a late notice in the number they name', () => {
    const late = { noticeDate: 'D', effective: 'E', period: '30 Tagen', earliest: 'F' };
    expect(say(de, (p) => p.notice.late({ ...late, days: 1 }))).toContain('nur 1 Tag vor dem Inkrafttreten');
    expect(say(de, (p) => p.notice.late({ ...late, days: -2 }))).toContain('2 Tage nach dem Inkrafttreten');
    expect(say(fr, (p) => p.notice.late({ ...late, days: 0 }))).toContain('le jour même de l’entrée en vigueur des modifications (E)');
  });
});
