import { describe, expect, it } from 'vitest';
import { withPreposition } from '../../../src/i18n/french.js';
import { buildPolicy } from '../../../src/build.js';
import type { Policy } from '../../../src/model/policy.generated.js';

describe('French prepositions before a value', () => {
  it('contract "à" and "de" with le and les, and elide "de" before a vowel', () => {
    expect(withPreposition('à', 'les pratiques du compte')).toBe('aux pratiques du compte');
    expect(withPreposition('à', 'le site de nos partenaires')).toBe('au site de nos partenaires');
    expect(withPreposition('à', 'la boutique')).toBe('à la boutique');
    expect(withPreposition('à', 'l’application')).toBe('à l’application');
    expect(withPreposition('de', 'les données')).toBe('des données');
    expect(withPreposition('de', 'une obligation légale')).toBe('d’une obligation légale');
    expect(withPreposition('à', 'Les politiques de nos partenaires')).toBe('aux politiques de nos partenaires');
  });

  it('write "ne s’applique pas aux …" and repeat the preposition after "ou" (the French Firefox Relay review)', () => {
    const policy: Policy = {
      effective_date: '2026-01-05',
      policy: { language: 'fr' },
      controller: { name: 'Acme SAS', email: 'privacy@acme.example', out_of_scope: ['les pratiques du compte Acme', 'les politiques de nos partenaires'] },
      data_categories: [{ id: 'account', name: 'Compte', source: 'provided' }],
      purposes: [{ id: 'service', name: 'Fournir le service', lawful_basis: 'contract', data_categories: ['account'] }],
      retention: [{ data_categories: ['account'], period: 'account_lifetime' }],
    };
    const { md } = buildPolicy(policy, { language: 'fr' });
    expect(md).toContain('ne s’applique pas aux pratiques du compte Acme ou aux politiques de nos partenaires.');
    expect(buildPolicy(policy, { language: 'en' }).md).toContain('does not apply to les pratiques du compte Acme or les politiques de nos partenaires.');
  });
});
