import type { TransferMechanism } from '../../model/policy.generated.js';
import { citeEach, isTransferLaw, provisionId, TRANSFER_TOOLS, namesUnder, type TransferLawId } from '../../law/index.js';
import { words } from '../../i18n/active.js';
import { lawPhrase } from '../provenance/trace.js';
import { citationLaws } from './law.js';

/** The transfer tool's id in the law base, for `--explain`: `transfer.scc`; none for `none`. */
function toolIds(mechanism: TransferMechanism): string[] {
  return TRANSFER_TOOLS[mechanism].kind === 'none' ? [] : [`transfer.${mechanism}`];
}

/**
 * A transfer mechanism as a noun phrase for running text ("We rely on …"), with its provision
 * under each cited law it is valid under: "(Art. 47 GDPR and UK GDPR; Art. 16(2)(e) FADP)". The
 * Commission's SCCs are valid under the EU GDPR only, so they are never cited as a UK GDPR or
 * FADP safeguard.
 */
export function transferMechanismLabel(mechanism: TransferMechanism, citation: string): string {
  const laws = citationLaws(citation).filter(isTransferLaw);
  return lawPhrase(mechanismLabel(mechanism, laws), toolIds(mechanism));
}

function mechanismLabel(mechanism: TransferMechanism, cited: readonly TransferLawId[]): string {
  const tool = TRANSFER_TOOLS[mechanism];
  const label = localName(mechanism, cited).label;
  // A framework for certified recipients is named, not cited: its decision is not an article.
  if (tool.kind === 'none' || (tool.kind === 'adequacy' && mechanism !== 'adequacy')) return label;
  const laws = cited.filter((law) => tool.validUnder[law] !== undefined);
  if (laws.length === 0) return label;
  const citation = lawPhrase(
    citeEach(laws, (law) => tool.validUnder[law]),
    laws.map((law) => provisionId(law, tool.validUnder[law] ?? '')),
  );
  return `${label} (${citation})`;
}

/**
 * A short name for a table cell: "Standard Contractual Clauses", "Adequacy decision"; the DPF by
 * the frameworks of the policy's transfer laws.
 */
export function transferMechanismShort(mechanism: TransferMechanism, laws: readonly TransferLawId[] = []): string {
  return lawPhrase(localName(mechanism, laws).short, toolIds(mechanism));
}

/** A tool's names in the language being written, chosen by the laws it is cited under (namesUnder). */
function localName(mechanism: TransferMechanism, laws: readonly TransferLawId[]): { label: string; short: string } {
  return namesUnder(words().law.transferTools[mechanism], laws);
}
