import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withArticle, withOrganisationArticle, withPreposition } from '../../../src/i18n/german.js';
import { buildPolicy } from '../../../src/build.js';
import { checkSource } from '../../../src/validate/index.js';
import type { Policy } from '../../../src/model/policy.generated.js';

describe('German articles before a product name', () => {
  it('reads the gender from the noun the name ends in, in each case', () => {
    expect(withArticle('Pocket-Anwendung', 'dat')).toBe('der Pocket-Anwendung');
    expect(withArticle('Pocket-Website', 'nom')).toBe('die Pocket-Website');
    expect(withArticle('Matrix-Dienst', 'acc')).toBe('den Matrix-Dienst');
    expect(withArticle('Matrix-Dienst', 'dat')).toBe('dem Matrix-Dienst');
    expect(withArticle('Kundenportal', 'nom')).toBe('das Kundenportal');
    expect(withArticle('Pocket-Technologien', 'dat')).toBe('den Pocket-Technologien');
    expect(withArticle('Mobile App', 'acc')).toBe('die Mobile App');
  });

  it('leaves a proper name bare, and a name with an adjective in lower case as written', () => {
    expect(withArticle('Firefox Relay', 'dat')).toBe('Firefox Relay');
    expect(withArticle('Pocket', 'nom')).toBe('Pocket');
    expect(withArticle('Firefox für Android', 'dat')).toBe('Firefox für Android');
    expect(withArticle('mobile App', 'dat')).toBe('mobile App');
    // "App" closes no compound: only a longer noun does ("Webanwendung").
    expect(withArticle('Snapp', 'nom')).toBe('Snapp');
    expect(withArticle('Webanwendung', 'nom')).toBe('die Webanwendung');
  });

  it('declines an article the company wrote itself', () => {
    expect(withArticle('die Pocket-App', 'dat')).toBe('der Pocket-App');
    expect(withArticle('der Sync-Dienst', 'acc')).toBe('den Sync-Dienst');
  });

  it('contracts "in dem" and "zu der" as German does', () => {
    expect(withPreposition('in', 'dem Matrix-Dienst')).toBe('im Matrix-Dienst');
    expect(withPreposition('in', 'der Pocket-Anwendung')).toBe('in der Pocket-Anwendung');
    expect(withPreposition('zu', 'der Website')).toBe('zur Website');
    expect(withPreposition('in', 'Firefox Relay')).toBe('in Firefox Relay');
  });
});

describe('German clauses write the article (the German Pocket review: "Nur in Pocket-Anwendung erhoben")', () => {
  const policy: Policy = {
    effective_date: '2026-01-05',
    policy: { language: 'de' },
    controller: { name: 'Beispiel GmbH', email: 'datenschutz@beispiel.example' },
    products: [
      { id: 'app', name: 'Beispiel-App' },
      { id: 'sync', name: 'Sync-Dienst' },
      { id: 'relay', name: 'Beispiel Relay' },
    ],
    data_categories: [
      { id: 'konto', name: 'Kontodaten', source: 'provided', products: ['app'] },
      { id: 'notizen', name: 'Notizen', source: 'provided', products: ['sync', 'app'] },
      { id: 'adressen', name: 'Adressen', source: 'provided', products: ['relay'] },
    ],
    purposes: [
      { id: 'dienst', name: 'Bereitstellung des Dienstes', lawful_basis: 'contract', data_categories: ['konto', 'notizen', 'adressen'], products: ['sync'] },
    ],
    retention: [{ data_categories: ['konto', 'notizen', 'adressen'], period: 'account_lifetime' }],
    cookies: { used: ['strictly_necessary'], products: ['app'] },
  };
  const { md } = buildPolicy(policy, { language: 'de' });

  it('in the dative after "in", contracted where German contracts', () => {
    expect(md).toContain('Nur in der Beispiel-App erhoben.');
    expect(md).toContain('Nur in der Beispiel-App und im Sync-Dienst erhoben.');
    expect(md).toContain('Nur in Beispiel Relay erhoben.');
    expect(md).toContain('Nur im Sync-Dienst.');
  });

  it('in the nominative before a verb', () => {
    expect(md).toContain('Nur die Beispiel-App verwendet Cookies und ähnliche Technologien');
  });

  it('and in the real Pocket policy', () => {
    const file = 'tests/fixtures/real/mozilla-pocket-de/privacy.yaml';
    const checked = checkSource(readFileSync(file), file);
    const built = buildPolicy(checked.policy!, { language: 'de' }).md;
    expect(built).toContain('Nur in der Pocket-Anwendung erhoben.');
    expect(built).toContain('Nur die Pocket-Website verwendet Cookies');
    expect(built).not.toMatch(/Nur (?:in )?Pocket-(?:Anwendung|Website)\b/);
  });
});

describe('German articles before a company name', () => {
  it('writes the article of a name that ends in a legal form or an organisational noun, in each case', () => {
    expect(withOrganisationArticle('Internet Security Research Group', 'nom')).toBe('die Internet Security Research Group');
    expect(withOrganisationArticle('Mozilla Corporation', 'dat')).toBe('der Mozilla Corporation');
    expect(withOrganisationArticle('Hetzner Online GmbH', 'acc')).toBe('die Hetzner Online GmbH');
    expect(withOrganisationArticle('Beispiel e. V.', 'dat')).toBe('dem Beispiel e. V.');
    expect(withOrganisationArticle('die Example Ltd', 'dat')).toBe('der Example Ltd');
  });

  it('leaves a proper name bare', () => {
    expect(withOrganisationArticle('Mozilla', 'nom')).toBe('Mozilla');
    expect(withOrganisationArticle("Let's Encrypt", 'dat')).toBe("Let's Encrypt");
    expect(withOrganisationArticle('Group', 'nom')).toBe('Group');
    expect(withOrganisationArticle('Mozilla', 'gen')).toBe('von Mozilla');
    expect(withOrganisationArticle('Acme Inc.', 'gen')).toBe('der Acme Inc.');
  });
});
