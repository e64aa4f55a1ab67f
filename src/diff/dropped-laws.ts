import type { PolicyModel } from '../model/normalize.js';
import type { Jurisdiction } from '../model/policy.generated.js';
import type { RightsJurisdiction } from '../render/helpers/law.js';

/**
 * The laws a new version stops following altogether: declared before and not after, with their
 * list of rights gone too. One `jurisdiction.removed` says so; the rights, response times and
 * contacts under such a law are not listed again one by one.
 */
export function droppedLaws(before: PolicyModel, after: PolicyModel): ReadonlySet<string> {
  const now = new Set(after.source.jurisdictions ?? []);
  const dropped = new Set<string>();
  for (const law of before.source.jurisdictions ?? []) {
    if (!now.has(law) && !listsRights(after, law)) dropped.add(law);
  }
  return dropped;
}

/** Whether the policy has a list of rights under the law (COPPA never has one). */
export function listsRights(model: PolicyModel, law: Jurisdiction): boolean {
  return model.source.rights?.[law as RightsJurisdiction] !== undefined;
}
