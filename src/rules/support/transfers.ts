import type { Path } from '../../diagnostics.js';
import { isCountryCode, toCountryList } from '../../model/countries.js';
import { transferStatus } from '../../model/normalize.js';
import type { Countries, Policy, TransferMechanism } from '../../model/policy.generated.js';
import { citeEach, LAWS, TRANSFER_TOOLS, transferLawsOn, type TransferLawId } from '../../law/index.js';

/** Art. 49 derogations (FADP Art. 17 exceptions): grounds for an occasional transfer, not safeguards. */
export const DEROGATIONS: ReadonlySet<TransferMechanism> = new Set(
  (Object.keys(TRANSFER_TOOLS) as TransferMechanism[]).filter((m) => TRANSFER_TOOLS[m].kind === 'derogation'),
);

/**
 * A test for locations that need a safeguard under the policy's declared transfer laws: outside
 * their territory, and without an adequacy decision for the country in force on the policy's
 * effective date. Unknown codes are left to `known-country`.
 */
export function needsSafeguard(policy: Policy, only?: TransferLawId): (code: string) => boolean {
  const laws = only === undefined ? transferLawsOn(policy.jurisdictions ?? [], policy.effective_date) : [only];
  return (code) => isCountryCode(code) && transferStatus([code], laws, policy.effective_date, undefined) === 'needs_safeguard';
}

/**
 * The provisions of `laws` that allow a transfer only on adequacy or a safeguard, cited: "Art.
 * 44–46 GDPR and UK GDPR; Art. 16 FADP".
 */
export function citeTransferRule(laws: readonly TransferLawId[]): string {
  return citeEach(laws, (law) => LAWS[law].transferRule);
}

/** A mechanism's provision under each of `laws` where it is valid: "Art. 49(1)(a) GDPR; Art. 17(1)(a) FADP". */
export function citeTool(mechanism: TransferMechanism, laws: readonly TransferLawId[]): string {
  return citeEach(laws, (law) => TRANSFER_TOOLS[mechanism].validUnder[law]);
}

/** The first code in a location that satisfies `test`, with the path of that code itself. */
export function findLocation(location: Countries, base: Path, test: (code: string) => boolean): { code: string; path: Path } | undefined {
  const codes = toCountryList(location);
  const index = codes.findIndex(test);
  if (index < 0) return undefined;
  return { code: codes[index] as string, path: typeof location === 'string' ? base : [...base, index] };
}
