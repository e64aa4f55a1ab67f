import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../../src/i18n/active.js';
import { DE } from '../../../src/i18n/catalogs/de.js';
import { FR } from '../../../src/i18n/catalogs/fr.js';
import { sentenceCaseWord } from '../../../src/i18n/sentence-case.js';
import type { Policy } from '../../../src/model/policy.generated.js';
import { lowerName, nameInNotice } from '../../../src/render/names-in-sentence.js';
import { properNames, withNamesOf } from '../../../src/render/proper-words.js';

/**
 * The one rule by which a data name runs on inside a sentence, in the policy ("Data used: …", the
 * key points) and in its change notices alike.
 */

const policy = (edit: (p: Policy) => void = () => undefined): Policy => {
  const p: Policy = {
    effective_date: '2026-01-05',
    controller: { name: 'Joplin Ltd', email: 'privacy@joplin.example', country: 'GB' },
    data_categories: [{ id: 'account', name: 'Account information', source: 'provided' }],
    purposes: [{ id: 'run', name: 'Run the service', lawful_basis: 'contract', data_categories: ['account'] }],
  } as Policy;
  edit(p);
  return p;
};

describe('lowerName', () => {
  it('lower-cases a first word in sentence case, hyphenated or not', () => {
    expect(lowerName('Communications')).toBe('communications');
    expect(lowerName('Usage data')).toBe('usage data');
    expect(lowerName('E-mail address')).toBe('e-mail address');
    expect(lowerName('E-mail')).toBe('e-mail');
    expect(lowerName('Follow-up notes')).toBe('follow-up notes');
  });

  it('keeps a word written with another capital, as a name is ("Wi-Fi", "IP", "iPhone")', () => {
    expect(lowerName('Wi-Fi networks')).toBe('Wi-Fi networks');
    expect(lowerName('Wi-Fi')).toBe('Wi-Fi');
    expect(lowerName('IP addresses')).toBe('IP addresses');
    expect(lowerName('Google Analytics data')).toBe('Google Analytics data');
    expect(sentenceCaseWord('A')).toBe(false);
    expect(sentenceCaseWord('T-Mobile')).toBe(false);
  });

  it('keeps a first word the file writes as a name, hyphenated too', () => {
    const joplin = properNames(policy());
    expect(lowerName('Joplin synchronisation items', joplin)).toBe('Joplin synchronisation items');
    // "our E-mail service" and never "e-mail": the file treats it as a name.
    const named = properNames(policy((p) => (p.data_categories[0]!.description = 'What you send through our E-mail service.')));
    expect(lowerName('E-mail address', named)).toBe('E-mail address');
    // Written in lower case elsewhere, it is a common word after all.
    const common = properNames(policy((p) => (p.data_categories[0]!.description = 'Your e-mail address, for our E-mail service.')));
    expect(lowerName('E-mail address', common)).toBe('e-mail address');
  });

  it('lower-cases hyphenated first words in French too, and nothing in German', () => {
    expect(inLanguage(FR, () => lowerName('E-mail professionnel'))).toBe('e-mail professionnel');
    expect(inLanguage(DE, () => lowerName('E-Mail-Adresse'))).toBe('E-Mail-Adresse');
  });
});

describe('nameInNotice', () => {
  it('keeps the names either version of the policy writes as names, and lower-cases the rest', () => {
    const before = policy();
    const after = policy((p) => (p.controller.name = 'Fieldnote Ltd'));
    withNamesOf([before, after], () => {
      expect(nameInNotice('Joplin synchronisation items')).toBe('Joplin synchronisation items');
      expect(nameInNotice('Fieldnote exports')).toBe('Fieldnote exports');
      expect(nameInNotice('E-mail address')).toBe('e-mail address');
    });
    // Outside a notice being worded, no name is known.
    expect(nameInNotice('Joplin synchronisation items')).toBe('joplin synchronisation items');
  });

  it('keeps every capital where either version is written in German', () => {
    const german = policy((p) => (p.policy = { language: 'de' }));
    withNamesOf([policy(), german], () => expect(nameInNotice('Kontodaten')).toBe('Kontodaten'));
  });
});
