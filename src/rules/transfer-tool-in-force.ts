import type { Path } from '../diagnostics.js';
import type { TransferMechanism } from '../model/policy.generated.js';
import { TRANSFER_TOOLS, toolInForce } from '../law/index.js';
import { defineRule } from './types.js';

export const transferToolInForce = defineRule({
  meta: {
    id: 'transfer-tool-in-force',
    severity: 'error',
    description:
      "A transfer mechanism was in force on the policy's effective date: the Privacy Shield until 16 July 2020, the Data Privacy Framework from 10 July 2023.",
    rationale:
      "The Court of Justice struck down the EU-US Privacy Shield on 16 July 2020 (C-311/18, Schrems II); the Data Privacy Framework took effect on 10 July 2023 (Decision (EU) 2023/1795) and the UK IDTA on 21 March 2022. A policy dated outside a mechanism's life names a ground that did not exist on that date, which misstates the safeguard the notice must name (Art. 13(1)(f)). The law base in src/law/transfers.ts holds the dates.",
    messages: {
      notInForce: "'{{mechanism}}' ({{tool}}) was not in force on the effective date {{date}}: it applies {{life}}.",
      useThen: 'Use the mechanism that applied on that date, or correct effective_date.',
      useUsTool: "Use the mechanism in force on that date: for US recipients 'dpf' (if certified) or 'scc'.",
    },
  },
  check(policy, report, model) {
    const date = model.effectiveDate;
    const check = (mechanism: TransferMechanism | undefined, path: Path): void => {
      if (mechanism === undefined || toolInForce(mechanism, date)) return;
      const tool = TRANSFER_TOOLS[mechanism];
      const life = tool.validUntil === undefined ? `from ${tool.validFrom}` : `from ${tool.validFrom} until ${tool.validUntil}`;
      report({
        path,
        messageId: 'notInForce',
        hintId: tool.validUntil === undefined ? 'useThen' : 'useUsTool',
        data: { mechanism, tool: tool.short, date, life },
      });
    };
    (policy.subprocessors ?? []).forEach((s, index) => check(s.transfer_mechanism, ['subprocessors', index, 'transfer_mechanism']));
    (policy.transfers?.mechanisms ?? []).forEach((m, index) => check(m, ['transfers', 'mechanisms', index]));
  },
});
