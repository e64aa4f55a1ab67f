import { describe, expect, it } from 'vitest';
import { addressLine } from '../../../../src/render/helpers/address.js';

describe('addressLine', () => {
  it('writes the postal code where each country puts it', () => {
    expect(addressLine({ street: '11 Oldham Street', locality: 'Liverpool', postal_code: 'L1 2SU', country: 'GB' })).toBe(
      '11 Oldham Street, Liverpool, L1 2SU, United Kingdom',
    );
    expect(addressLine({ street: 'Schøningsdal 3', locality: 'Trondheim', postal_code: '7020', country: 'NO' })).toBe('Schøningsdal 3, 7020 Trondheim, Norway');
    expect(addressLine({ street: '1 Main St', locality: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' })).toBe(
      '1 Main St, Springfield, IL 62701, United States',
    );
  });

  it('leaves out what is missing', () => {
    expect(addressLine({ country: 'IE' })).toBe('Ireland');
    expect(addressLine({ locality: 'Oslo', country: 'NO' })).toBe('Oslo, Norway');
  });
});
