import { describe, expect, it } from 'vitest';
import { buildNotice, diffPolicies, renderNotice } from '../../../src/diff/index.js';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { formatDateAfter } from '../../../src/render/helpers/date.js';
import { full } from '../diff/support.js';

/**
 * A date in running text takes the preposition its place and its precision ask for: a policy
 * dated by the month takes effect "in April 2026", „ab April 2026“, « en avril 2026 », never
 * "on April 2026", „ab dem April 2026“ or « le avril 2026 » (issue 20's review of the notices).
 */

const after = (language: keyof typeof LANGUAGES, preposition: 'on' | 'from' | 'until' | 'after', iso: string, style: 'long_us' | 'month_year') =>
  inLanguage(LANGUAGES[language], () => formatDateAfter(preposition, iso, style));

describe('a date after its preposition', () => {
  it.each([
    ['en', 'on', 'long_us', 'on April 3, 2026'],
    ['en', 'on', 'month_year', 'in April 2026'],
    ['en', 'after', 'month_year', 'after April 2026'],
    ['de', 'on', 'long_us', 'am 3. April 2026'],
    ['de', 'on', 'month_year', 'im April 2026'],
    ['de', 'from', 'long_us', 'ab dem 3. April 2026'],
    ['de', 'from', 'month_year', 'ab April 2026'],
    ['de', 'until', 'month_year', 'bis April 2026'],
    ['de', 'after', 'long_us', 'nach dem 3. April 2026'],
    ['fr', 'on', 'long_us', 'le 3 avril 2026'],
    ['fr', 'on', 'month_year', 'en avril 2026'],
    ['fr', 'from', 'month_year', 'à compter d’avril 2026'],
    ['fr', 'after', 'long_us', 'après le 3 avril 2026'],
  ] as const)('%s %s (%s): %s', (language, preposition, style, expected) => {
    expect(after(language, preposition, '2026-04-03', style)).toBe(expected);
  });

  it('elides French de only before a vowel', () => {
    expect(after('fr', 'from', '2026-03-03', 'month_year')).toBe('à compter de mars 2026');
    expect(after('fr', 'from', '2026-08-03', 'month_year')).toBe('à compter d’août 2026');
  });
});

function byMonth(): { before: Policy; after: Policy } {
  const before = full();
  before.policy = { ...before.policy, date_style: 'month_year' };
  const later = structuredClone(before);
  later.effective_date = '2027-01-15';
  later.last_updated = '2027-01-15';
  later.changes = { ...later.changes, continued_use_is_acceptance: true };
  return { before, after: later };
}

function noticeIn(language: keyof typeof LANGUAGES, pair: { before: Policy; after: Policy }): string {
  return inLanguage(LANGUAGES[language], () => {
    const changes = diffPolicies(pair.before, pair.after).changes;
    return renderNotice(buildNotice(normalize(pair.before), normalize(pair.after), changes, '2026-12-01'), 'txt');
  });
}

describe('a notice for a policy dated by the month', () => {
  it.each([
    ['en', ['takes effect in January 2027', 'effective January 2027', 'after January 2027'], /\bon January 2027|\bon December 2026/],
    ['de', ['gilt ab Januar 2027', 'gültig ab Januar 2027', 'nach Januar 2027'], /ab dem Januar|nach dem Januar|am Januar/],
    ['fr', ['entre en vigueur en janvier 2027', 'après janvier 2027'], /\ble janvier|du janvier|après le janvier/],
  ] as const)('in %s, names the month with the preposition a month takes', (language, expected, wrong) => {
    const text = noticeIn(language, byMonth()).replace(/\s+/g, ' ');
    for (const phrase of expected) expect(text).toContain(phrase);
    expect(text).not.toMatch(wrong);
  });
});

describe('a policy dated by the month', () => {
  const policy = byMonth().after;
  it('says when it was last updated with the preposition a month takes, in German and French', () => {
    const de = renderMarkdown(normalize(policy), { language: 'de' });
    expect(de).toContain('Gültig ab Januar 2027 · Zuletzt aktualisiert im Januar 2027');
    const fr = renderMarkdown(normalize(policy), { language: 'fr' });
    expect(fr).toContain('En vigueur à compter de janvier 2027');
  });
});

describe('a German period that is a clause of its own', () => {
  it('is set off by a comma', () => {
    const base = full();
    const after = structuredClone(base);
    const entry = after.retention?.[1];
    if (!entry) throw new Error('the fixture has a second retention entry');
    entry.period = 'until_deleted_by_user';
    const summaries = inLanguage(LANGUAGES.de, () => diffPolicies(base, after).changes.map((c) => c.summary));
    expect(summaries.join('\n')).toMatch(/ jetzt, bis Sie /);
  });
});
