import type { DataCategory, Policy, Purpose } from '../../model/policy.generated.js';

/** The purposes that list a data category (a purpose that lists none is not taken to use it). */
export function purposesUsing(policy: Policy, category: DataCategory): Array<{ index: number; purpose: Purpose }> {
  return policy.purposes.flatMap((purpose, index) => (purpose.data_categories?.includes(category.id) ? [{ index, purpose }] : []));
}

/** Whether a purpose is advertising in either store's words. */
export function isAdvertising(purpose: Purpose): boolean {
  const { apple = [], google = [] } = purpose.stores ?? {};
  return apple.includes('third_party_advertising') || apple.includes('developers_advertising') || google.includes('advertising');
}
