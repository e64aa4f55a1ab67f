import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../../src/validate/suggest.js';

const TOP = ['controller', 'data_categories', 'purposes', 'subprocessors', 'retention', 'rights'];
const BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];

describe('suggest', () => {
  it('finds the key with a letter missing', () => {
    expect(didYouMean('subprocesors', TOP)).toBe("Did you mean 'subprocessors'?");
  });

  it('finds the value with a letter missing at the end', () => {
    expect(didYouMean('legitimate_interest', BASES)).toBe("Did you mean 'legitimate_interests'?");
  });

  it('counts two swapped letters as one slip', () => {
    expect(suggest('gdrp', ['gdpr', 'ccpa', 'coppa'])).toEqual(['gdpr']);
    expect(suggest('emial', ['email', 'name'])).toEqual(['email']);
  });

  it('ignores case', () => {
    expect(suggest('Contract', BASES)).toEqual(['contract']);
  });

  it('suggests nothing when nothing is close', () => {
    expect(didYouMean('xyz', TOP)).toBeUndefined();
    expect(suggest('banana', BASES)).toEqual([]);
  });

  it('finds a word that the input qualifies, before neighbours letter by letter', () => {
    expect(suggest('eu_gdpr', ['gdpr', 'uk_gdpr', 'ccpa'])).toEqual(['gdpr', 'uk_gdpr']);
    expect(suggest('data_portability', ['portability', 'access'])).toEqual(['portability']);
    // Words too short to mean anything on their own match nothing.
    expect(suggest('my_id', ['id'])).toEqual([]);
  });

  it('lists several equally close candidates in a stable order, nearest first', () => {
    expect(didYouMean('contrat', ['consent', 'contrast', 'contract'])).toBe("Did you mean 'contract' or 'contrast'?");
    expect(suggest('acces', ['access', 'accessed'])).toEqual(['access', 'accessed']);
  });
});
