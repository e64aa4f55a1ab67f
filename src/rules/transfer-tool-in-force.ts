import type { Path } from '../diagnostics.js';
import type { TransferMechanism } from '../model/policy.generated.js';
import { frameworkDecisions, LAWS, TRANSFER_TOOLS, toolInForce, type TransferLawId } from '../law/index.js';
import { defineRule } from './types.js';
import { mechanismEntries } from '../model/transfer-mechanisms.js';

/** The contractual clauses each law takes, to suggest where a framework was not yet recognised. */
const CLAUSES: Readonly<Record<TransferLawId, TransferMechanism>> = { gdpr: 'scc', uk_gdpr: 'uk_idta', swiss_fadp: 'swiss_scc' };

export const transferToolInForce = defineRule({
  meta: {
    id: 'transfer-tool-in-force',
    severity: 'error',
    description:
      "A transfer mechanism was in force on the policy's effective date: the Privacy Shield until 16 July 2020, the Data Privacy Framework from 10 July 2023 (its UK Extension from 12 October 2023, the Swiss-U.S. framework under the FADP from 15 September 2024).",
    rationale:
      "The Court of Justice struck down the EU-US Privacy Shield on 16 July 2020 (C-311/18, Schrems II); the Data Privacy Framework took effect on 10 July 2023 (Decision (EU) 2023/1795) and the UK IDTA on 21 March 2022, and the FDPIC recognised the EU SCCs with the Swiss adaptations on 27 August 2021. Each law recognises a framework for certified recipients on its own date: the UK Extension to the DPF from 12 October 2023, the Swiss-U.S. Data Privacy Framework from 15 September 2024, when the Federal Council added certified US recipients to Annex 1 of the Data Protection Ordinance. A policy dated outside a mechanism's life names a ground that did not exist on that date, which misstates the safeguard the notice must name (Art. 13(1)(f)). The law base in src/law/transfers.ts holds the dates.",
    messages: {
      notInForce: "'{{mechanism}}' ({{tool}}) was not in force on the effective date {{date}}: it applies {{life}}.",
      useThen: 'Use the mechanism that applied on that date, or correct effective_date.',
      notInForceUnder:
        "'{{mechanism}}' ({{tool}}) was not a ground for transfers under {{law}} on the effective date {{date}}: {{law}} recognises it {{life}}.",
      useSafeguardThen: "Name the safeguard those transfers rested on then (e.g. '{{safeguard}}'), or correct effective_date.",
      useUsTool: "Use the mechanism in force on that date: for US recipients 'dpf' (if certified) or 'scc'.",
    },
  },
  check(policy, report, model) {
    const date = model.effectiveDate;
    // A framework for certified recipients, judged under each declared law that recognises it on a
    // date of its own (the DPF: the EU from 10 July 2023, the UK and Switzerland later).
    const checkUnderEachLaw = (mechanism: TransferMechanism, path: Path): void => {
      for (const law of model.transferLaws) {
        const decisions = frameworkDecisions(mechanism, law);
        if (decisions.length === 0 || decisions.some((d) => date >= d.from && (d.until === undefined || date <= d.until))) continue;
        const first = decisions[0]!;
        report({
          path,
          messageId: 'notInForceUnder',
          hintId: 'useSafeguardThen',
          data: {
            mechanism,
            tool: TRANSFER_TOOLS[mechanism].short,
            law: LAWS[law].short,
            date,
            life: first.until === undefined ? `from ${first.from}` : `from ${first.from} until ${first.until}`,
            safeguard: CLAUSES[law],
          },
        });
        return;
      }
    };
    const check = (mechanism: TransferMechanism | undefined, path: Path): void => {
      if (mechanism === undefined) return;
      if (toolInForce(mechanism, date)) return checkUnderEachLaw(mechanism, path);
      const tool = TRANSFER_TOOLS[mechanism];
      const life = tool.validUntil === undefined ? `from ${tool.validFrom}` : `from ${tool.validFrom} until ${tool.validUntil}`;
      report({
        path,
        messageId: 'notInForce',
        hintId: tool.validUntil === undefined ? 'useThen' : 'useUsTool',
        data: { mechanism, tool: tool.short, date, life },
      });
    };
    (policy.subprocessors ?? []).forEach((s, index) => mechanismEntries(s, index).forEach(({ mechanism, path }) => check(mechanism, path)));
    (policy.transfers?.mechanisms ?? []).forEach((m, index) => check(m, ['transfers', 'mechanisms', index]));
  },
});
