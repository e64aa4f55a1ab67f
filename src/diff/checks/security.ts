import { setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse } from '../wording.js';

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
    compareFlagUnstatedAsFalse(report, ['security', 'disclaimer'], b?.disclaimer, a?.disclaimer, 'security.changed', words.disclaimer);
    compareFlagUnstatedAsFalse(
      report,
      ['security', 'use_is_acceptance'],
      b?.use_is_acceptance,
      a?.use_is_acceptance,
      'security.changed',
      words.useIsAcceptance,
    );
    compareFields(report, ['security'], b, a, words.labels);
  },
});
