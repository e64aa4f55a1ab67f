import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES } from '../../../src/i18n/languages.js';
import { inLanguage } from '../../../src/i18n/active.js';
import { formatDate } from '../../../src/render/helpers/date.js';
import { joinList } from '../../../src/render/helpers/text.js';
import { durationInWords } from '../../../src/model/duration.js';
import { countryList } from '../../../src/render/helpers/countries.js';
import { lawfulBasisLabel } from '../../../src/render/helpers/lawful-basis.js';
import { CLAUSE_PACKS } from '../../../src/render/clause-packs.generated.js';
import { isTranslationMap, localize } from '../../../src/i18n/translations.js';
import { NOT_YET_TRANSLATED } from '../../support/translations.js';

/** Each language is complete: a clause pack with every English clause, in step with it, and a catalog. */
const clauses = (lang: string): string[] =>
  readdirSync(new URL(`../../../clauses/${lang}/`, import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.split('\\').join('/'))
    .sort();

describe.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('the %s language', (lang) => {
  it('has a clause for every English clause, and no other, but those not yet translated', () => {
    const missing = clauses('en').filter((file) => !clauses(lang).includes(file));
    expect(clauses(lang).filter((file) => !clauses('en').includes(file))).toEqual([]);
    expect(missing.every((file) => NOT_YET_TRANSLATED.includes(file.slice(0, -'.hbs'.length)))).toBe(true);
  });

  it('records the version of the English each clause translates, and none is behind', () => {
    for (const file of clauses(lang)) {
      const first = readFileSync(new URL(`../../../clauses/${lang}/${file}`, import.meta.url), 'utf8').split('\n')[0];
      expect(first, file).toMatch(new RegExp(`^\\{\\{!-- translates en/${file.replace('.', '\\.')} sha256:[0-9a-f]{12} --\\}\\}$`));
    }
    expect(CLAUSE_PACKS[lang]?.STALE).toEqual(NOT_YET_TRANSLATED);
  });

  it('is registered with a catalog whose code is its folder', () => {
    expect(LANGUAGES[lang].code).toBe(lang);
  });
});

describe('the words of each language', () => {
  const inEach = <T>(write: () => T): Record<string, T> => Object.fromEntries(LANGUAGE_CODES.map((l) => [l, inLanguage(LANGUAGES[l], write)]));

  it('writes dates from the ISO date, never a Date', () => {
    expect(inEach(() => formatDate('2026-04-01', 'long_us'))).toEqual({ en: 'April 1, 2026', de: '1. April 2026', fr: '1er avril 2026' });
    expect(inEach(() => formatDate('2026-12-24', 'long_intl'))).toEqual({ en: '24 December 2026', de: '24. Dezember 2026', fr: '24 décembre 2026' });
  });

  it('joins lists and counts durations', () => {
    expect(inEach(() => joinList(['A', 'B', 'C'], 'or'))).toEqual({ en: 'A, B or C', de: 'A, B oder C', fr: 'A, B ou C' });
    expect(inEach(() => durationInWords('P1Y6M'))).toEqual({ en: '1 year and 6 months', de: '1 Jahr und 6 Monaten', fr: '1 an et 6 mois' });
  });

  it('names countries from the generated CLDR tables, as they read after a verb of place', () => {
    expect(inEach(() => countryList(['US', 'IE']))).toEqual({
      en: 'the United States and Ireland',
      de: 'in den Vereinigten Staaten und in Irland',
      fr: 'aux États-Unis et en Irlande',
    });
  });

  it('cites the GDPR in each language’s form', () => {
    expect(
      inEach(() =>
        lawfulBasisLabel(
          'legitimate_interests',
          inLanguage(LANGUAGES.en, () => 'GDPR'),
        ),
      ),
    ).toMatchObject({
      en: 'Legitimate interests (Art. 6(1)(f) GDPR)',
    });
    expect(inLanguage(LANGUAGES.de, () => lawfulBasisLabel('legitimate_interests', 'DSGVO'))).toBe('Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)');
    expect(inLanguage(LANGUAGES.fr, () => lawfulBasisLabel('legitimate_interests', 'RGPD'))).toBe('Intérêts légitimes (art. 6.1.f RGPD)');
  });
});

describe('text given by language', () => {
  it('takes each language’s words, falling back to the file’s own', () => {
    const written = { title: { en: 'Privacy', de: 'Datenschutz' }, list: [{ name: { en: 'A', fr: 'Ä' } }], code: 'x' };
    expect(localize(written, 'de', 'en')).toEqual({ title: 'Datenschutz', list: [{ name: 'A' }], code: 'x' });
    expect(localize(written, 'fr', 'en')).toEqual({ title: 'Privacy', list: [{ name: 'Ä' }], code: 'x' });
  });

  it('only reads maps of language codes to text as translations', () => {
    expect(isTranslationMap({ en: 'a', de: 'b' })).toBe(true);
    expect(isTranslationMap({ en: 'a', street: 'b' })).toBe(false);
    expect(isTranslationMap({ en: 1 })).toBe(false);
    expect(isTranslationMap({})).toBe(false);
  });
});
