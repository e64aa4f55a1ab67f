import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/model/normalize.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { variant } from './load-fixture.js';

/**
 * Sentences of the fixed text that said more than the file declares (the Common Voice, MDN Plus
 * and Let's Encrypt reviews): each now depends on the field that makes it true, in every language.
 */
const md = (policy: Policy, language?: 'de' | 'fr'): string => renderMarkdown(normalize(policy), language === undefined ? {} : { language });
const intro = (text: string): string =>
  text.split('\n').find((line) => /^(This policy explains|Diese Datenschutzerklärung erläutert|La présente politique explique)/u.test(line)) ?? '';

describe('the intro names only what the file declares', () => {
  const bare = (edit: (p: Policy) => void = () => {}): Policy => variant('minimal.yaml', edit);

  it('says "collects and uses" for data and purposes alone: no "shares", no "protects" (Common Voice E1, Let\'s Encrypt E2)', () => {
    expect(intro(md(bare()))).toBe('This policy explains how Minimal Co collects and uses personal information when you use our services.');
    expect(intro(md(bare(), 'de'))).toBe(
      'Diese Datenschutzerklärung erläutert, wie Minimal Co personenbezogene Daten erhebt und verwendet, wenn Sie unsere Dienste nutzen.',
    );
    expect(intro(md(bare(), 'fr'))).toBe(
      'La présente politique explique comment Minimal Co collecte et utilise les informations personnelles lorsque vous utilisez nos services.',
    );
  });

  it('adds "shares" for a provider, a disclosure, what others see or a sale, and "protects" for a security section', () => {
    const shared = bare((p) => (p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }]));
    expect(intro(md(shared))).toContain('collects, uses and shares personal information');
    const disclosed = bare((p) => (p.disclosures = [{ kind: 'legal_requirement' }]));
    expect(intro(md(disclosed))).toContain('collects, uses and shares');
    // "We do not sell" is not sharing.
    expect(intro(md(bare((p) => (p.sale_and_sharing = { sells: false }))))).toContain('collects and uses personal');
    const all = bare((p) => {
      p.subprocessors = [{ name: 'Cloudco Inc.', purpose: 'Hosting', location: 'US' }];
      p.security = { measures: ['encryption in transit'] };
    });
    expect(intro(md(all))).toContain('collects, uses, shares and protects personal information');
    expect(intro(md(all, 'de'))).toContain('erhebt, verwendet, weitergibt und schützt');
    expect(intro(md(all, 'fr'))).toContain('collecte, utilise, partage et protège');
    const secured = bare((p) => (p.security = { measures: ['encryption in transit'] }));
    expect(intro(md(secured))).toContain('collects, uses and protects personal');
    expect(intro(md(secured, 'de'))).toContain('erhebt, verwendet und schützt');
    expect(intro(md(secured, 'fr'))).toContain('collecte, utilise et protège');
  });
});

describe('the rights section when no right is listed (MDN Plus E2)', () => {
  const gdpr = (rights: NonNullable<Policy['rights']>): Policy =>
    variant('minimal.yaml', (p) => {
      p.jurisdictions = ['gdpr'];
      p.controller.country = 'US';
      p.rights = rights;
    });

  it('says the policy does not list them, never "further rights" with nothing above', () => {
    const policy = gdpr({ url: 'https://example.com/requests' });
    const en = md(policy);
    expect(en).not.toMatch(/further rights/u);
    expect(en).toContain('This policy does not list the rights you may have under the GDPR.');
    const de = md(policy, 'de');
    expect(de).not.toMatch(/weitere Rechte/u);
    expect(de).toContain('Diese Datenschutzerklärung führt die Rechte, die Ihnen nach der DSGVO zustehen können, nicht auf.');
    const fr = md(policy, 'fr');
    expect(fr).not.toMatch(/d’autres droits/u);
    expect(fr).toContain('La présente politique n’énumère pas les droits dont vous pouvez disposer au titre du RGPD.');
  });

  it('keeps "further rights" after a list', () => {
    expect(md(gdpr({ everyone: ['access'] }))).toContain('Depending on where you live, the law may give you further rights.');
  });

  it('states same_for_everyone with nothing listed, and never that rights depend on where you live', () => {
    const policy = gdpr({ same_for_everyone: true, url: 'https://example.com/requests' });
    const en = md(policy);
    expect(en).toContain('We give everyone the same rights, wherever they live and whichever law applies to them; this policy does not list them.');
    expect(en).not.toMatch(/Depending on where you live|may have under/u);
    expect(md(policy, 'de')).toContain(
      'Wir gewähren allen dieselben Rechte, unabhängig davon, wo sie leben und welches Recht für sie gilt; diese Datenschutzerklärung führt sie nicht auf.',
    );
    expect(md(policy, 'fr')).toContain(
      'Nous accordons les mêmes droits à tous, où qu’ils résident et quelle que soit la loi qui leur est applicable ; la présente politique ne les énumère pas.',
    );
  });
});

describe("rights that depend on where you live, and the complaint (Let's Encrypt E4, E21)", () => {
  const policy = variant('minimal.yaml', (p) => {
    p.jurisdictions = ['gdpr'];
    p.controller.country = 'US';
    p.rights = { gdpr: { rights: ['access', 'erasure', 'complaint'] } };
  });

  it('says every listed right depends on where you live when none is given everywhere', () => {
    expect(md(policy)).toMatch(/; they depend on where you live\./u);
    expect(md(policy, 'de')).toMatch(/; sie hängen davon ab, wo Sie leben\./u);
    expect(md(policy, 'fr')).toMatch(/ ; ils dépendent de l’endroit où vous vivez\./u);
    const some = variant('minimal.yaml', (p) => {
      p.jurisdictions = ['gdpr'];
      p.controller.country = 'US';
      p.rights = { everyone: ['access'], gdpr: { rights: ['erasure', 'complaint'] } };
    });
    expect(md(some)).toMatch(/; some depend on where you live\./u);
  });

  it('leaves the complaint to an authority out of "email us"', () => {
    expect(md(policy)).toContain('To exercise any of these rights other than the right to lodge a complaint with a supervisory authority, email us at');
    expect(md(policy, 'de')).toContain('Um eines dieser Rechte auszuüben (ausgenommen das Recht auf Beschwerde bei einer Aufsichtsbehörde), senden Sie uns');
    expect(md(policy, 'fr')).toContain(
      'Pour exercer l’un de ces droits, à l’exception du droit d’introduire une réclamation auprès d’une autorité de contrôle, écrivez-nous à',
    );
    const noComplaint = variant('minimal.yaml', (p) => {
      p.rights = { everyone: ['access'] };
    });
    expect(md(noComplaint)).toContain('To exercise any of these rights, email us at');
  });
});

describe('the selling section names "sharing" only where it means something (Let\'s Encrypt E13)', () => {
  const sale = (edit: (p: Policy) => void): Policy =>
    variant('minimal.yaml', (p) => {
      p.jurisdictions = ['gdpr'];
      p.sale_and_sharing = { sells: false };
      edit(p);
    });

  it('is about selling alone in a GDPR policy that says nothing of sharing', () => {
    const policy = sale(() => {});
    expect(md(policy)).toContain('### Selling personal data\n');
    expect(md(policy, 'de')).toContain('### Verkauf personenbezogener Daten\n');
    expect(md(policy, 'fr')).toContain('### Vente de données personnelles\n');
    for (const text of [md(policy), md(policy, 'de'), md(policy, 'fr')])
      expect(text).not.toMatch(/Selling and sharing|Weitergabe für Werbung|Vente et partage/u);
  });

  it('keeps "Selling and sharing" under the CCPA or where the file speaks of sharing for advertising', () => {
    expect(md(sale((p) => (p.sale_and_sharing!.shares_for_advertising = false)))).toContain('### Selling and sharing\n');
    const ccpa = sale((p) => (p.jurisdictions = ['ccpa']));
    expect(md(ccpa)).toContain('### Selling and sharing\n');
    expect(md(ccpa, 'de')).toContain('### Verkauf und Weitergabe für Werbung\n');
    expect(md(ccpa, 'fr')).toContain('### Vente et partage\n');
  });
});
