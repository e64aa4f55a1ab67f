import { describe, expect, it } from 'vitest';
import { rightExplanation, rightLabel, rightReference, rightReferences } from '../../../../src/render/helpers/rights.js';
import type { Right } from '../../../../src/model/policy.generated.js';
import { inLanguage } from '../../../../src/i18n/active.js';
import { LANGUAGES } from '../../../../src/i18n/languages.js';

const ALL: Right[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'automated_decisions',
  'withdraw_consent',
  'complaint',
  'know',
  'delete',
  'correct',
  'opt_out_sale_sharing',
  'limit_sensitive',
  'non_discrimination',
  'opt_out_marketing',
];

describe('rights', () => {
  it('cites GDPR Art. 15–22 for the data-subject rights', () => {
    expect(rightReference('access', 'gdpr')).toBe('Art. 15');
    expect(rightReference('rectification', 'uk_gdpr')).toBe('Art. 16');
    expect(rightReference('erasure', 'gdpr')).toBe('Art. 17');
    expect(rightReference('restriction', 'gdpr')).toBe('Art. 18');
    expect(rightReference('portability', 'gdpr')).toBe('Art. 20');
    expect(rightReference('object', 'gdpr')).toBe('Art. 21');
    expect(rightReference('automated_decisions', 'gdpr')).toBe('Art. 22');
    expect(rightReference('complaint', 'gdpr')).toBe('Art. 77');
  });

  it('cites the FADP and the California Civil Code, and nothing for rights without a law', () => {
    expect(rightReference('access', 'swiss_fadp')).toBe('Art. 25');
    expect(rightReference('know', 'ccpa')).toBe('§ 1798.110');
    expect(rightReference('delete', 'ccpa')).toBe('§ 1798.105');
    expect(rightReference('access', 'everyone')).toBe('');
    expect(rightReference('access', 'ccpa')).toBe('');
  });

  it('explains every right so it completes "You can …", in the law\'s own term', () => {
    for (const right of ALL) {
      expect(rightLabel(right)).toMatch(/^Rights? /);
      const text = rightExplanation(right, 'personal information');
      expect(text).not.toContain('{pd}');
      expect(text).toMatch(/^[a-z]/);
      expect(text).not.toMatch(/\.$/);
    }
    expect(rightExplanation('access', 'personal data')).toBe('ask for a copy of the personal data we hold about you and for details of how we use it');
  });

  it('cites a right under several laws, naming each law only when the list serves laws numbered differently', () => {
    expect(rightReferences('access', ['gdpr', 'uk_gdpr'], false)).toBe('Art. 15');
    expect(rightReferences('know', ['ccpa'], false)).toBe('§ 1798.110');
    expect(rightReferences('access', ['gdpr', 'uk_gdpr', 'swiss_fadp'], true)).toBe('Art. 15 GDPR and UK GDPR; Art. 25 FADP');
    expect(rightReferences('withdraw_consent', ['uk_gdpr', 'swiss_fadp'], true)).toBe('Art. 7(3) UK GDPR');
    expect(rightReferences('delete', ['ccpa'], true)).toBe('Cal. Civ. Code § 1798.105');
    expect(rightReferences('opt_out_marketing', ['gdpr'], true)).toBe('');
  });
});

describe('the right to object in the words of its law', () => {
  it("states the GDPR's conditions (Art. 21(1)) under the GDPR, and not under the FADP, which has none of them", () => {
    expect(rightExplanation('object', 'personal data', 'gdpr')).toContain('on grounds relating to your particular situation');
    expect(rightExplanation('object', 'personal data', 'gdpr')).toContain('unless we have compelling legitimate grounds or need it for legal claims');
    expect(rightExplanation('object', 'personal data', 'swiss_fadp')).toBe(
      'object to our use of your personal data, and object at any time to its use for direct marketing',
    );
    const de = inLanguage(LANGUAGES.de, () => rightExplanation('object', 'personenbezogene Daten', 'gdpr'));
    expect(de).toContain('aus Gründen, die sich aus Ihrer besonderen Situation ergeben');
    const fr = inLanguage(LANGUAGES.fr, () => rightExplanation('object', 'données personnelles', 'gdpr'));
    expect(fr).toContain('pour des raisons tenant à votre situation particulière');
  });
});
