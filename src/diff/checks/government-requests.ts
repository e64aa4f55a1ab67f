import type { Path } from '../../diagnostics.js';
import type { Safeguard } from '../../i18n/phrases/en.js';
import { setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse, comparePractice } from '../wording.js';

/** The promises that protect people against government access, each a field of its own. */
const SAFEGUARDS: readonly Safeguard[] = ['legal_process', 'challenge', 'notify_users', 'foreign_via_treaty'];

/**
 * How authorities get personal data. A safeguard given up, a new exception to telling people, or
 * disclosure without legal process leaves people less protected against government access: material.
 */
export const governmentRequestsCheck = defineCheck({
  id: 'government-requests',
  topic: 'government',
  fields: [
    'government_requests.legal_process',
    'government_requests.legal_process_detail',
    'government_requests.challenge',
    'government_requests.notify_users',
    'government_requests.notice_exceptions',
    'government_requests.emergency_disclosure',
    'government_requests.foreign_via_treaty',
    'government_requests.preservation',
    'government_requests.transparency_report',
    'government_requests.guidelines_url',
    'government_requests.note',
  ],
  kinds: {
    'government_requests.weakened': {
      level: 'material',
      description:
        'A safeguard against government access is given up (legal process, challenging overbroad requests, telling the person, treaties for foreign requests), a new exception to telling the person, or disclosure without legal process in an emergency.',
    },
    'government_requests.strengthened': {
      level: 'minor',
      description: 'A new safeguard against government access, or an exception to telling the person is gone.',
    },
    'government_requests.changed': {
      level: 'minor',
      description: 'How long data is preserved on request, or the transparency report, is added, changed or removed.',
    },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.government_requests;
    const a = after.source.government_requests;
    const path: Path = ['government_requests'];
    const words = say().government;
    for (const key of SAFEGUARDS) {
      const [on, off] = words.safeguards[key];
      compareFlagUnstatedAsFalse(
        report,
        [...path, key],
        b?.[key],
        a?.[key],
        { on: 'government_requests.strengthened', off: 'government_requests.weakened' },
        (now) => (now ? on : off),
      );
    }
    compareFlagUnstatedAsFalse(
      report,
      [...path, 'emergency_disclosure'],
      b?.emergency_disclosure,
      a?.emergency_disclosure,
      { on: 'government_requests.weakened', off: 'government_requests.strengthened' },
      words.emergency,
    );
    const exceptions = setDiff(b?.notice_exceptions, a?.notice_exceptions);
    if (exceptions.added.length > 0) {
      report({
        kind: 'government_requests.weakened',
        path: [...path, 'notice_exceptions'],
        summary: words.exceptionsAdded(exceptions.added),
        before: b?.notice_exceptions ?? null,
        after: a?.notice_exceptions ?? null,
      });
    }
    if (exceptions.removed.length > 0) {
      report({
        kind: 'government_requests.strengthened',
        path: [...path, 'notice_exceptions'],
        summary: words.exceptionsRemoved(exceptions.removed),
        before: b?.notice_exceptions ?? null,
        after: a?.notice_exceptions ?? null,
      });
    }
    if (b?.preservation !== a?.preservation) {
      report({
        kind: 'government_requests.changed',
        path: [...path, 'preservation'],
        summary: words.preservation(a?.preservation, b?.preservation),
        before: b?.preservation ?? null,
        after: a?.preservation ?? null,
      });
    }
    if ((b?.transparency_report === undefined) !== (a?.transparency_report === undefined)) {
      report({
        kind: 'government_requests.changed',
        path: [...path, 'transparency_report'],
        summary: words.transparency(a?.transparency_report !== undefined),
        before: b?.transparency_report ?? null,
        after: a?.transparency_report ?? null,
      });
    } else {
      compareFields(report, path, b, a, { transparency_report: words.labels.transparency_report });
    }
    comparePractice(report, path, b, a, { legal_process_detail: words.labels.legal_process_detail });
    compareFields(report, path, b, a, { guidelines_url: words.labels.guidelines_url, note: words.labels.note });
  },
});
