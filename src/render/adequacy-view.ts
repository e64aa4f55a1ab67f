import {
  ADEQUACY,
  adequacyOn,
  cite,
  insideTerritory,
  LAWS,
  namesUnder,
  provisionId,
  TRANSFER_TOOLS,
  type TransferLawId,
  type TransferMechanism,
} from '../law/index.js';
import { isCountryCode } from '../model/countries.js';
import type { PolicyModel } from '../model/normalize.js';
import { words } from '../i18n/active.js';
import { countryList } from './helpers/countries.js';
import { lawPhrase } from './provenance/trace.js';

/** A place the transfers section says data goes, with the mechanisms the file relies on there. */
interface Destination {
  code: string;
  mechanisms: readonly TransferMechanism[];
}

/**
 * The sentences on adequacy decisions a notice under the GDPR or the UK GDPR owes for the third
 * countries its transfers section names (Art. 13(1)(f): "the existence or absence of an adequacy
 * decision"), each without its closing full stop: for the countries where the file says the
 * transfer rests on a safeguard or a derogation, so the reader learns why. A country is named when, on the policy's
 * effective date, no decision recognises it (the United States between the Privacy Shield and
 * the Data Privacy Framework), or one recognises only certified recipients under a framework the
 * file does not rely on there (the DPF for a provider on Standard Contractual Clauses). Nothing is
 * said where a decision covers the transfer, where a law makes no such notice (the FADP asks only
 * for the state and the safeguard, Art. 19(4)), or where policyc cannot name the framework of a
 * certified-only decision (Safe Harbor).
 */
export function adequacySentences(model: PolicyModel): string[] {
  const policyWide = model.source.transfers?.mechanisms ?? [];
  const destinations: Destination[] = [
    ...model.storage.map((code) => ({ code, mechanisms: policyWide })),
    ...model.subprocessors.flatMap((s) => s.outsideLocations.map((code) => ({ code, mechanisms: s.safeguards.length > 0 ? s.safeguards : policyWide }))),
  ].filter((d) => d.mechanisms.some(restsOnSafeguard));
  return model.transferLaws.flatMap((law) => lawSentences(law, destinations, model.effectiveDate));
}

/** A safeguard (Art. 46, 47) or a derogation (Art. 49): what a transfer rests on where no adequacy decision covers it. */
function restsOnSafeguard(mechanism: TransferMechanism): boolean {
  const kind = TRANSFER_TOOLS[mechanism].kind;
  return kind === 'safeguard' || kind === 'derogation';
}

function lawSentences(law: TransferLawId, destinations: readonly Destination[], date: string): string[] {
  const notice = LAWS[law].adequacyNotice;
  const text = words().law.laws[law].adequacy;
  if (notice === undefined || text === undefined) return [];
  const none: string[] = [];
  const certifiedOnly = new Map<TransferMechanism, string[]>();
  for (const { code, mechanisms } of destinations) {
    if (!isCountryCode(code) || insideTerritory(law, code) || adequacyOn(law, code, date, false) !== undefined) continue;
    // Only a decision for certified recipients is in force here, if any.
    const decision = ADEQUACY.find(
      (d) => d.law === law && d.country === code && d.certifiedOnly === true && date >= d.from && (d.until === undefined || date <= d.until),
    );
    if (decision === undefined) {
      if (!none.includes(code)) none.push(code);
    } else if (decision.framework !== undefined && !mechanisms.includes(decision.framework)) {
      const codes = certifiedOnly.get(decision.framework) ?? [];
      if (!codes.includes(code)) codes.push(code);
      certifiedOnly.set(decision.framework, codes);
    }
  }
  const sourced = (sentence: string): string =>
    lawPhrase(sentence.replace('{citation}', `(${cite(law, notice.provision)})`), [
      provisionId(law, notice.provision),
      provisionId(law, LAWS[law].transferNotice ?? notice.provision),
    ]);
  return [
    ...(none.length === 0 ? [] : [sourced(text.none.replace('{countries}', countryList(none)))]),
    ...[...certifiedOnly].map(([framework, codes]) =>
      sourced(
        text.certifiedOnly.replace('{countries}', countryList(codes)).replace('{framework}', namesUnder(words().law.transferTools[framework], [law]).short),
      ),
    ),
  ];
}
