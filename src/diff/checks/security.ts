import { joinList } from '../../render/helpers/text.js';
import { setDiff } from '../match.js';
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
    if (measures.added.length > 0) {
      report({
        kind: 'security.changed',
        path: ['security', 'measures'],
        summary: `New security measures: ${joinList(measures.added)}.`,
        before: b?.measures,
        after: a?.measures,
      });
    }
    if (measures.removed.length > 0) {
      report({
        kind: 'security.changed',
        path: ['security', 'measures'],
        summary: `We no longer list these security measures: ${joinList(measures.removed)}.`,
        before: b?.measures,
        after: a?.measures,
      });
    }
    if (Boolean(b?.disclaimer) !== Boolean(a?.disclaimer)) {
      report({
        kind: 'security.changed',
        path: ['security', 'disclaimer'],
        summary: a?.disclaimer ? 'We now point out that no system is perfectly secure.' : 'We no longer point out that no system is perfectly secure.',
        before: b?.disclaimer,
        after: a?.disclaimer,
      });
    }
    if (Boolean(b?.use_is_acceptance) !== Boolean(a?.use_is_acceptance)) {
      report({
        kind: 'security.changed',
        path: ['security', 'use_is_acceptance'],
        summary: a?.use_is_acceptance
          ? 'Using the service now means you accept the security risks of sending data over the internet.'
          : 'Using the service no longer means you accept the security risks of sending data over the internet.',
        before: b?.use_is_acceptance,
        after: a?.use_is_acceptance,
      });
    }
    compareFields(report, ['security'], b, a, { advice: 'our advice on keeping your account secure' });
  },
});
