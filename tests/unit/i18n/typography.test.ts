import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import { lawsUnder, lawsUnderTitle } from '../../../src/render/helpers/law.js';
import { retentionPeriod } from '../../../src/render/helpers/retention.js';
import { clauseComma, proseList } from '../../../src/render/helpers/text.js';

/** The corrections of docs/reviews/i18n-2026-12-06.md that live in the catalogs and helpers. */
const { de, fr, en } = LANGUAGES;
const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('French typography', () => {
  const typeset = fr.typography!;

  it('puts a no-break space before a colon and inside guillemets, a narrow one before ; ! ?', () => {
    expect(typeset('Données utilisées : A ; B. « Sessionly » ? Oui !')).toBe(
      `Données utilisées${NBSP}: A${NNBSP}; B. «${NBSP}Sessionly${NBSP}»${NNBSP}? Oui${NNBSP}!`,
    );
  });

  it('leaves Markdown syntax and links alone', () => {
    expect(typeset('| A | B |\n| :--- | ---: |')).toBe('| A | B |\n| :--- | ---: |');
    expect(typeset('[https://a.example/?q=1](https://a.example/?q=1)')).toBe('[https://a.example/?q=1](https://a.example/?q=1)');
  });

  it('holds a CNIL-style citation together', () => {
    expect(typeset('(art. 6.1.a RGPD et UK GDPR)')).toBe(`(art.${NBSP}6.1.a${NBSP}RGPD et UK GDPR)`);
  });
});

describe('German typography', () => {
  it('holds "Art. 6 Abs. 1 lit. a DSGVO" together after keepCitationsTogether joined "Art. 6"', () => {
    expect(de.typography!(`Art.${NBSP}6 Abs. 1 lit. a DSGVO und Art.${NBSP}27 DSGVO`)).toBe(
      `Art.${NBSP}6${NBSP}Abs.${NBSP}1${NBSP}lit.${NBSP}a${NBSP}DSGVO und Art.${NBSP}27${NBSP}DSGVO`,
    );
  });
});

describe('lists and laws in German and French', () => {
  it('put no separator before the last conjunction, as English does', () => {
    const items = ['Stripe, Inc.', 'Agora, Inc.', 'Resend, Inc.'];
    expect(inLanguage(en, () => proseList(items))).toBe('Stripe, Inc.; Agora, Inc.; and Resend, Inc.');
    expect(inLanguage(de, () => proseList(items))).toBe('Stripe, Inc.; Agora, Inc. und Resend, Inc.');
    expect(inLanguage(de, () => proseList(['Fotos', 'Nutzungs- und Gerätedaten']))).toBe('Fotos und Nutzungs- und Gerätedaten');
  });

  it('say the preposition once before several laws, and a little-known one in full', () => {
    expect(inLanguage(de, () => lawsUnder(['gdpr', 'uk_gdpr', 'swiss_fadp']))).toBe('nach der DSGVO, der UK GDPR und dem nDSG');
    expect(inLanguage(fr, () => lawsUnder(['gdpr', 'uk_gdpr', 'swiss_fadp']))).toBe('au titre du RGPD, du UK GDPR et de la nLPD');
    expect(inLanguage(de, () => lawsUnderTitle(['ccpa']))).toBe(
      'nach dem California Consumer Privacy Act (CCPA) in der Fassung des California Privacy Rights Act (CPRA)',
    );
  });

  it('set off a German subordinate clause with a comma, and nothing else', () => {
    expect(inLanguage(de, () => clauseComma('indem Sie das Kästchen ankreuzen'))).toBe(',');
    expect(inLanguage(de, () => clauseComma('per Klick auf das Kästchen'))).toBe('');
    expect(inLanguage(en, () => clauseComma('when you tick the box'))).toBe('');
  });

  it('name a retention span in the accusative, without "für die Dauer von"', () => {
    expect(inLanguage(de, () => retentionPeriod('P90D'))).toBe('90 Tage');
    expect(inLanguage(de, () => retentionPeriod('P30D', true))).toBe('bis zu 30 Tage');
    expect(inLanguage(de, () => retentionPeriod('account_lifetime'))).toBe('solange Ihr Konto besteht');
  });
});

describe('a French change notice', () => {
  it('is set in French typography, as the policy is', async () => {
    const { renderNotice } = await import('../../../src/diff/notice/index.js');
    const notice = {
      subject: 'Modifications',
      intro: ['Nous mettons à jour la politique.'],
      summary: ['Nous avons modifié la manière dont nous répondons aux signaux « Do Not Track ».'],
      groups: [],
      closing: [],
      changes: [],
      email: 'privacy@example.com',
    } as unknown as Parameters<typeof renderNotice>[0];
    const md = inLanguage(fr, () => renderNotice(notice, 'md'));
    expect(md).toContain(`signaux «${NBSP}Do Not Track${NBSP}».`);
    expect(inLanguage(en, () => renderNotice(notice, 'md'))).toContain('signaux « Do Not Track ».');
  });
});
