import type { Controller, Jurisdiction, Policy } from './policy.generated.js';
import { insideTerritory } from '../law/transfers.js';

/** The European laws that protect people by where they are, or by where the controller is established. */
export type TerritorialLaw = Extract<Jurisdiction, 'gdpr' | 'uk_gdpr' | 'swiss_fadp'>;

/** Where the controller is established: its own country, else its address's. */
export function establishment(policy: Policy): string | undefined {
  return establishedIn(policy.controller);
}

/** Where a company is established, the main controller or another: its own country, else its address's. */
export function establishedIn(company: Pick<Controller, 'country' | 'address'>): string | undefined {
  return company.country ?? company.address?.country;
}

/**
 * Whether a controller established in `country` is inside the law's territory. Such a controller
 * answers to the law for everyone whose data it handles, wherever they are (GDPR and UK GDPR
 * Art. 3(1), FADP Art. 3); one outside it, only for people in the territory, and it needs a
 * representative there (Art. 27).
 */
export function establishedUnder(law: TerritorialLaw, country: string): boolean {
  return insideTerritory(law, country);
}
