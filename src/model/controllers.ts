import type { Audience, OtherController, Policy, Product } from './policy.generated.js';
import { audiencesByRef } from './audiences.js';
import { EEA, insideTerritory, type TransferLawId } from '../law/index.js';

/** The office of the people `controller.managing_directors` names (the schema's default: managing directors). */
export type ManagementRole = NonNullable<Policy['controller']['management_role']>;

/** The region keyword for the whole European Economic Area; every other region is a country code. */
export const EEA_REGION = 'EEA';

/**
 * Another controller (`controller.other_controllers`) with its scope resolved: the regions as the
 * file lists them, the covered groups and products it names (unknown ids left out: rules
 * known-audience and known-product report them).
 */
export interface OtherControllerModel {
  entry: OtherController;
  /** Its place in `controller.other_controllers`, for paths and sources. */
  index: number;
  regions: readonly string[];
  /** The places whose people it is not the controller for (`except_regions`). */
  exceptRegions: readonly string[];
  audiences: readonly Audience[];
  products: readonly Product[];
}

export function otherControllers(policy: Policy): OtherControllerModel[] {
  const byRef = audiencesByRef(policy);
  const products = policy.products ?? [];
  return (policy.controller.other_controllers ?? []).map((entry, index) => ({
    entry,
    index,
    regions: entry.regions ?? [],
    exceptRegions: entry.except_regions ?? [],
    audiences: (entry.audiences ?? []).flatMap((ref) => byRef.get(ref) ?? []),
    products: products.filter((product) => entry.products?.includes(product.id) === true),
  }));
}

/**
 * Whether the entry's regions take in the whole territory the law protects people in: the EEA
 * (the keyword, or every member state listed), the United Kingdom, Switzerland.
 */
export function regionsCoverTerritory(regions: readonly string[], law: TransferLawId): boolean {
  if (law === 'gdpr') return regions.includes(EEA_REGION) || [...EEA].every((code) => code === 'EU' || regions.includes(code));
  return regions.some((region) => region !== EEA_REGION && insideTerritory(law, region));
}

/**
 * The entry that is the controller, alone, for everyone the law protects by where they live:
 * its regions take in the whole territory and it is limited to no group and no product, and the
 * main controller is not also a controller beside it. Undefined when the main controller is still
 * the controller (or one of them) for some of those people.
 */
export function controllerForTerritory(others: readonly OtherControllerModel[], law: TransferLawId): OtherControllerModel | undefined {
  return others.find(
    ({ entry }) =>
      entry.audiences === undefined &&
      entry.products === undefined &&
      entry.except_regions === undefined &&
      entry.alongside_main !== true &&
      regionsCoverTerritory(entry.regions ?? [], law),
  );
}
