import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import { durationInWords } from '../../../src/model/duration.js';
import { loadFixture } from '../render/load-fixture.js';

/**
 * The clauses issue 18 added or extended (scope, commitments, government requests, permissions,
 * cookies one by one, the rights process, staged deletion, US notices) read in German and French:
 * the fixture that declares every one of them leaves none of the tool's English in the other
 * languages (the company's own text there is English, as the fixture gives it).
 */
const full = loadFixture('full.yaml');
const md = (language: 'de' | 'fr'): string => buildPolicy(full, { language }).md;

const ENGLISH_CLAUSE_WORDS = [
  'What this policy covers',
  'Our commitments',
  'Requests from governments',
  'Permissions ',
  'We never sell',
  'We honor Do Not Track',
  'We do not respond to Do Not Track',
  'In the past 12 months',
  'Global Privacy Control (GPC) signal',
  'You can subscribe',
  'Only in',
  'Collected only in',
  'Recipients: ',
  'After deletion',
  'other products',
  'All products',
  'we rely on',
  'We also rely on',
  'You can also call us',
  'Someone you authorize',
  'If a request is complex',
  'We may decline a request',
  'decline to act on your request',
  'We need this data',
  'Strictly necessary',
  'First party',
  'Until you close your browser',
  'managing director',
  'VAT identification number',
  'registered with',
  'by phone at',
  'the need to protect your vital interests',
];

describe.each(['de', 'fr'] as const)('the %s policy of a file that uses every clause', (language) => {
  it('has none of the English clauses’ words', () => {
    const out = md(language);
    for (const words of ENGLISH_CLAUSE_WORDS) expect(out, words).not.toContain(words);
  });

  it('writes no clause from the English, so build does not warn', () => {
    expect(buildPolicy(full, { language }).stale ?? []).toEqual([]);
  });
});

describe('German durations', () => {
  it('are dative after a preposition and accusative for a span of their own', () => {
    inLanguage(LANGUAGES.de, () => {
      expect(durationInWords('P30D')).toBe('30 Tagen');
      expect(durationInWords('P30D', 'accusative')).toBe('30 Tage');
      expect(durationInWords('P1Y6M', 'accusative')).toBe('1 Jahr und 6 Monate');
      expect(durationInWords('P1D', 'accusative')).toBe('1 Tag');
    });
    expect(inLanguage(LANGUAGES.fr, () => durationInWords('P30D', 'accusative'))).toBe('30 jours');
    expect(durationInWords('P30D', 'accusative')).toBe('30 days');
  });

  it('read "30 Tage vor" in the notice period and "bis zu 90 Tage lang" for preserved data', () => {
    const out = md('de');
    expect(out).toContain('mindestens 30 Tage vor ihrem Inkrafttreten');
    expect(out).not.toMatch(/\d+ (?:Tagen|Monaten|Jahren) vor /);
    expect(out).toContain('bewahren wir bis zu 90 Tage lang eine Kopie auf');
    expect(out).toContain('verbleiben die Daten bis zu 30 Tage im Papierkorb, werden sie innerhalb von weiteren 7 Tagen aus unseren aktiven Systemen entfernt');
  });
});
