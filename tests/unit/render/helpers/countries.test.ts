import { describe, expect, it } from 'vitest';
import { countryList } from '../../../../src/render/helpers/countries.js';

describe('countryList', () => {
  it('names countries as they read in a sentence', () => {
    expect(countryList('US')).toBe('the United States');
    expect(countryList(['IE', 'GB'])).toBe('Ireland and the United Kingdom');
    expect(countryList(['US', 'CA', 'NO'], 'or')).toBe('the United States, Canada or Norway');
    expect(countryList(undefined)).toBe('');
  });
});
