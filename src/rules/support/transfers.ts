import type { Path } from '../../diagnostics.js';
import { isCountryCode, toCountryList } from '../../model/countries.js';
import { transferStatus } from '../../model/normalize.js';
import type { Countries, Policy, TransferMechanism } from '../../model/policy.generated.js';
import { TRANSFER_LAWS, TRANSFER_TOOLS } from '../../law/index.js';

export { TRANSFER_LAWS };

/** Art. 49 derogations: grounds for an occasional transfer, not safeguards. */
export const DEROGATIONS: ReadonlySet<TransferMechanism> = new Set(
  (Object.keys(TRANSFER_TOOLS) as TransferMechanism[]).filter((m) => TRANSFER_TOOLS[m].kind === 'derogation'),
);

/**
 * A test for locations that need a safeguard under the policy's declared transfer laws: outside
 * their territory, and without an adequacy decision for the country in force on the policy's
 * effective date. Unknown codes are left to `known-country`.
 */
export function needsSafeguard(policy: Policy): (code: string) => boolean {
  const laws = TRANSFER_LAWS.filter((law) => (policy.jurisdictions ?? []).includes(law));
  return (code) => isCountryCode(code) && transferStatus([code], laws, policy.effective_date, undefined) === 'needs_safeguard';
}

/** The first code in a location that satisfies `test`, with the path of that code itself. */
export function findLocation(location: Countries, base: Path, test: (code: string) => boolean): { code: string; path: Path } | undefined {
  const codes = toCountryList(location);
  const index = codes.findIndex(test);
  if (index < 0) return undefined;
  return { code: codes[index] as string, path: typeof location === 'string' ? base : [...base, index] };
}
