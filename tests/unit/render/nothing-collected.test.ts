import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPolicy } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { checkSource } from '../../../src/validate/index.js';

/**
 * A policy that collects nothing (`data_categories: []`, `purposes: []`; Codee's, in
 * tests/fixtures/real/codee) says so, in each language, and says nothing about the uses, bases,
 * retention or recipients of data it does not collect; who the company is, how to reach it, the
 * rights it lists and how changes are announced stay.
 */
const file = 'tests/fixtures/real/codee/privacy.yaml';
const codee = (change: (p: Policy) => void = () => {}): Policy => {
  const policy = parse(readFileSync(file, 'utf8')) as Policy;
  change(policy);
  // The file a user would write: the front end must accept it without an error.
  const checked = checkSource(JSON.stringify(policy), 'privacy.yaml');
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policy;
};
const md = (policy: Policy, language: 'en' | 'de' | 'fr' = 'en'): string => buildPolicy(policy, { language }).md;

/** Headings of the sections that exist only for collected data, and key points about it, per language. */
const ABOUT_DATA = {
  en: [
    /How we use/u,
    /legal bases/iu,
    /How long we keep/u,
    /Who receives it/u,
    /How we use it/u,
    /described in this policy/u,
    /We collect the following/u,
    /how we handle/u,
  ],
  de: [/verwenden/u, /Rechtsgrundlage/u, /Wie lange/u, /Wer sie erhält/u, /beschriebenen personenbezogenen/u, /Wir erheben folgende/u, /Umgang mit Ihren/u],
  fr: [
    /Comment nous utilisons/u,
    /bases juridiques/iu,
    /Combien de temps/u,
    /décrites dans la présente politique/u,
    /Nous collectons les/u,
    /dont nous traitons vos/u,
  ],
} as const;

describe('a policy that collects no personal data', () => {
  it.each([
    [
      'en',
      'This policy explains that Codee does not collect personal data when you use our services.',
      'no personal data.',
      'We do not collect any personal data.',
    ],
    [
      'de',
      'Diese Datenschutzerklärung erläutert, dass Codee keine personenbezogenen Daten erhebt, wenn Sie unsere Dienste nutzen.',
      'keine personenbezogenen Daten.',
      'Wir erheben keine personenbezogenen Daten.',
    ],
    [
      'fr',
      'La présente politique explique que Codee ne collecte pas de données personnelles lorsque vous utilisez nos services.',
      'aucune donnée personnelle.',
      'Nous ne collectons aucune donnée personnelle.',
    ],
  ] as const)(
    'says so in %s, in the introduction, the key points and the collection section, and nothing else about data',
    (language, intro, point, section) => {
      const out = md(codee(), language);
      expect(out).toContain(intro);
      // The first key point is what is collected; no other point speaks of data.
      const points = out.split('\n').filter((line) => line.startsWith('- ['));
      expect(points[0]).toMatch(new RegExp(`${point}$`, 'u'));
      expect(points).toHaveLength(2);
      expect(out).toContain(section);
      for (const words of ABOUT_DATA[language]) expect(out, String(words)).not.toMatch(words);
      // What stays: who we are, the DPO, changes and the contact.
      expect(out).toContain('Appentra Solutions SL');
      expect(out).toContain('info@codee.com');
      // Key points, who we are, what we collect, changes, contact.
      expect(out.match(/^## /gmu)?.length).toBe(5);
    },
  );

  it('keeps the rights it lists, in the introduction and the key points, and says nothing about selling data it does not have', () => {
    const out = md(
      codee((p) => {
        p.rights = { everyone: ['access', 'erasure', 'complaint'] };
        p.sale_and_sharing = { sells: false };
        p.cookies = { used: ['strictly_necessary'] };
        p.children = { min_age: 16, knowingly_collects: false };
      }),
    );
    expect(out).toContain('This policy explains that Codee does not collect personal data when you use our services, and sets out the rights you have.');
    expect(out).toMatch(/^- \[Your rights\]/mu);
    expect(out).not.toMatch(/^- \[Who receives it\]/mu);
    expect(out).not.toContain('We share personal data as described below.');
    expect(out).toContain('We do not sell your personal data.');
    expect(out).toMatch(/## Your rights/u);
    expect(out).toMatch(/## Cookies/u);
  });

  it('says "personal information" where only the CCPA applies, elided in French', () => {
    const ccpa = codee((p) => {
      p.jurisdictions = ['ccpa'];
      delete p.other_laws;
    });
    expect(md(ccpa)).toContain('We do not collect any personal information.');
    const fr = md(ccpa, 'fr');
    expect(fr).toContain('ne collecte pas d’informations personnelles lorsque');
    expect(fr).toContain('Nous ne collectons aucune information personnelle.');
  });

  it('traces "nothing collected" to the empty lists under --explain', () => {
    const explanation = buildPolicy(codee(), { explain: true }).explain;
    const traced = (text: string): string[] =>
      (explanation?.sentences.find((s) => s.text === text)?.sources ?? []).flatMap((s) => (s.kind === 'yaml' ? [s.path] : []));
    for (const text of ['What we collect: no personal data.', 'We do not collect any personal data.']) {
      expect(traced(text), text).toEqual(expect.arrayContaining(['data_categories', 'purposes']));
    }
  });

  it('leaves a policy that collects data as it was', () => {
    const out = md(
      codee((p) => {
        p.data_categories = [{ id: 'email', name: 'Email address' }];
        p.purposes = [
          { id: 'reply', name: 'Answer your questions', lawful_basis: 'legitimate_interests', legitimate_interest: 'answering', data_categories: ['email'] },
        ];
      }),
    );
    expect(out).toContain('This policy explains how Codee collects and uses personal data');
    expect(out).toContain('As the controller of the personal data described in this policy');
    expect(out).toMatch(/## How we use your personal data/u);
  });
});
