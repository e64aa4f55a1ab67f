import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import type { Explanation } from '../../../src/render/provenance/explain.js';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { variant } from './load-fixture.js';

/**
 * Other controllers (controller.other_controllers): "Who we are" names each and for whom, and no
 * sentence says the main controller decides for people the file gives another controller.
 */
const md = (policy: Policy, language?: 'de' | 'fr'): string => renderMarkdown(normalize(policy), language === undefined ? {} : { language });

/** A US company under the GDPR whose Irish company is the controller in Europe, and whose applicants' controller is their future employer. */
const group = (change: (p: Policy) => void = () => {}): Policy =>
  variant('minimal.yaml', (p) => {
    p.jurisdictions = ['gdpr', 'uk_gdpr'];
    p.controller.name = 'Acme Inc.';
    p.controller.country = 'US';
    p.audiences = { covered: [{ kind: 'customers' }, { kind: 'applicants' }] };
    p.products = [
      { id: 'shop', name: 'Acme Shop' },
      { id: 'blog', name: 'Acme Blog' },
    ];
    p.controller.other_controllers = [
      {
        name: 'Acme Europe Ltd.',
        email: 'privacy@acme.example.ie',
        address: { street: '1 Dock Road', locality: 'Dublin', country: 'IE' },
        regions: ['EEA', 'GB', 'CH'],
        alongside_main: true,
      },
      { description: 'the Acme company that would employ you', audiences: ['applicants'] },
      { name: 'Acme Shop LLC', country: 'US', products: ['shop'], regions: ['US'] },
    ];
    change(p);
  });

/** The section after the key points: who we are. */
const whoWeAre = (text: string): string => text.split('\n## ')[2] ?? '';

describe('who we are, with other controllers', () => {
  it('never says the main controller decides for everyone the policy describes', () => {
    const text = md(group());
    expect(text).not.toContain('As the controller of the personal data described in this policy');
    expect(text).toContain(
      'Unless this section names another company as the controller of your personal data, we are its controller and decide why and how it is used.',
    );
  });

  it('names each controller, for whom, and where to reach it', () => {
    expect(whoWeAre(md(group()))).toContain(
      [
        '### Other controllers',
        '',
        '- For people who live in the European Economic Area, the United Kingdom or Switzerland, the controller is Acme Europe Ltd., 1 Dock Road, Dublin, Ireland ([privacy@acme.example.ie](mailto:privacy@acme.example.ie)). Acme Inc. is also a controller for some of the processing of their personal data.',
        '- For job applicants, the controller is the Acme company that would employ you.',
        '- For people who use Acme Shop and live in the United States, the controller is Acme Shop LLC, based in the United States.',
        '',
        'Where this section names another company for you, “we”, “us” and “our” in the rest of this policy mean that company.',
      ].join('\n'),
    );
  });

  it('says so in German and in French', () => {
    const de = whoWeAre(md(group(), 'de'));
    expect(de).toContain('Sofern dieser Abschnitt nicht ein anderes Unternehmen als Verantwortlichen für Ihre personenbezogenen Daten nennt');
    expect(de).toContain('- Für Bewerber ist Verantwortlicher: the Acme company that would employ you.');
    expect(de).toContain(
      '- Für Personen, die im Europäischen Wirtschaftsraum, im Vereinigten Königreich oder in der Schweiz leben, ist Verantwortlicher: Acme Europe Ltd.',
    );
    expect(de).not.toContain('Als Verantwortlicher für die Verarbeitung der in dieser Datenschutzerklärung beschriebenen');
    const fr = whoWeAre(md(group(), 'fr'));
    expect(fr).toContain('Sauf si la présente section désigne une autre société comme responsable du traitement de vos données personnelles');
    expect(fr).toContain('- Pour les candidats à un emploi, le responsable du traitement est the Acme company that would employ you.');
    expect(fr).toMatch(/- Pour les personnes qui utilisent Acme Shop et résident aux États-Unis, le responsable du traitement est Acme Shop LLC/u);
    expect(fr).not.toContain('En tant que responsable du traitement des données personnelles décrites');
  });

  it('says for whom a company is the controller by where people do not live, in each language', () => {
    const woo = group((p) => {
      p.controller.other_controllers = [
        { name: 'Acme Shop Inc.', products: ['shop'], except_regions: ['EEA', 'GB'] },
        { name: 'Acme Shop Ireland Ltd.', products: ['shop'], regions: ['EEA', 'GB'] },
      ];
    });
    expect(md(woo)).toContain(
      '- For people who use Acme Shop and do not live in the European Economic Area or the United Kingdom, the controller is Acme Shop Inc.',
    );
    expect(md(woo, 'de')).toContain(
      '- Für Personen, die den Acme Shop nutzen und nicht im Europäischen Wirtschaftsraum oder im Vereinigten Königreich leben, ist Verantwortlicher: Acme Shop Inc.',
    );
    expect(md(woo, 'fr')).toContain(
      '- Pour les personnes qui utilisent Acme Shop et ne résident pas dans l’Espace économique européen ou au Royaume-Uni, le responsable du traitement est Acme Shop Inc.',
    );
  });

  it('defines "we" as the main company only where no other is named for the reader', () => {
    const traded = (others: boolean) =>
      group((p) => {
        p.controller.trading_name = 'Acme';
        if (!others) delete p.controller.other_controllers;
      });
    expect(md(traded(true))).toContain('In this policy, “Acme”, “we”, “us” and “our” mean Acme Inc., unless this section names another company for you.');
    expect(md(traded(false))).toContain('In this policy, “Acme”, “we”, “us” and “our” mean Acme Inc. ');
  });

  it('keeps the one-controller sentence when the file names no other', () => {
    const text = md(group((p) => delete p.controller.other_controllers));
    expect(text).toContain('As the controller of the personal data described in this policy, we decide why and how it is used.');
    expect(text).not.toContain('Other controllers');
  });

  it('words it as responsibility where no European law is declared', () => {
    const text = md(group((p) => (p.jurisdictions = ['ccpa'])));
    expect(text).toContain('Unless this section names another company as responsible for your personal information, we are responsible for it.');
    expect(text).toContain('- For job applicants, the company responsible is the Acme company that would employ you.');
  });
});

describe('the rights section, with other controllers', () => {
  it('says which company is established under the law, not "we", when "we" may mean another company', () => {
    const german = (change: (p: Policy) => void) =>
      group((p) => {
        p.controller.country = 'DE';
        p.controller.other_controllers = [{ name: 'Acme US Inc.', country: 'US', regions: ['US'] }];
        p.rights = { gdpr: { rights: ['access'] } };
        change(p);
      });
    expect(md(german(() => {}))).toContain('Acme Inc. is established in Germany, so the GDPR protects the personal data it holds about you wherever you live.');
    expect(
      md(
        german(() => {}),
        'de',
      ),
    ).toContain('Der Sitz der Acme Inc. liegt in Deutschland; daher schützt die DSGVO');
    expect(
      md(
        german(() => {}),
        'fr',
      ),
    ).toContain('Acme Inc. est établie en Allemagne ;');
    expect(md(german((p) => delete p.controller.other_controllers))).toContain('We are established in Germany, so the GDPR protects');
  });
});

describe('--explain, with other controllers', () => {
  const explained = (language?: 'de' | 'fr') =>
    (buildPolicy(group(), { explain: true, ...(language === undefined ? {} : { language }) }).explain as Explanation).sentences;
  const yamlOf = (sentence: Explanation['sentences'][number] | undefined): string[] =>
    (sentence?.sources ?? []).flatMap((source) => (source.kind === 'yaml' ? [source.path] : []));

  it('traces each controller sentence to the entry, its scope and the file stating that others exist', () => {
    const sentences = explained();
    const find = (start: string) => sentences.find((s) => s.text.startsWith(start));
    expect(yamlOf(find('Unless this section names another company'))).toEqual(['controller.other_controllers']);
    expect(yamlOf(find('For people who live in the European Economic Area'))).toEqual(
      expect.arrayContaining(['controller.other_controllers[0].regions', 'controller.other_controllers[0].name', 'controller.other_controllers[0].email']),
    );
    expect(yamlOf(find('Acme Inc. is also a controller'))).toContain('controller.other_controllers[0].alongside_main');
    expect(yamlOf(find('For job applicants'))).toEqual(
      expect.arrayContaining(['controller.other_controllers[1].audiences', 'controller.other_controllers[1].description']),
    );
    expect(yamlOf(find('For people who use Acme Shop'))).toEqual(
      expect.arrayContaining(['controller.other_controllers[2].products', 'products[0].name', 'controller.other_controllers[2].regions']),
    );
    expect(yamlOf(find('Where this section names another company for you'))).toEqual(['controller.other_controllers']);
  });

  it('in German and French too', () => {
    for (const language of ['de', 'fr'] as const) {
      const sentences = explained(language);
      const controllers = sentences.filter((s) => yamlOf(s).some((path) => path.startsWith('controller.other_controllers')));
      expect(controllers.length).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('the Data Privacy Framework, with other controllers', () => {
  it('says which company made the certification, since "we" may mean another company', () => {
    const certified = group((p) => {
      p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }];
      p.transfers = { mechanisms: ['dpf'], dpf: { frameworks: ['eu_us'], recourse: { name: 'JAMS' } } };
    });
    expect(md(certified)).toContain('In this section, “we”, “us” and “our” mean Acme Inc., which makes the commitments below.');
    expect(md(certified, 'de')).toContain('In diesem Abschnitt bezeichnen „wir“, „uns“ und „unser“ die Acme Inc., die die folgenden Zusagen macht.');
    expect(md(certified, 'fr')).toContain('Dans la présente section, « nous », « notre » et « nos » désignent Acme Inc.');
    expect(
      md(
        group((p) => {
          delete p.controller.other_controllers;
          p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }];
          p.transfers = { mechanisms: ['dpf'], dpf: { frameworks: ['eu_us'], recourse: { name: 'JAMS' } } };
        }),
      ),
    ).not.toContain('In this section, “we”');
  });
});
