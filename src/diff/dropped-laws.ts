import type { PolicyModel } from '../model/normalize.js';
import type { Jurisdiction } from '../model/policy.generated.js';

type RightsLaw = Extract<Jurisdiction, 'gdpr' | 'uk_gdpr' | 'swiss_fadp' | 'ccpa'>;

/**
 * The laws a new version stops following altogether: declared before and not after, with their
 * list of rights gone too. One `jurisdiction.removed` says so; the rights, response times and
 * contacts under such a law are not listed again one by one.
 */
export function droppedLaws(before: PolicyModel, after: PolicyModel): ReadonlySet<string> {
  const now = new Set(after.source.jurisdictions ?? []);
  const dropped = new Set<string>();
  for (const law of before.source.jurisdictions ?? []) {
    if (!now.has(law) && after.source.rights?.[law as RightsLaw] === undefined) dropped.add(law);
  }
  return dropped;
}
