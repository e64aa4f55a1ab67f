import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import type { Explanation } from '../../../src/render/provenance/explain.js';
import { checkSource } from '../../../src/validate/index.js';

/**
 * A browser whose browsing history and precise location stay on the person's device
 * (`on_device`), as Mozilla's Firefox Focus notice says of them: the policy describes them in their
 * own subsection and never as data "we collect", count, keep or list for California.
 */
function browser(change: (p: Policy) => void = () => {}): Policy {
  const policy: Policy = {
    effective_date: '2026-01-05',
    jurisdictions: ['gdpr', 'ccpa'],
    controller: { name: 'Acme Browser GmbH', email: 'privacy@acme.example', country: 'DE' },
    data_categories: [
      { id: 'usage', name: 'Usage counts', examples: ['number of searches'], source: 'automatic', ccpa_categories: ['internet_activity'] },
      { id: 'settings', name: 'Settings', examples: ['language'], source: 'provided', ccpa_categories: ['internet_activity'] },
      {
        id: 'history',
        name: 'Browsing history',
        description: 'The pages you visit.',
        examples: ['URLs', 'form data', 'cookies'],
        on_device: true,
        ccpa_categories: ['internet_activity'],
      },
      { id: 'location', name: 'Precise location', examples: ['GPS position'], condition: 'when you allow it for a website', on_device: true },
    ],
    purposes: [{ id: 'browse', name: 'Provide the browser', lawful_basis: 'contract', data_categories: ['usage', 'settings', 'history', 'location'] }],
    retention: [{ data_categories: ['usage'], period: 'P25M' }],
  };
  change(policy);
  const checked = checkSource(JSON.stringify(policy), 'privacy.yaml');
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policy;
}

const md = (policy: Policy, language: 'en' | 'de' | 'fr' = 'en'): string => buildPolicy(policy, { language }).md;

/** The text between a heading line and the next heading of that level or above. */
function part(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start === -1) return '';
  const level = heading.split(' ')[0] as string;
  const rest = markdown.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{2,${level.length}} `, 'u'));
  return next === -1 ? rest : rest.slice(0, next);
}

describe('data that stays on the device', () => {
  it.each([
    [
      'en',
      '### Data that stays on your device',
      'Some features use this data on your device only; we do not receive it.',
      '- **Browsing history**: For example, URLs, form data and cookies. The pages you visit.',
      '- **Precise location** (when you allow it for a website): For example, GPS position.',
      ['### Information we collect automatically', '### Information you give us'],
    ],
    [
      'de',
      '### Daten, die auf Ihrem Gerät bleiben',
      'Einige Funktionen verwenden diese Daten nur auf Ihrem Gerät; wir erhalten sie nicht.',
      '- **Browsing history**: zum Beispiel URLs, form data und cookies. The pages you visit.',
      '- **Precise location** (when you allow it for a website): zum Beispiel GPS position.',
      ['### Daten, die wir automatisch erheben', '### Daten, die Sie uns bereitstellen'],
    ],
    [
      'fr',
      '### Les données qui restent sur votre appareil',
      'Certaines fonctionnalités utilisent ces données uniquement sur votre appareil ; nous ne les recevons pas.',
      '- **Browsing history** : par exemple URLs, form data et cookies. The pages you visit.',
      '- **Precise location** (when you allow it for a website) : par exemple GPS position.',
      ['### Les informations que nous collectons automatiquement', '### Les informations que vous nous fournissez'],
    ],
  ] as const)('in %s, has its own subsection and is in no list of what we collect', (language, heading, sentence, history, location, collected) => {
    const out = md(browser(), language);
    // French typography puts a no-break space before ';' and ':'.
    const own = part(out, heading).replace(/[\u00a0\u202f]/gu, ' ');
    expect(own).toContain(sentence);
    expect(own).toContain(history);
    expect(own).toContain(location);
    for (const list of collected) {
      const section = part(out, list);
      expect(section).not.toBe('');
      expect(section).not.toContain('Browsing history');
      expect(section).not.toContain('Precise location');
    }
  });

  it('is neither counted in the key points nor among the kinds of data with no retention period', () => {
    const out = md(browser());
    expect(out).toContain('- [What we collect](#what-personal-data-we-collect): usage counts and settings.');
    // Settings have no period; history and location are kept by nobody, so not named as unstated.
    expect(out).toContain('usage counts for 25 months; no period is set out for one other kind of personal data.');
    expect(part(out, '## How long we keep your personal data')).not.toMatch(/browsing history|precise location/iu);
  });

  it('is left out of the California table of categories collected', () => {
    const table = part(md(browser()), '### Categories of personal information under California law');
    expect(table).toContain('Usage counts and Settings');
    expect(table).not.toContain('Browsing history');
  });

  it('is named apart among the data a purpose uses, so that "give us this data" never covers it', () => {
    const out = md(browser((p) => (p.purposes[0]!.requirement = 'contractual')));
    expect(out).toContain(
      'Data used: usage counts and settings. Our contract with you requires you to give us this data. Used on your device only: browsing history and precise location.',
    );
    expect(md(browser(), 'de')).toContain('Verwendete Daten: Usage counts und Settings. Nur auf Ihrem Gerät verwendet: Browsing history und Precise location.');
  });

  it('says that nothing is collected when every category stays on the device', () => {
    const out = md(
      browser((p) => {
        p.data_categories = p.data_categories.filter((c) => c.on_device === true);
        p.purposes = [{ id: 'browse', name: 'Provide the browser', lawful_basis: 'contract', data_categories: ['history', 'location'] }];
        delete p.retention;
      }),
    );
    expect(out).toContain('- [What we collect](#what-personal-data-we-collect): no personal data.');
    expect(part(out, '## What personal data we collect')).toContain('We do not collect any personal data.\n\n### Data that stays on your device');
  });

  // Review 11 (/tmp/review11/a): "Giving us this data is up to you" and "we rely on your explicit
  // consent (Art. 9(2)(a))" for data the company never receives.
  it('asks for no data and cites no Art. 9 condition for a purpose whose data all stays on the device, in en, de and fr', () => {
    const policy = browser((p) => {
      p.data_categories = p.data_categories.filter((c) => c.on_device === true).map((c) => ({ ...c, special_category: true }));
      p.purposes = [
        {
          id: 'browse',
          name: 'Provide the browser',
          lawful_basis: 'consent',
          requirement: 'voluntary',
          special_category_condition: 'explicit_consent',
          consent: { withdraw: 'turn the feature off' },
          data_categories: ['history', 'location'],
        },
      ];
      delete p.retention;
    });
    const en = md(policy);
    expect(en).toContain('- **Provide the browser.** Used on your device only: browsing history and precise location.\n');
    expect(en).not.toContain('Giving us this data is up to you');
    expect(en).not.toContain('Art. 9');
    expect(en).not.toContain('special categories of personal data');
    expect(md(policy, 'de')).not.toContain('Ob Sie uns diese Daten bereitstellen');
    expect(md(policy, 'de')).not.toContain('Art. 9');
    expect(md(policy, 'fr')).not.toContain('Vous êtes libre de nous fournir ces données');
    expect(md(policy, 'fr')).not.toMatch(/art\. 9/iu);
  });

  it('names only the special data the company receives beside the Art. 9 condition', () => {
    const out = md(
      browser((p) => {
        p.data_categories = p.data_categories.map((c) => (c.id === 'settings' || c.id === 'history' ? { ...c, special_category: true } : c));
        p.purposes[0]!.lawful_basis = 'consent';
        p.purposes[0]!.consent = { withdraw: 'turn the feature off' };
        p.purposes[0]!.special_category_condition = 'explicit_consent';
      }),
    );
    expect(out).toContain('For settings, a special category of personal data, we rely on your explicit consent');
    expect(out).not.toContain('For settings and browsing history');
    // Special data on the device alone: the condition is about none the company processes.
    const none = md(
      browser((p) => {
        p.data_categories = p.data_categories.map((c) => (c.id === 'history' ? { ...c, special_category: true } : c));
        p.purposes[0]!.special_category_condition = 'explicit_consent';
      }),
    );
    expect(none).not.toContain('Art. 9');
  });

  // Review 11: "Data used" and "Used on your device only" each traced every category of the
  // purpose, and the subsection's sentence traced to no on_device.
  it('is traced by --explain to the categories each sentence names, and the subsection to on_device', () => {
    const built = buildPolicy(browser(), { explain: true });
    const sources = (start: string): string[] => {
      const sentence = (built.explain as Explanation).sentences.find((s) => s.text.startsWith(start));
      return (sentence?.sources ?? []).flatMap((source) => (source.kind === 'yaml' ? [source.path] : []));
    };
    expect(sources('Data used:')).toEqual(['purposes[0].data_categories', 'data_categories[0].name', 'data_categories[1].name']);
    expect(sources('Used on your device only:')).toEqual([
      'purposes[0].data_categories',
      'data_categories[2].name',
      'data_categories[2].on_device',
      'data_categories[3].name',
      'data_categories[3].on_device',
    ]);
    expect(sources('Some features use this data on your device only')).toEqual(['data_categories[2].on_device', 'data_categories[3].on_device']);
  });
});
