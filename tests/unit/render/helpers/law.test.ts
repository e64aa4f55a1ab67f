import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../../src/model/policy.generated.js';
import { gdprCitation, lawName, lawRegion, lawShortName, rightsLawTitle } from '../../../../src/render/helpers/law.js';
import { lawfulBasisLabel } from '../../../../src/render/helpers/lawful-basis.js';
import { transferMechanismLabel, transferMechanismShort } from '../../../../src/render/helpers/transfers.js';
import { changeChannel } from '../../../../src/render/helpers/changes.js';

const cite = (...laws: Jurisdiction[]): string => gdprCitation(new Set(laws));

describe('citations', () => {
  it('names the GDPR family laws that apply', () => {
    expect(cite('gdpr')).toBe('GDPR');
    expect(cite('uk_gdpr')).toBe('UK GDPR');
    expect(cite('uk_gdpr', 'gdpr')).toBe('GDPR and UK GDPR');
    expect(cite('ccpa', 'swiss_fadp')).toBe('');
  });

  it('gives every law a full name', () => {
    for (const law of ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa', 'coppa'] as const) expect(lawName(law)).toMatch(/^the /);
  });
});

describe('laws in rights lists', () => {
  it('spells out the FADP and the CCPA when they stand alone, and names several laws short', () => {
    expect(rightsLawTitle(['gdpr'])).toBe('the GDPR');
    expect(rightsLawTitle(['swiss_fadp'])).toBe('the Swiss Federal Act on Data Protection (FADP)');
    expect(rightsLawTitle(['ccpa'])).toMatch(/^the California Consumer Privacy Act \(CCPA\)/);
    expect(rightsLawTitle(['gdpr', 'uk_gdpr', 'swiss_fadp'])).toBe('the GDPR, the UK GDPR and the FADP');
    expect(lawShortName('uk_gdpr')).toBe('the UK GDPR');
  });

  it('names where each European law protects people', () => {
    expect(lawRegion('gdpr')).toBe('the European Economic Area');
    expect(lawRegion('uk_gdpr')).toBe('the United Kingdom');
    expect(lawRegion('swiss_fadp')).toBe('Switzerland');
  });
});

describe('lawfulBasisLabel', () => {
  it('labels each basis with its point of Art. 6(1)', () => {
    expect(lawfulBasisLabel('consent', 'GDPR')).toBe('Consent (Art. 6(1)(a) GDPR)');
    expect(lawfulBasisLabel('contract', 'UK GDPR')).toBe('Performance of a contract (Art. 6(1)(b) UK GDPR)');
    expect(lawfulBasisLabel('legal_obligation', 'GDPR')).toBe('Legal obligation (Art. 6(1)(c) GDPR)');
    expect(lawfulBasisLabel('vital_interests', 'GDPR')).toBe('Vital interests (Art. 6(1)(d) GDPR)');
    expect(lawfulBasisLabel('public_task', 'GDPR')).toBe('Public task (Art. 6(1)(e) GDPR)');
    expect(lawfulBasisLabel('legitimate_interests', 'GDPR and UK GDPR')).toBe('Legitimate interests (Art. 6(1)(f) GDPR and UK GDPR)');
  });

  it('leaves the article out when no GDPR-family law is cited', () => {
    expect(lawfulBasisLabel('consent', '')).toBe('Consent');
  });
});

describe('transfer mechanisms', () => {
  it('words Standard Contractual Clauses as the Commission adopted them, with the article', () => {
    expect(transferMechanismLabel('scc', 'GDPR')).toBe('Standard Contractual Clauses adopted by the European Commission (Art. 46(2)(c) GDPR)');
    // Never cited as a UK GDPR safeguard on their own, which they are not without the UK Addendum.
    expect(transferMechanismLabel('scc', 'GDPR and UK GDPR')).toBe('Standard Contractual Clauses adopted by the European Commission (Art. 46(2)(c) GDPR)');
    expect(transferMechanismLabel('scc', 'UK GDPR')).toBe('Standard Contractual Clauses adopted by the European Commission');
    expect(transferMechanismLabel('scc', '')).toBe('Standard Contractual Clauses adopted by the European Commission');
  });

  it('has a long and a short label for every mechanism', () => {
    for (const m of ['adequacy', 'dpf', 'scc', 'uk_idta', 'bcr', 'derogation_consent', 'derogation_contract', 'none'] as const) {
      expect(transferMechanismLabel(m, 'GDPR').length).toBeGreaterThan(10);
      expect(transferMechanismShort(m).length).toBeGreaterThan(3);
    }
    expect(transferMechanismLabel('dpf', 'GDPR')).toContain('Data Privacy Framework');
    expect(transferMechanismLabel('uk_idta', 'UK GDPR')).toContain('International Data Transfer Agreement');
  });
});

describe('changeChannel', () => {
  it('words each channel to follow "we will tell you"', () => {
    expect(changeChannel('email', 'the app')).toBe('by email');
    expect(changeChannel('in_app', 'the app')).toBe('with a notice in the app');
    expect(changeChannel('website', 'x')).toBe('by posting a notice on our website');
    expect(changeChannel('other', 'x')).toBe('through other appropriate channels');
  });
});
