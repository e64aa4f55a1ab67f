/**
 * The statements of the law a lawyer corrected after reading a policy built from Let's Encrypt's
 * notice: each in the words of the Regulation's English, German and French texts.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Jurisdiction, Policy, Subprocessor, Transfers } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { variant } from './load-fixture.js';

const md = (policy: Policy, language?: 'de' | 'fr'): string => renderMarkdown(normalize(policy), language === undefined ? {} : { language });

/** A company in the United States under `laws`, with a purpose on each of Art. 6(1)(c) and (f). */
const policy = (laws: Jurisdiction[], edit: (p: Policy) => void = () => {}): Policy =>
  variant('minimal.yaml', (p) => {
    p.effective_date = '2022-03-11';
    p.jurisdictions = laws;
    p.controller.country = 'US';
    p.purposes = [
      { id: 'records', name: 'Keep the records the law asks for', lawful_basis: 'legal_obligation', legal_obligation: 'tax law', data_categories: ['account'] },
      {
        id: 'security',
        name: 'Keep the service secure',
        lawful_basis: 'legitimate_interests',
        legitimate_interest: 'preventing abuse',
        data_categories: ['account'],
      },
    ];
    p.rights = { gdpr: { rights: ['access', 'complaint'] }, uk_gdpr: { rights: ['access', 'complaint'] } };
    edit(p);
  });

/** The same, storing data in the United States and relying on `transfers` and `providers`. */
const transferring = (date: string, transfers: Transfers, providers: Subprocessor[] = []): Policy =>
  policy(['gdpr'], (p) => {
    p.effective_date = date;
    p.transfers = transfers;
    p.subprocessors = providers;
  });

describe('Art. 6(1)(f): legitimate interests, as the article states the basis', () => {
  it('names a third party’s interests and the person’s fundamental rights and freedoms, in each language', () => {
    expect(md(policy(['gdpr']))).toContain(
      'We use your personal data where this is necessary for the legitimate interests pursued by us or by a third party, except where they are overridden by your interests or fundamental rights and freedoms:',
    );
    expect(md(policy(['gdpr']), 'de')).toContain(
      'soweit dies zur Wahrung unserer berechtigten Interessen oder der berechtigten Interessen eines Dritten erforderlich ist, sofern nicht Ihre Interessen oder Grundrechte und Grundfreiheiten überwiegen:',
    );
    expect(md(policy(['gdpr']), 'fr')).toContain(
      'lorsque cela est nécessaire aux fins des intérêts légitimes que nous poursuivons ou que poursuit un tiers, à moins que ne prévalent vos intérêts ou vos libertés et droits fondamentaux :',
    );
  });
});

describe('Art. 6(1)(c): a legal obligation is one Union, Member State or (UK GDPR) domestic law lays down', () => {
  it('says whose law under the GDPR, the UK GDPR and both', () => {
    expect(md(policy(['gdpr']))).toContain('We use your personal data where EU law or the law of an EU Member State requires us to:');
    expect(md(policy(['uk_gdpr']))).toContain('We use your personal data where UK law requires us to:');
    expect(md(policy(['gdpr', 'uk_gdpr']))).toContain('We use your personal data where EU law, the law of an EU Member State or UK law requires us to:');
    expect(md(policy(['gdpr']))).not.toContain('where the law requires us to:');
  });

  it('in German and French', () => {
    expect(md(policy(['gdpr']), 'de')).toContain('soweit wir nach Unionsrecht oder dem Recht eines Mitgliedstaats der EU dazu verpflichtet sind:');
    expect(md(policy(['gdpr', 'uk_gdpr']), 'de')).toContain(
      'soweit wir nach Unionsrecht, dem Recht eines Mitgliedstaats der EU oder dem Recht des Vereinigten Königreichs dazu verpflichtet sind:',
    );
    expect(md(policy(['gdpr']), 'fr')).toContain('lorsque le droit de l’Union ou le droit d’un État membre de l’UE nous y oblige :');
  });
});

describe('Art. 77: a complaint where you consider that the processing infringes the Regulation', () => {
  it('says "infringes", not "breach", and "a" supervisory authority, "in particular" where you live or work', () => {
    const out = md(policy(['gdpr']));
    expect(out).toContain(
      'If you consider that our processing of your personal data infringes the GDPR, you can complain to a supervisory authority, in particular in the country where you live or work or where the alleged infringement took place.',
    );
    expect(out).not.toMatch(/breach of data protection law/u);
  });

  it('in German („gegen diese Verordnung verstößt“) and French (« constitue une violation du présent règlement »)', () => {
    expect(md(policy(['gdpr']), 'de')).toContain(
      'Sie können sich, wenn Sie der Ansicht sind, dass unsere Verarbeitung Ihrer personenbezogenen Daten gegen die DSGVO verstößt, bei einer Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat, in dem Sie leben oder arbeiten oder in dem der mutmaßliche Verstoß begangen wurde.',
    );
    expect(md(policy(['gdpr']), 'fr')).toContain(
      'Si vous estimez que notre traitement de vos données personnelles constitue une violation du RGPD, vous pouvez introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre dans lequel vous résidez ou travaillez ou dans lequel la violation aurait été commise.',
    );
  });
});

describe('Art. 13(1)(f): the absence of an adequacy decision, where a transfer rests on a safeguard', () => {
  const SECTION = /## Where we store and transfer your personal data\n[\s\S]*?(?=\n## )/u;
  const transfers = (p: Policy): string => (SECTION.exec(md(p))?.[0] ?? '').replace(/^## .*\n/u, '');

  it('states that no decision covers the United States between the Privacy Shield and the Data Privacy Framework', () => {
    const out = transfers(transferring('2022-03-11', { storage: 'US', mechanisms: ['scc'], copies_on_request: true }));
    expect(out).toContain(
      'The European Commission has not adopted an adequacy decision (Art. 45 GDPR) finding an adequate level of protection in the United States. When we transfer personal data out of the European Economic Area, we rely on Standard Contractual Clauses',
    );
  });

  it('says the decision covers only certified recipients once the Data Privacy Framework is in force', () => {
    const out = transfers(transferring('2024-01-01', { storage: 'US', mechanisms: ['scc'] }));
    expect(out).toContain(
      "The European Commission's adequacy decision (Art. 45 GDPR) for the United States covers only recipients certified under the framework it recognises (EU-U.S. Data Privacy Framework).",
    );
  });

  it('says nothing where a decision covers the transfer, or where the file names no safeguard to explain', () => {
    const certified = transferring('2024-01-01', { storage: 'IE' }, [
      { name: 'Certified Inc.', purpose: 'Hosting', location: 'US', transfer_mechanism: 'dpf' },
    ]);
    expect(transfers(certified)).not.toMatch(/adequacy decision \(/u);
    expect(transfers(transferring('2022-03-11', { storage: 'JP', mechanisms: ['scc'] }))).not.toMatch(/adequacy decision \(/u);
    expect(transfers(transferring('2022-03-11', { storage: 'US' }))).not.toMatch(/adequacy decision \(/u);
  });

  it('names the providers’ countries too, once', () => {
    const providers: Subprocessor[] = [
      { name: 'Hosting Inc.', purpose: 'Hosting', location: 'US', transfer_mechanism: 'scc' },
      { name: 'Support Ltd', purpose: 'Support', location: ['IN', 'US'], transfer_mechanism: 'scc' },
    ];
    expect(transfers(transferring('2022-03-11', { storage: 'IE' }, providers))).toContain(
      'The European Commission has not adopted an adequacy decision (Art. 45 GDPR) finding an adequate level of protection in the United States and India.',
    );
  });

  it('in German and French', () => {
    const p = transferring('2022-03-11', { storage: 'US', mechanisms: ['scc'], copies_on_request: true });
    expect(md(p, 'de')).toContain(
      'Die Europäische Kommission hat keinen Angemessenheitsbeschluss (Art. 45 DSGVO) erlassen, der ein angemessenes Schutzniveau in den Vereinigten Staaten feststellt.',
    );
    expect(md(p, 'de')).toContain('Eine Kopie der geeigneten Garantien können Sie');
    expect(md(p, 'fr')).toContain(
      'La Commission européenne n’a adopté aucune décision d’adéquation (art. 45 RGPD) constatant un niveau de protection adéquat aux États-Unis.',
    );
  });
});

describe('German legal usage of the fixed text', () => {
  const german = md(
    policy(['gdpr'], (p) => {
      p.controller.name = 'Internet Security Research Group';
      p.government_requests = { legal_process: true };
      p.subprocessors = [{ name: 'Hosting Inc.', purpose: 'Hosting', location: 'US', data_categories: ['account'] }];
    }),
    'de',
  );

  it('names the company with its article, and the authorities without a tautology', () => {
    expect(german).toContain('erläutert, wie die Internet Security Research Group personenbezogene Daten erhebt');
    expect(german).toContain('## Anfragen von Behörden, einschließlich Strafverfolgungsbehörden');
    expect(german).not.toContain('Behörden und Strafverfolgungsbehörden');
  });

  it('says data given to a provider is passed on (weitergegeben), keeping "Übermittlung" for Chapter V transfers', () => {
    expect(german).toContain('Weitergegebene Daten');
    expect(german).not.toContain('Übermittelte Daten');
  });
});
