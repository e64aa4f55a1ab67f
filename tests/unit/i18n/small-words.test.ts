import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import { diffPolicies } from '../../../src/diff/index.js';
import { inLanguage } from '../../../src/i18n/active.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import { countInWords } from '../../../src/i18n/numbers.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { listHead } from '../../../src/render/helpers/text.js';
import { checkSource } from '../../../src/validate/index.js';

/**
 * Small words that misled or read wrong in the policies built from Common Voice (French), MDN Plus
 * (German) and Let's Encrypt (English): examples printed as a closed list (13a E4, 13c E7), counts
 * in digits (13a L3, 13b E8, 13c), a capital letter and stacked colons after a colon (13a L1–L3),
 * and "Analytics, which help" (13a L5).
 */
function voice(change: (p: Policy) => void = () => {}): Policy {
  const policy: Policy = {
    effective_date: '2026-01-05',
    jurisdictions: ['gdpr'],
    controller: { name: 'Mozilla Corporation', email: 'compliance@mozilla.example', country: 'US' },
    data_categories: [
      { id: 'demo', name: 'Demographic data', examples: ['your accent', 'your age', 'your sex'], source: 'provided' },
      { id: 'account', name: 'Account data', examples: ['username', 'email address'], source: 'provided' },
      { id: 'ocsp', name: 'OCSP request data', examples: ['your IP address', 'your browser'], examples_complete: true, source: 'automatic' },
      { id: 'interaction', name: 'Interaction data', examples: ['clicks'], source: 'automatic', source_detail: 'Google Analytics' },
      { id: 'technical', name: 'Technical data', examples: ['screen resolution'], source: 'automatic' },
      { id: 'avatar', name: 'Avatar', description: 'The avatar you provided.', source: 'provided' },
    ],
    purposes: [1, 2, 3, 4, 5].map((n) => ({ id: `p${n}`, name: `Purpose ${n}`, data_categories: ['demo'] })),
    subprocessors: [{ name: 'Google Analytics', purpose: 'Analytics', location: 'US', data_categories: ['interaction', 'technical'] }],
    retention: [
      { data_categories: ['account'], period: 'account_lifetime' },
      { data_categories: ['demo'], period: 'P1Y' },
    ],
    cookies: { used: ['strictly_necessary', 'preferences', 'analytics', 'advertising', 'social_media'] },
  };
  change(policy);
  const checked = checkSource(JSON.stringify(policy), 'privacy.yaml');
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policy;
}

const md = (policy: Policy, language: 'en' | 'de' | 'fr'): string => buildPolicy(policy, { language }).md;

describe('countInWords: one to twelve in words, in running text', () => {
  it('writes one to twelve in words in each language, and other counts in digits', () => {
    expect([1, 2, 7, 12, 13, 0].map((n) => countInWords(n, 'en'))).toEqual(['one', 'two', 'seven', 'twelve', '13', '0']);
    expect([2, 5, 12].map((n) => countInWords(n, 'de'))).toEqual(['zwei', 'fünf', 'zwölf']);
    expect([2, 8, 11].map((n) => countInWords(n, 'fr'))).toEqual(['deux', 'huit', 'onze']);
  });

  it('gives 1 the form that agrees with its noun where the caller says it', () => {
    expect(countInWords(1, 'de', 'eine')).toBe('eine');
    expect(countInWords(1, 'fr', 'une')).toBe('une');
    expect(countInWords(3, 'fr', 'une')).toBe('trois');
  });

  it('writes the counts of the key points in words, agreeing in German and French', () => {
    expect(md(voice(), 'en')).toContain('and two other kinds of personal data');
    expect(md(voice(), 'en')).toContain('for five purposes');
    expect(md(voice(), 'en')).toContain('one other period is set out below');
    expect(md(voice(), 'en')).toContain('no period is set out for four other kinds');
    expect(md(voice(), 'de')).toContain('und zwei weitere Arten personenbezogener Daten');
    expect(md(voice(), 'de')).toContain('für fünf Zwecke');
    expect(md(voice(), 'de')).toContain('eine weitere Speicherfrist ist unten aufgeführt');
    expect(md(voice(), 'de')).toContain('für vier weitere Datenarten');
    expect(md(voice(), 'fr')).toContain('et deux autres catégories de données personnelles');
    expect(md(voice(), 'fr')).toContain('pour cinq finalités');
    expect(md(voice(), 'fr')).toContain('une autre durée de conservation est indiquée');
    const one = voice((p) => (p.purposes = p.purposes.slice(0, 1)));
    expect(md(one, 'de')).toContain('für einen Zweck: „Purpose 1“');
    expect(md(one, 'fr')).toMatch(/pour une finalité\s:\s«\sPurpose 1\s»/u);
    expect(md(one, 'en')).toContain('for one purpose: “Purpose 1”');
  });

  it('stacks no colons in the key point on retention', () => {
    expect(md(voice(), 'fr')).toMatch(/les conservons\]\([^)]*\)\s:\saccount data, tant que/u);
    expect(md(voice(), 'de')).toMatch(/speichern\]\([^)]*\): Account data, solange/u);
  });

  it('leaves durations in digits', () => {
    expect(md(voice(), 'en')).toContain('1 year');
    expect(md(voice(), 'en')).not.toContain('one year');
  });
});

describe('examples are examples unless the file says the list is complete', () => {
  it('prints the items of a category as examples in each language, after a colon in lower case', () => {
    expect(md(voice(), 'en')).toContain('**Demographic data**: For example, your accent, your age and your sex.');
    expect(md(voice(), 'de')).toContain('**Demographic data**: zum Beispiel your accent, your age und your sex.');
    expect(md(voice(), 'fr')).toMatch(/\*\*Demographic data\*\*\s:\spar exemple your accent, your age et your sex\./u);
  });

  it('prints a complete list (examples_complete) as the whole category', () => {
    expect(md(voice(), 'en')).toContain('**OCSP request data**: Your IP address and your browser.');
    expect(md(voice(), 'de')).toContain('**OCSP request data**: your IP address und your browser.');
    expect(md(voice(), 'fr')).toMatch(/\*\*OCSP request data\*\*\s:\syour IP address et your browser\./u);
    for (const language of ['en', 'de', 'fr'] as const) expect(md(voice(), language)).not.toMatch(/(For example|zum Beispiel|par exemple),? your IP/);
  });

  it('tells a reader in a change notice when items stop being the whole category, or become it', () => {
    const before = voice();
    const open = diffPolicies(
      voice((p) => (p.data_categories[2] = { ...p.data_categories[2]!, examples_complete: true })),
      voice((p) => delete p.data_categories[2]!.examples_complete),
    ).changes;
    expect(open.map((c) => [c.kind, c.level, c.summary])).toContainEqual([
      'data_category.changed',
      'material',
      'The items listed for “OCSP request data” are now only examples: it may include others.',
    ]);
    const closed = diffPolicies(
      before,
      voice((p) => (p.data_categories[0] = { ...p.data_categories[0]!, examples_complete: true })),
    ).changes;
    expect(closed.map((c) => [c.kind, c.level])).toContainEqual(['data_category.narrowed', 'minor']);
    const added = diffPolicies(
      before,
      voice((p) => p.data_categories.push({ id: 'new', name: 'Contact data', examples: ['phone number'], source: 'provided' })),
    ).changes;
    expect(added.map((c) => c.summary)).toContain('We now collect a new category of data, “Contact data”: for example phone number.');
  });
});

describe('after a colon inside a sentence', () => {
  it('runs the names of shared data on in lower case, as after "Data used:"', () => {
    expect(md(voice(), 'en')).toContain('Data shared: interaction data and technical data.');
    expect(md(voice(), 'de')).toContain('Weitergegebene Daten: Interaction data und Technical data.');
    expect(md(voice(), 'fr')).toMatch(/Données communiquées\s:\sinteraction data et technical data\./u);
  });

  it('writes the fixed words of a safeguard after "Safeguard:" in lower case, as after "Location:"', () => {
    expect(md(voice(), 'en')).toContain('Location: United States. Safeguard: not stated.');
    expect(md(voice(), 'de')).toContain('Garantie: nicht angegeben.');
    expect(md(voice(), 'fr')).toMatch(/Garantie\s:\snon précisée\./u);
  });

  it('writes no colon after a preposition, and no participle that must agree with the name', () => {
    expect(md(voice(), 'fr')).toContain('Nous les collectons via Google Analytics.');
    expect(md(voice(), 'fr')).not.toContain('Collectées via');
    expect(md(voice(), 'de')).toContain('Erhoben über Google Analytics.');
    expect(md(voice(), 'en')).toContain('Collected through Google Analytics.');
  });
});

describe('English agreement', () => {
  it('names each kind of cookie with the noun its plural verb agrees with', () => {
    const text = md(voice(), 'en');
    expect(text).toContain('- **Analytics cookies**, which help us understand');
    expect(text).toContain('- **Preference cookies**, which remember');
    expect(text).toContain('- **Advertising cookies**, which are used');
    expect(text).toContain('- **Social media cookies**, which let');
    expect(text).toContain('- **Strictly necessary cookies**, which we need');
  });
});

describe('listHead: the items before a last one the clause writes itself', () => {
  const head = (language: 'en' | 'de' | 'fr', items: string[]): string => inLanguage(LANGUAGES[language], () => listHead(items));
  it('separates plain names with commas, as the language joins a list', () => {
    expect(head('en', ['DonorBox', 'Stripe', 'Shopify'])).toBe('DonorBox, Stripe, Shopify');
    expect(head('de', ['DonorBox', 'Stripe'])).toBe('DonorBox, Stripe');
  });
  it('uses semicolons only when a name holds a comma, with the serial one in English', () => {
    expect(head('en', ['Stripe, Inc.', 'Agora, Inc.'])).toBe('Stripe, Inc.; Agora, Inc.;');
    expect(head('de', ['Stripe, Inc.', 'Agora, Inc.'])).toBe('Stripe, Inc.; Agora, Inc.');
  });
  it('is empty for no items', () => {
    expect(head('en', [])).toBe('');
  });
});
