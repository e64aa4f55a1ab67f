import type { Path } from '../../diagnostics.js';
import { EU_ADEQUATE, isCountryCode, isEeaOrUk, toCountryList } from '../../model/countries.js';
import type { Countries, TransferMechanism } from '../../model/policy.generated.js';

/** The laws whose Chapter V restricts transfers out of the EEA/UK. */
export const TRANSFER_LAWS = ['gdpr', 'uk_gdpr'] as const;

/** Art. 49 derogations: grounds for an occasional transfer, not safeguards. */
export const DEROGATIONS: ReadonlySet<TransferMechanism> = new Set(['derogation_consent', 'derogation_contract']);

/**
 * Outside the EEA and the UK and without an adequacy decision, so a transfer there needs a
 * safeguard. Unknown codes are left to `known-country`.
 */
export function needsSafeguard(code: string): boolean {
  return isCountryCode(code) && !isEeaOrUk(code) && !EU_ADEQUATE.has(code);
}

/** The first code in a location that satisfies `test`, with the path of that code itself. */
export function findLocation(location: Countries, base: Path, test: (code: string) => boolean): { code: string; path: Path } | undefined {
  const codes = toCountryList(location);
  const index = codes.findIndex(test);
  if (index < 0) return undefined;
  return { code: codes[index] as string, path: typeof location === 'string' ? base : [...base, index] };
}
