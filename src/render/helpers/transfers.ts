import type { TransferMechanism } from '../../model/policy.generated.js';
import { TRANSFER_TOOLS } from '../../law/index.js';
import { lawPhrase } from '../provenance/trace.js';
import { article } from './law.js';

/** The transfer tool's id in the law base, for `--explain`: `transfer.scc`; none for `none`. */
function toolIds(mechanism: TransferMechanism): string[] {
  return TRANSFER_TOOLS[mechanism].kind === 'none' ? [] : [`transfer.${mechanism}`];
}

/**
 * A transfer mechanism as a noun phrase for running text ("We rely on …"), with its article under
 * the cited laws where it is valid under them. The Commission's SCCs are valid under the EU GDPR
 * only, so they are never cited as a UK GDPR safeguard.
 */
export function transferMechanismLabel(mechanism: TransferMechanism, citation: string): string {
  return lawPhrase(mechanismLabel(mechanism, citation), toolIds(mechanism));
}

function mechanismLabel(mechanism: TransferMechanism, citation: string): string {
  const tool = TRANSFER_TOOLS[mechanism];
  const gdpr = tool.validUnder.gdpr;
  const uk = tool.validUnder.uk_gdpr;
  // Cite under the laws that are both cited and validate the tool: "GDPR", "UK GDPR" or both.
  const laws = citation.split(' and ').filter((law) => (law === 'GDPR' && gdpr !== undefined) || (law === 'UK GDPR' && uk !== undefined));
  const provision = gdpr ?? uk;
  if (tool.kind === 'none' || provision === undefined || laws.length === 0 || (gdpr !== undefined && uk !== undefined && gdpr !== uk)) return tool.label;
  if (tool.kind === 'adequacy' && mechanism !== 'adequacy') return tool.label;
  return `${tool.label} (${article(provision, laws.join(' and '))})`;
}

/** A short name for a table cell: "Standard Contractual Clauses", "Adequacy decision". */
export function transferMechanismShort(mechanism: TransferMechanism): string {
  return lawPhrase(TRANSFER_TOOLS[mechanism].short, toolIds(mechanism));
}
