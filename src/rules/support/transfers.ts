import type { Path } from '../../diagnostics.js';
import { toCountryList } from '../../model/countries.js';
import type { SafeguardNeed } from '../../model/normalize.js';
import type { Countries, TransferMechanism } from '../../model/policy.generated.js';
import { citeEach, LAWS, TRANSFER_TOOLS, type TransferLawId } from '../../law/index.js';

/** Art. 49 derogations (FADP Art. 17 exceptions): grounds for an occasional transfer, not safeguards. */
export const DEROGATIONS: ReadonlySet<TransferMechanism> = new Set(
  (Object.keys(TRANSFER_TOOLS) as TransferMechanism[]).filter((m) => TRANSFER_TOOLS[m].kind === 'derogation'),
);

/** The path of a location that needs a safeguard (the model's SafeguardNeed), under `base`. */
export function needPath(base: Path, need: SafeguardNeed): Path {
  return need.index === undefined ? base : [...base, need.index];
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

/** The first code in a location that satisfies `test`, with the path of that code itself; none in a location the file leaves out. */
export function findLocation(location: Countries | undefined, base: Path, test: (code: string) => boolean): { code: string; path: Path } | undefined {
  const codes = toCountryList(location);
  const index = codes.findIndex(test);
  if (index < 0) return undefined;
  return { code: codes[index] as string, path: typeof location === 'string' ? base : [...base, index] };
}
