import type { Address } from '../../model/policy.generated.js';
import { localCountryName } from './countries.js';

/** Countries where the postal code is written before the town: "7020 Trondheim". */
const CODE_BEFORE_TOWN: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'CH',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'NL',
  'NO',
  'PL',
  'PT',
  'SE',
  'SI',
  'SK',
]);

/**
 * One line, as an address is written in running text: "11 Oldham Street, Liverpool, L1 2SU,
 * United Kingdom", "Schøningsdal 3, 7020 Trondheim, Norway", "1 Main St, Springfield, IL 62701,
 * United States".
 */
export function addressLine(address: Address): string {
  const { street, locality, region, postal_code: code, country } = address;
  const parts: string[] = [];
  if (street) parts.push(street);
  if (CODE_BEFORE_TOWN.has(country)) {
    const town = [code, locality].filter(Boolean).join(' ');
    if (town) parts.push(town);
    if (region) parts.push(region);
  } else if (country === 'US' || country === 'CA' || country === 'AU') {
    if (locality) parts.push(locality);
    const area = [region, code].filter(Boolean).join(' ');
    if (area) parts.push(area);
  } else {
    for (const part of [locality, region, code]) if (part) parts.push(part);
  }
  parts.push(localCountryName(country));
  return parts.join(', ');
}
