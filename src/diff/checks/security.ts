import { setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields } from '../wording.js';

/**
 * Security measures are free text, so a reworded measure reads as one removed and one added:
 * minor by default, for a person to look at, rather than material on every rewording.
 */
export const securityCheck = defineCheck({
  id: 'security',
  topic: 'security',
  fields: ['security.measures', 'security.disclaimer', 'security.use_is_acceptance', 'security.advice'],
  kinds: {
    'security.changed': { level: 'minor', description: 'The list of security measures changes, or what the policy says about the risks that remain.' },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.security;
    const a = after.source.security;
    const measures = setDiff(b?.measures, a?.measures);
    const words = say().security;
    if (measures.added.length > 0) {
      report({
        kind: 'security.changed',
        path: ['security', 'measures'],
        summary: words.added(measures.added),
        before: b?.measures,
        after: a?.measures,
      });
    }
    if (measures.removed.length > 0) {
      report({
        kind: 'security.changed',
        path: ['security', 'measures'],
        summary: words.removed(measures.removed),
        before: b?.measures,
        after: a?.measures,
      });
    }
    if (Boolean(b?.disclaimer) !== Boolean(a?.disclaimer)) {
      report({
        kind: 'security.changed',
        path: ['security', 'disclaimer'],
        summary: words.disclaimer(Boolean(a?.disclaimer)),
        before: b?.disclaimer,
        after: a?.disclaimer,
      });
    }
    if (Boolean(b?.use_is_acceptance) !== Boolean(a?.use_is_acceptance)) {
      report({
        kind: 'security.changed',
        path: ['security', 'use_is_acceptance'],
        summary: words.useIsAcceptance(Boolean(a?.use_is_acceptance)),
        before: b?.use_is_acceptance,
        after: a?.use_is_acceptance,
      });
    }
    compareFields(report, ['security'], b, a, words.labels);
  },
});
