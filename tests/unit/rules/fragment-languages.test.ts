import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/validate/index.js';
import schema from '../../../schema/privacy.schema.json' with { type: 'json' };
import type { Policy } from '../../../src/model/policy.generated.js';
import { fragmentFitsSentence } from '../../../src/rules/fragment-fits-sentence.js';
import { fragmentShape } from '../../../src/rules/fragment-shape.js';
import type { FragmentShape, OtherLanguage } from '../../../src/rules/support/fragments.js';
import { check, item, policyWith } from './fixture.js';

const LANGUAGES: readonly OtherLanguage[] = ['de', 'fr'];

/** Every `x-fragment` the schema declares, with the path of the field it sits on. */
function declared(): Array<[string, FragmentShape]> {
  const out: Array<[string, FragmentShape]> = [];
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-fragment') out.push([path, value as FragmentShape]);
      else walk(value, `${path}/${key}`);
    }
  };
  walk(schema, '');
  return out;
}

/** The sensible policy written in `language`, with one change applied. */
function policyIn(language: 'de' | 'fr', change: (policy: Policy) => void): Policy {
  return policyWith((p) => {
    p.policy = { ...p.policy, language };
    change(p);
  });
}

describe('fragment rules in a German policy', () => {
  it('reports the cases the German testers found, with the German sentence in the message', () => {
    const policy = policyIn('de', (p) => {
      p.retention = [{ data_categories: ['account'], period: 'until_purpose_fulfilled', until: 'bis Sie Ihren Browser schließen' }];
      item(p.purposes, 2).consent = { how_given: 'Sie erteilen Ihre Einwilligung, wenn Sie sich registrieren' };
      item(p.purposes, 1).legitimate_interest = 'Unser Interesse ist es, Konten vor Betrug zu schützen';
    });
    expect(check(fragmentFitsSentence, policy)).toEqual([
      {
        path: ['purposes', 1, 'legitimate_interest'],
        message:
          '\'Unser Interesse ist es, Konten vor Betrug zu schützen\' does not complete its sentence, which would read: "Unser berechtigtes Interesse: Unser Interesse ist es, Konten vor Betrug zu schützen.". It should be what the interest is, as a noun phrase following "Unser berechtigtes Interesse:".',
        hint: "Write the phrase alone, e.g. 'der Schutz der Nutzerkonten vor Betrug'.",
      },
      {
        path: ['purposes', 2, 'consent', 'how_given'],
        message:
          '\'Sie erteilen Ihre Einwilligung, wenn Sie sich registrieren\' does not complete its sentence, which would read: "Sie erteilen Ihre Einwilligung Sie erteilen Ihre Einwilligung, wenn Sie sich registrieren.". It should be how or when, as a phrase following "Sie erteilen Ihre Einwilligung" ("durch …", "mit …", "bei …") or a clause with "indem …" or "wenn …" (policyc sets the comma).',
        hint: "Write the phrase alone, e.g. 'indem Sie bei der Registrierung das Kästchen ankreuzen'.",
      },
      {
        path: ['retention', 0, 'until'],
        message:
          '\'bis Sie Ihren Browser schließen\' does not complete its sentence, which would read: "Kontodaten: bis bis Sie Ihren Browser schließen.". It should be the event that ends the period, following "bis": a clause with its verb last ("Sie Ihr Konto schließen") or a phrase ("zum Ende des Vertrags"), not "bis …" again.',
        hint: "Write the phrase alone, e.g. 'Sie Ihr Konto schließen'.",
      },
    ]);
  });

  it('accepts German phrases that complete the German sentences, abbreviations and capitalised nouns included', () => {
    const policy = policyIn('de', (p) => {
      p.controller.legal_form = 'Gesellschaft mit beschränkter Haftung (GmbH & Co. KG)';
      p.retention = [
        {
          data_categories: ['account'],
          period: 'P90D',
          start: 'ab dem Datum der Sitzung',
          until: 'Sie Ihr Konto schließen bzw. Ihre Daten löschen',
          reason: 'um gesetzliche Pflichten, z. B. Aufbewahrungspflichten nach § 147 AO, zu erfüllen',
          exceptions: [{ when: 'die Sitzung Gegenstand eines offenen Streitfalls ist', until: 'der Streitfall beigelegt ist' }],
        },
      ];
      item(p.purposes, 2).consent = {
        how_given: 'indem Sie bei der Registrierung das Kästchen ankreuzen',
        withdraw: 'nutzen Sie den Abmeldelink, d. h. den Link am Ende jeder E-Mail',
      };
      item(p.purposes, 1).legitimate_interest = 'der Schutz der Nutzerkonten vor Angriffen, u. a. Betrugsversuchen durch Bots';
      p.rights = { ...p.rights, in_app: 'in Ihren Kontoeinstellungen', appeal: { how: 'durch eine Antwort auf unsere Nachricht mit dem Betreff „Einspruch“' } };
      p.rights.exemptions = ['wenn wir die Daten aufgrund gesetzlicher Pflichten aufbewahren müssen'];
      p.transfers = { ...p.transfers, storage_detail: 'AWS-Region eu-central-1 (Frankfurt)' };
    });
    expect(check(fragmentFitsSentence, policy)).toEqual([]);
    expect(check(fragmentShape, policy)).toEqual([]);
  });

  it('accepts German dates, legal citations and nouns after a full stop (a reviewer’s good values that failed as errors)', () => {
    const policy = policyIn('de', (p) => {
      p.retention = [
        {
          data_categories: ['account'],
          period: 'P90D',
          start: 'ab dem 1. Januar des Folgejahres',
          until: 'zum 31. Dezember des Jahres, in dem Sie Ihr Konto schließen',
          reason: 'um Pflichten i. S. d. Art. 6 Abs. 1 lit. c DSGVO zu erfüllen',
        },
      ];
      item(p.purposes, 1).lawful_basis = 'legal_obligation';
      item(p.purposes, 1).legal_obligation = 'die Aufbewahrungspflichten nach § 147 Abs. 1 Nr. 4 AO i. V. m. § 257 HGB';
    });
    expect(check(fragmentFitsSentence, policy)).toEqual([]);
    expect(check(fragmentShape, policy)).toEqual([]);
  });

  it('finds a second sentence after "usw." or "etc.", which can end one', () => {
    const german = policyIn('de', (p) => (item(p.purposes, 1).legitimate_interest = 'der Schutz vor Betrug, Spam usw. Wir speichern dazu Protokolle'));
    expect(check(fragmentFitsSentence, german).map(({ path }) => path)).toEqual([['purposes', 1, 'legitimate_interest']]);
  });

  it('still finds a second sentence in a German value', () => {
    const policy = policyIn('de', (p) => (item(p.purposes, 1).legitimate_interest = 'der Schutz vor Betrug. Wir speichern dazu auch Protokolle'));
    expect(check(fragmentFitsSentence, policy).map(({ path }) => path)).toEqual([['purposes', 1, 'legitimate_interest']]);
  });

  it('wants what a Do Not Track signal changes as a main clause with its verb first, after the "wenn" clause', () => {
    const withEffect = (effect: string): Policy => policyIn('de', (p) => (p.cookies = { used: ['analytics'], honors_dnt: true, dnt_effect: effect }));
    expect(check(fragmentShape, withEffect('erfassen wir keine Interaktionsdaten'))).toEqual([]);
    expect(check(fragmentShape, withEffect('wir erfassen keine Interaktionsdaten'))).toEqual([
      {
        path: ['cookies', 'dnt_effect'],
        message:
          '\'wir erfassen keine Interaktionsdaten\' does not complete its sentence, which would read: "Wenn Ihr Browser ein „Do Not Track“-Signal sendet, wir erfassen keine Interaktionsdaten.". It should be what the signal changes, as a main clause starting with its verb, following "Wenn Ihr Browser ein „Do Not Track“-Signal sendet," ("erfassen wir keine …", "laden wir keine …").',
        hint: "Write the phrase alone, e.g. 'erfassen wir keine Interaktionsdaten'.",
      },
    ]);
  });

  it('wants how to opt out of direct marketing as an instruction after "Um zu widersprechen,"', () => {
    const withOptOut = (optOut: string): Policy => policyIn('de', (p) => (item(p.purposes, 0).direct_marketing = { opt_out: optOut }));
    expect(check(fragmentShape, withOptOut('nutzen Sie den Abmeldelink am Ende jeder unserer E-Mails'))).toEqual([]);
    expect(check(fragmentShape, withOptOut('indem Sie den Abmeldelink nutzen')).map(({ message }) => message.replace(/\. It should be .*/u, ''))).toEqual([
      '\'indem Sie den Abmeldelink nutzen\' does not complete its sentence, which would read: "Um zu widersprechen, indem Sie den Abmeldelink nutzen."',
    ]);
  });

  it('warns about German values of the later fields in their German sentences', () => {
    const policy = policyIn('de', (p) => {
      p.controller.legal_form = 'Wir sind eine GmbH';
      p.rights = { ...p.rights, in_app: 'Ihre Kontoeinstellungen' };
    });
    expect(check(fragmentShape, policy).map(({ path, message }) => [path, message.replace(/\. It should be .*/u, '')])).toEqual([
      [['controller', 'legal_form'], '\'Wir sind eine GmbH\' does not complete its sentence, which would read: "Rechtsform: Wir sind eine GmbH."'],
      [
        ['rights', 'in_app'],
        '\'Ihre Kontoeinstellungen\' does not complete its sentence, which would read: "Um eines dieser Rechte auszuüben, senden Sie uns eine E-Mail an privacy@example.com oder stellen Sie Ihre Anfrage Ihre Kontoeinstellungen."',
      ],
    ]);
  });
});

describe('fragment rules in a French policy', () => {
  it('reports an end of retention that is a clause of its own, with the French sentence in the message', () => {
    const policy = policyIn('fr', (p) => {
      p.retention = [{ data_categories: ['account'], period: 'until_purpose_fulfilled', until: 'vous fermez votre navigateur' }];
    });
    expect(check(fragmentFitsSentence, policy)).toEqual([
      {
        path: ['retention', 0, 'until'],
        message:
          '\'vous fermez votre navigateur\' does not complete its sentence, which would read: "Données de compte : jusqu’à vous fermez votre navigateur.". It should be the event that ends the period, following "jusqu’à": a noun phrase ("la fermeture de votre compte") or "ce que" and a clause in the subjunctive ("ce que vous fermiez votre compte").',
        hint: "Write the phrase alone, e.g. 'la fermeture de votre compte'.",
      },
    ]);
  });

  it('reports French values that repeat their sentence', () => {
    const policy = policyIn('fr', (p) => {
      item(p.purposes, 2).consent = { how_given: 'vous donnez votre consentement en cochant la case' };
      item(p.purposes, 1).legitimate_interest = 'notre intérêt est de protéger les comptes';
      p.retention = [{ data_categories: ['account'], period: 'P90D', until: 'jusqu’à la clôture du compte' }];
    });
    expect(check(fragmentFitsSentence, policy).map(({ path }) => path)).toEqual([
      ['purposes', 1, 'legitimate_interest'],
      ['purposes', 2, 'consent', 'how_given'],
      ['retention', 0, 'until'],
    ]);
  });

  it('wants what a Do Not Track signal changes as the verb after « nous », not a clause of its own', () => {
    const withEffect = (effect: string): Policy => policyIn('fr', (p) => (p.cookies = { used: ['analytics'], honors_dnt: true, dnt_effect: effect }));
    expect(check(fragmentShape, withEffect('cessons de collecter les données d’interaction'))).toEqual([]);
    expect(check(fragmentShape, withEffect('ne chargeons pas le script de mesure d’audience'))).toEqual([]);
    expect(
      check(fragmentShape, withEffect('nous cessons de collecter les données d’interaction')).map(({ message }) => message.replace(/\. It should be .*/u, '')),
    ).toEqual([
      '\'nous cessons de collecter les données d’interaction\' does not complete its sentence, which would read: "Lorsque votre navigateur envoie un signal « Do Not Track », nous nous cessons de collecter les données d’interaction."',
    ]);
  });

  it('wants how to opt out of direct marketing as an instruction after « Pour vous y opposer, »', () => {
    const withOptOut = (optOut: string): Policy => policyIn('fr', (p) => (item(p.purposes, 0).direct_marketing = { opt_out: optOut }));
    expect(check(fragmentShape, withOptOut('utilisez le lien de désinscription présent à la fin de chacun de nos e-mails'))).toEqual([]);
    expect(check(fragmentShape, withOptOut('en cliquant sur le lien de désinscription')).map(({ path }) => path)).toEqual([
      ['purposes', 0, 'direct_marketing', 'opt_out'],
    ]);
  });

  it('accepts French phrases that complete the French sentences', () => {
    const policy = policyIn('fr', (p) => {
      p.retention = [
        { data_categories: ['account'], period: 'until_purpose_fulfilled', until: 'ce que vous fermiez votre navigateur' },
        {
          data_categories: ['payment'],
          period: 'P90D',
          until: 'l’expiration de votre abonnement (p. ex. Premium ou Pro)',
          reason: 'pour respecter nos obligations fiscales',
        },
      ];
      item(p.purposes, 2).consent = { how_given: 'en cochant la case lors de l’inscription', withdraw: 'utilisez le lien de désinscription' };
      item(p.purposes, 1).legitimate_interest = 'la protection des comptes contre la fraude';
      p.rights = { ...p.rights, in_app: 'dans les paramètres de votre compte', appeal: { how: 'en répondant à notre message' } };
    });
    expect(check(fragmentFitsSentence, policy)).toEqual([]);
    expect(check(fragmentShape, policy)).toEqual([]);
  });
});

describe('the values the German and French reviewers proposed (docs/reviews/i18n-2026-12-06.md, glossary and D57–D58, F55–F56)', () => {
  const REVIEWED = {
    de: {
      description: 'einen Marktplatz, der Lernende und Kunden mit unabhängigen Fachberatern und Coaches zusammenbringt',
      how_given: 'indem alle Teilnehmenden der Aufzeichnung der Sitzung zustimmen',
      withdraw: 'wenden Sie sich an unser Datenschutzteam unter privacy@sessionly.co',
      legitimate_interest: 'Betrugsprävention und Sicherheit der Plattform',
      legal_obligation: 'geltende Gesetze, Verordnungen und gerichtliche Anordnungen, einschließlich steuer- und finanzrechtlicher Vorschriften',
      in_app: 'in Ihren Kontoeinstellungen',
      team: 'unser Datenschutzteam',
      start: 'ab dem Datum der Sitzung',
      when: 'die Sitzung Gegenstand einer laufenden Streitigkeit ist',
      until: 'zur Beilegung der Streitigkeit',
      longer: 'eine angemessene Frist verstrichen ist',
    },
    fr: {
      description: 'une place de marché qui met en relation des apprenants et des clients avec des conseillers experts et des coachs indépendants',
      how_given: 'lorsque chaque participant à la session accepte qu’elle soit enregistrée',
      withdraw: 'contactez notre équipe chargée de la protection des données à l’adresse privacy@sessionly.co',
      legitimate_interest: 'la prévention de la fraude et la sécurité de la plateforme',
      legal_obligation: 'lois, règlements et décisions de justice applicables, notamment la réglementation fiscale et financière',
      in_app: 'depuis les paramètres de votre compte',
      team: 'notre équipe chargée de la protection des données',
      start: 'à compter de la date de la session',
      when: 'la session fait l’objet d’un litige en cours',
      until: 'la résolution du litige',
      longer: 'l’expiration d’un délai raisonnable',
    },
  } as const;

  for (const language of LANGUAGES) {
    it(`accepts them in a policy in ${language}`, () => {
      const values = REVIEWED[language];
      const policy = policyIn(language, (p) => {
        p.controller.description = values.description;
        item(p.purposes, 2).consent = { how_given: values.how_given, withdraw: values.withdraw };
        item(p.purposes, 1).legitimate_interest = values.legitimate_interest;
        p.purposes.push({ id: 'tax', name: 'Tax', lawful_basis: 'legal_obligation', legal_obligation: values.legal_obligation, data_categories: ['payment'] });
        p.rights = { ...p.rights, in_app: values.in_app };
        p.contact = { team: values.team };
        p.retention = [
          { data_categories: ['usage'], period: 'P90D', start: values.start, exceptions: [{ when: values.when, until: values.until }] },
          { data_categories: ['account'], period: 'account_lifetime', until: values.longer },
        ];
      });
      expect(check(fragmentFitsSentence, policy)).toEqual([]);
      expect(check(fragmentShape, policy)).toEqual([]);
    });
  }
});

describe('fragment rules in an English policy', () => {
  it('keep the English declaration: a German word is no English misfit, an English one is', () => {
    const german = policyWith(
      (p) => (p.retention = [{ data_categories: ['account'], period: 'until_purpose_fulfilled', until: 'bis Sie Ihr Konto schließen' }]),
    );
    const english = policyWith(
      (p) => (p.retention = [{ data_categories: ['account'], period: 'until_purpose_fulfilled', until: 'until you close your account' }]),
    );
    expect(check(fragmentFitsSentence, german)).toEqual([]);
    expect(check(fragmentFitsSentence, english).map(({ message }) => message)).toEqual([
      '\'until you close your account\' does not complete its sentence, which would read: "We keep it until until you close your account.". It should be the event that ends the period, following "until".',
    ]);
  });
});

describe('the German and French x-fragment declarations', () => {
  it('declare for every spliced field, in each language, a sentence with one place, a shape, an example that fits and an avoid pattern', () => {
    const fragments = declared();
    expect(fragments).toHaveLength(32);
    for (const [path, fragment] of fragments) {
      for (const language of LANGUAGES) {
        const own = fragment[language];
        const where = `${path} (${language})`;
        expect(Object.keys(own).sort(), where).toEqual(['avoid', 'example', 'sentence', 'shape']);
        expect(own.sentence.split('{}'), where).toHaveLength(2);
        expect(own.shape.length, where).toBeGreaterThan(10);
        // The CLI bundle must be ASCII, and esbuild does not escape a pattern it compiles.
        expect(own.avoid, where).toMatch(/^[\x20-\x7e]*$/u);
        const avoid = new RegExp(own.avoid ?? '', 'iu');
        expect(avoid.test(own.example), `${where}: ${own.example}`).toBe(false);
      }
    }
  });

  it('take each German and French sentence from the clauses that print it', () => {
    for (const language of LANGUAGES) {
      const text = corpus(language);
      for (const [path, fragment] of declared()) {
        const sentence = fragment[language].sentence;
        for (const side of sentence.split('{}')) {
          for (const piece of withoutSamples(side, SAMPLES[language])) {
            expect.soft(printedBy(text, piece), `${path} (${language}): "${piece}" of "${sentence}" is not in clauses/${language}`).toBe(true);
          }
        }
      }
    }
  });
});

/**
 * What a declared sentence shows in place of what a clause fills in from the file or from a helper:
 * a company's, product's or category's name, a period, a country, another field's value. The rest
 * of each sentence is the clause's own text.
 */
const SAMPLES: Record<OtherLanguage, readonly string[]> = {
  de: [
    'Sessionly GmbH',
    'die Sessionly-Plattform',
    'Bewerber',
    'Zahlungsinformationen',
    'Zahlungsabwicklung',
    'in Irland',
    'Kontodaten:',
    'Sitzungsdaten:',
    'Rechnungsdaten:',
    '90 Tage',
    '7 Jahre',
    'die Sitzung Gegenstand eines offenen Streitfalls ist',
    'Ihre E-Mail-Adresse',
    'privacy@example.com',
    '…',
  ],
  fr: [
    'Sessionly SAS',
    'la plateforme Sessionly',
    'candidats',
    'Informations de paiement',
    'Traitement des paiements',
    'données personnelles',
    'en Irlande',
    'Données de compte :',
    'Données de session :',
    'Données de facturation :',
    'pendant 90 jours',
    'pendant 7 ans',
    'la session fait l’objet d’un litige en cours',
    'votre adresse e-mail',
    'privacy@example.com',
    '…',
  ],
};

/** The pieces of one side of a sentence between the samples, trimmed, the empty ones left out. */
function withoutSamples(side: string, samples: readonly string[]): string[] {
  const longestFirst = [...samples].sort((a, b) => b.length - a.length).map(escape);
  return side
    .split(new RegExp(longestFirst.join('|'), 'u'))
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/**
 * A language's clause files, and its catalog (the retention periods' "bis …", "jusqu’à …" are
 * written by a helper from it), its `${…}` written as a clause's `{{…}}`.
 */
function corpus(language: OtherLanguage): string {
  const root = join(import.meta.dirname, '../../..');
  const clauses = readdirSync(join(root, 'clauses', language), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => readFileSync(join(root, 'clauses', language, file), 'utf8'));
  const catalog = readFileSync(join(root, 'src/i18n/catalogs', `${language}.ts`), 'utf8').replace(/\$\{([^}]*)\}/gu, '{{$1}}');
  return [...clauses, catalog].join('\n');
}

/** Template tags, and text between two of them (another branch of an `{{#if}}`), on one line. */
const TAGS = String.raw`(?:\{\{\{?[^}\n]*\}\}\}?(?:[^{\n]{0,400}?\{\{\{?[^}\n]*\}\}\}?)*)?`;

/**
 * Whether a clause prints the piece: its characters in order, with template tags allowed wherever
 * a word meets a space or a stop, as `Verantwortlicher{{else}}verantwortlich{{/if}}: ` prints
 * "Verantwortlicher: ".
 */
function printedBy(text: string, piece: string): boolean {
  const chars = [...piece];
  let pattern = '';
  chars.forEach((char, index) => {
    const next = chars[index + 1];
    pattern += escape(char);
    if (next !== undefined && (!/\p{L}/u.test(char) || !/\p{L}/u.test(next))) pattern += TAGS;
  });
  return new RegExp(pattern, 'u').test(text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

describe('a value given per language', () => {
  it('reads each language of a value given per language in that language’s sentence (policy.languages)', () => {
    const source = [
      'effective_date: 2026-01-05',
      'jurisdictions: [gdpr]',
      'policy: { language: en, languages: [de] }',
      'controller: { name: Example GmbH, email: privacy@example.de, country: DE }',
      'data_categories:',
      '  - { id: account, name: { en: Account data, de: Kontodaten }, examples: [{ en: name, de: Name }], source: provided }',
      'purposes:',
      '  - { id: s, name: { en: Service, de: Dienst }, lawful_basis: contract, data_categories: [account] }',
      'retention:',
      '  - data_categories: [account]',
      '    period: until_purpose_fulfilled',
      '    until: { en: you close your account, de: bis Sie Ihr Konto schließen }',
      '',
    ].join('\n');
    const found = checkSource(source, 'p.yaml').diagnostics.filter((d) => d.code === 'fragment-fits-sentence');
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [
        12,
        expect.stringContaining(
          '\'bis Sie Ihr Konto schließen\' does not complete its sentence, which would read: "Kontodaten: bis bis Sie Ihr Konto schließen."',
        ),
      ],
    ]);
  });
});
