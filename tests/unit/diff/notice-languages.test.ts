import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildNotice, diffPolicies, NOTICE_FORMATS, renderNotice, type Change } from '../../../src/diff/index.js';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../../src/i18n/languages.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { englishIn, stringsOf, withoutCompanyWords, wordsOf } from '../../support/english.js';
import { byCheck } from './cases/index.js';
import { full, schemaErrors } from './support.js';

/**
 * A German or French notice holds no English of policyc's own: every case of every check
 * (tests/unit/diff/cases), the replayed versions of real policies (tests/fixtures/replay), and each
 * example against a copy changed in many ways, is worded in
 * English, German and French; the English words policyc wrote must not appear in the others once
 * the company's own words (English, in these files) are taken out.
 */

/** Every language policyc writes but English: a new one is checked without touching this file. */
const OTHERS = LANGUAGE_CODES.filter((code) => code !== 'en');

/** The law base's names in a language, which keep the English names where the laws have no other (the CCPA and its rights, the UK IDTA). */
function lawNames(language: keyof typeof LANGUAGES): string[] {
  const law = LANGUAGES[language].law;
  return [
    ...Object.values(law.laws).flatMap((l) => [l.name, l.short, l.abbreviation]),
    ...Object.values(law.transferTools).flatMap((t) => [t.label, t.short, ...Object.values(t.namesByLaws ?? {}).flatMap((n) => [n.label, n.short])]),
    // The CCPA's rights keep their English names beside the translation ("Recht auf Auskunft – Right to Know").
    ...Object.values(law.rights).map((r) => r.label),
  ];
}

interface Pair {
  name: string;
  before: Policy;
  after: Policy;
}

function casePairs(): Pair[] {
  return Object.entries(byCheck).flatMap(([check, cases]) =>
    cases.map((c) => {
      const before = full();
      c.base?.(before);
      const after = structuredClone(before);
      c.edit(after);
      return { name: `${check}: ${c.name}`, before, after };
    }),
  );
}

/** Each pair's changes in each language, worded once: several tests read them. */
const worded = new WeakMap<Pair, Map<string, Change[]>>();
function diffIn(language: keyof typeof LANGUAGES, pair: Pair): Change[] {
  const byLanguage = worded.get(pair) ?? new Map<string, Change[]>();
  worded.set(pair, byLanguage);
  const changes = byLanguage.get(language) ?? inLanguage(LANGUAGES[language], () => diffPolicies(pair.before, pair.after).changes);
  byLanguage.set(language, changes);
  return changes;
}

/** About 200 pairs in three languages: more than a test's usual time on a machine under load. */
const SLOW = 240_000;

/** The sentences of a change a reader sees. */
const sentences = (change: Change): string[] => [change.summary, ...(change.details ?? [])];

/** policyc's English words in these pairs' notices, the company's words taken out. */
function vocabularyOf(pairs: readonly Pair[]): Set<string> {
  const words = new Set<string>();
  for (const pair of pairs) {
    const company = [...stringsOf(pair.before), ...stringsOf(pair.after)];
    for (const s of diffIn('en', pair).flatMap(sentences)) for (const w of wordsOf(withoutCompanyWords(s, company))) words.add(w);
  }
  return words;
}

/** Each version of a replayed real policy (tests/fixtures/replay) against the next. */
function replayPairs(): Pair[] {
  return ['firefox', 'github'].flatMap((name) => {
    const folder = new URL(`../../fixtures/replay/${name}/`, import.meta.url);
    const versions = readdirSync(folder)
      .filter((f) => /^\d{4}-\d{2}-\d{2}\.yaml$/.test(f))
      .sort()
      .map((f) => ({ f, policy: parse(readFileSync(new URL(f, folder), 'utf8')) as Policy }));
    return versions
      .slice(1)
      .map((v, i) => ({ name: `${name} ${versions[i]?.f} → ${v.f}`, before: (versions[i] as { policy: Policy }).policy, after: v.policy }));
  });
}

const PAIRS = [...casePairs(), ...replayPairs()];
const VOCABULARY = vocabularyOf(PAIRS);

describe('the English a notice would hold', () => {
  it('is found by the check these tests rely on', () => {
    // The detector itself: an English sentence of policyc's is caught, the company's English is not.
    expect(VOCABULARY.size).toBeGreaterThan(300);
    const company = ['Session recordings'];
    expect(englishIn('We now keep “Session recordings” longer.', VOCABULARY, company)).toEqual(['keep', 'longer', 'now']);
    expect(englishIn('Wir speichern „Session recordings“ jetzt länger.', VOCABULARY, company)).toEqual([]);
  });
});

for (const language of OTHERS) {
  describe(`a notice in ${LANGUAGES[language].name}`, () => {
    it(
      'words every change of every check case and of the replayed real policies without English',
      () => {
        const found: string[] = [];
        for (const pair of PAIRS) {
          const company = [...stringsOf(pair.before), ...stringsOf(pair.after), ...lawNames(language)];
          for (const s of diffIn(language, pair).flatMap(sentences)) {
            const english = englishIn(s, VOCABULARY, company);
            if (english.length > 0) found.push(`${pair.name}: ${s} [${english.join(', ')}]`);
          }
        }
        expect(found).toEqual([]);
      },
      SLOW,
    );

    it(
      'words each change differently from English',
      () => {
        // A phrase copied from English unchanged would slip past single words shared by both languages.
        const same: string[] = [];
        for (const pair of PAIRS) {
          const english = new Set(diffIn('en', pair).flatMap(sentences));
          for (const s of diffIn(language, pair).flatMap(sentences)) if (english.has(s)) same.push(`${pair.name}: ${s}`);
        }
        expect(same).toEqual([]);
      },
      SLOW,
    );
  });
}

/** Every check case's edit applied to one copy of an example, each kept if the copy still matches the schema. */
function changedCopy(policy: Policy): Policy {
  let copy = structuredClone(policy);
  for (const cases of Object.values(byCheck)) {
    for (const c of cases) {
      if (c.base) continue;
      const next = structuredClone(copy);
      try {
        c.edit(next);
      } catch {
        continue;
      }
      if (schemaErrors(next) === '') copy = next;
    }
  }
  copy.effective_date = '2027-01-01';
  return copy;
}

/** What a reader sees of a notice in each format: the JSON's sentences, the others' text without markup. */
function readable(rendered: string, format: (typeof NOTICE_FORMATS)[number]): string {
  if (format === 'json') {
    const json = JSON.parse(rendered) as { changes: Change[]; notice: { subject: string; warning: string | null } };
    return [json.notice.subject, json.notice.warning ?? '', ...json.changes.flatMap(sentences)].join('\n');
  }
  if (format === 'html')
    return rendered
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  // Markdown escapes and the plain text's wrapping.
  return rendered.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/\n {2,}/g, ' ');
}

const EXAMPLES = readdirSync(new URL('../../../examples/', import.meta.url));

describe('the notices of the examples, changed in every way the check cases change a policy', () => {
  for (const example of EXAMPLES) {
    const before = parse(readFileSync(new URL(`../../../examples/${example}/privacy.yaml`, import.meta.url), 'utf8')) as Policy;
    const after = changedCopy(before);
    for (const language of OTHERS) {
      const company = [...stringsOf(before), ...stringsOf(after), ...lawNames(language)];
      it(`${example}, in ${LANGUAGES[language].name}, holds no English in any format`, () => {
        const catalog = LANGUAGES[language];
        const changes = inLanguage(catalog, () => diffPolicies(before, after).changes);
        expect(changes.length).toBeGreaterThan(40);
        const notice = inLanguage(catalog, () => buildNotice(normalize(before), normalize(after), changes, '2026-01-01'));
        for (const format of NOTICE_FORMATS) {
          const text = readable(
            inLanguage(catalog, () => renderNotice(notice, format)),
            format,
          );
          expect(englishIn(text, VOCABULARY, company), `${example} ${format}`).toEqual([]);
        }
      });
    }
  }
});
