import type { Path } from '../../diagnostics.js';
import { durationInWords } from '../../model/duration.js';
import type { GovernmentRequests } from '../../model/policy.generated.js';
import { joinList } from '../../render/helpers/text.js';
import { setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice } from '../wording.js';

type Safeguard = 'legal_process' | 'challenge' | 'notify_users' | 'foreign_via_treaty';

/** Each safeguard against government access: the sentence when it is now given, and when it no longer is. */
const SAFEGUARDS: Readonly<Record<Safeguard, readonly [on: string, off: string]>> = {
  legal_process: [
    'We now disclose your data to authorities only under valid legal process.',
    'We no longer promise to disclose your data to authorities only under valid legal process.',
  ],
  challenge: [
    'We now challenge requests from authorities that we consider unlawful or overbroad.',
    'We no longer promise to challenge unlawful or overbroad requests.',
  ],
  notify_users: [
    'We now tell you before we disclose your data to an authority.',
    'We no longer promise to tell you before we disclose your data to an authority.',
  ],
  foreign_via_treaty: [
    'We now answer requests from foreign authorities only through a mutual legal assistance treaty or other international cooperation.',
    'We no longer promise to answer requests from foreign authorities only through a treaty or other international cooperation.',
  ],
};

const EXCEPTIONS: Readonly<Record<NonNullable<GovernmentRequests['notice_exceptions']>[number], string>> = {
  prohibited: 'when the law or a court order forbids it',
  emergency: 'in an emergency',
  counterproductive: 'when telling you would be counterproductive',
};

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
    for (const key of Object.keys(SAFEGUARDS) as Safeguard[]) {
      if (Boolean(b?.[key]) === Boolean(a?.[key])) continue;
      const [on, off] = SAFEGUARDS[key];
      report({
        kind: a?.[key] ? 'government_requests.strengthened' : 'government_requests.weakened',
        path: [...path, key],
        summary: a?.[key] ? on : off,
        before: b?.[key] ?? null,
        after: a?.[key] ?? null,
      });
    }
    if (Boolean(b?.emergency_disclosure) !== Boolean(a?.emergency_disclosure)) {
      report({
        kind: a?.emergency_disclosure ? 'government_requests.weakened' : 'government_requests.strengthened',
        path: [...path, 'emergency_disclosure'],
        summary: a?.emergency_disclosure
          ? 'We may now disclose your data to authorities without legal process in an emergency.'
          : 'We no longer disclose your data to authorities without legal process in an emergency.',
        before: b?.emergency_disclosure ?? null,
        after: a?.emergency_disclosure ?? null,
      });
    }
    const exceptions = setDiff(b?.notice_exceptions, a?.notice_exceptions);
    const words = (items: ReadonlyArray<keyof typeof EXCEPTIONS>): string =>
      joinList(
        items.map((e) => EXCEPTIONS[e]),
        'or',
      );
    if (exceptions.added.length > 0) {
      report({
        kind: 'government_requests.weakened',
        path: [...path, 'notice_exceptions'],
        summary: `We may now not tell you about a request for your data ${words(exceptions.added)}.`,
        before: b?.notice_exceptions ?? null,
        after: a?.notice_exceptions ?? null,
      });
    }
    if (exceptions.removed.length > 0) {
      report({
        kind: 'government_requests.strengthened',
        path: [...path, 'notice_exceptions'],
        summary: `We no longer withhold notice of a request for your data ${words(exceptions.removed)}.`,
        before: b?.notice_exceptions ?? null,
        after: a?.notice_exceptions ?? null,
      });
    }
    if (b?.preservation !== a?.preservation) {
      report({
        kind: 'government_requests.changed',
        path: [...path, 'preservation'],
        summary: a?.preservation
          ? `On an authority's request we now preserve data for up to ${durationInWords(a.preservation)}${b?.preservation ? ` instead of ${durationInWords(b.preservation)}` : ''}.`
          : 'The policy no longer says how long we preserve data on an authority’s request.',
        before: b?.preservation ?? null,
        after: a?.preservation ?? null,
      });
    }
    if ((b?.transparency_report === undefined) !== (a?.transparency_report === undefined)) {
      report({
        kind: 'government_requests.changed',
        path: [...path, 'transparency_report'],
        summary: a?.transparency_report ? 'We now publish a transparency report on the requests we receive.' : 'We no longer link to a transparency report.',
        before: b?.transparency_report ?? null,
        after: a?.transparency_report ?? null,
      });
    } else {
      compareFields(report, path, b, a, { transparency_report: 'the link to our transparency report' });
    }
    comparePractice(report, path, b, a, { legal_process_detail: 'which legal process we require' });
    compareFields(report, path, b, a, { guidelines_url: 'the link to our guidelines for law enforcement', note: 'our note on requests from authorities' });
  },
});
