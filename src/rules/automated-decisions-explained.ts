import { citeAll, LAWS, type LawId } from '../law/index.js';
import { declaredAmong, lawNames } from './support/jurisdictions.js';
import { defineRule } from './types.js';

const LAWS_WITH_NOTICE: readonly LawId[] = (['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa', 'coppa'] as const).filter(
  (law) => LAWS[law].automatedDecisionsNotice !== undefined,
);

export const automatedDecisionsExplained = defineRule({
  meta: {
    id: 'automated-decisions-explained',
    severity: 'warning',
    description:
      'Solely automated decisions with legal or similar effects (ai.automated_decisions) come with the logic involved and their consequences (ai.decision_logic, ai.decision_consequences) under the GDPR and UK GDPR; and those texts are only given when such decisions are made.',
    rationale:
      'GDPR and UK GDPR Art. 13(2)(f) ask a controller that makes decisions based solely on automated processing, including profiling (GDPR Art. 22(1) and (4); in the UK GDPR since 5 February 2026, Arts. 22A–22D), to give meaningful information about the logic involved, and the significance and envisaged consequences of the processing for the person. The policy says such decisions are made once ai.automated_decisions is true, so the file then needs both texts. The other way round, the policy prints them only beside that statement: written for a policy that makes no such decisions, they would be lost.',
    messages: {
      unexplained:
        'The policy makes decisions by automated means alone (ai.automated_decisions), but does not give {{missing}}, which {{laws}} require ({{citation}}).',
      explain: 'Add {{fields}}: a sentence each, in plain words.',
      unused: 'The file gives ai.{{field}}, but ai.automated_decisions is not true, so the policy does not print it.',
      setOrRemove: 'Set ai.automated_decisions: true if such decisions are made; otherwise remove ai.{{field}}.',
    },
  },
  check(policy, report) {
    const ai = policy.ai;
    if (ai === undefined) return;
    if (ai.automated_decisions !== true) {
      for (const field of ['decision_logic', 'decision_consequences'] as const) {
        if (ai[field] !== undefined) report({ path: ['ai', field], onKey: true, messageId: 'unused', hintId: 'setOrRemove', data: { field } });
      }
      return;
    }
    const laws = declaredAmong(policy, LAWS_WITH_NOTICE);
    if (laws.length === 0) return;
    const missing = [
      ...(ai.decision_logic === undefined ? [['the logic involved', 'ai.decision_logic'] as const] : []),
      ...(ai.decision_consequences === undefined ? [['their significance and envisaged consequences', 'ai.decision_consequences'] as const] : []),
    ];
    if (missing.length === 0) return;
    report({
      path: ['ai', 'automated_decisions'],
      messageId: 'unexplained',
      hintId: 'explain',
      data: {
        missing: missing.map(([words]) => words).join(' or '),
        laws: lawNames(laws),
        citation: citeAll(laws, LAWS[laws[0] as LawId].automatedDecisionsNotice ?? ''),
        fields: missing.map(([, field]) => field).join(' and '),
      },
    });
  },
});
