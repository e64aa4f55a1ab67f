import type { Cookies } from '../../model/policy.generated.js';
import { setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck, type KindInfo } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse, comparePractice, compareTextList } from '../wording.js';

type CookieKind = Cookies['used'][number];

/** Shared with checks/cookie-list.ts, where each cookie is one of these. */
export const TRACKING_ADDED: KindInfo = {
  level: 'material',
  description: 'A new kind of non-essential cookie, a named tracking tool or cookie that is not strictly necessary, or third-party tracking.',
};
export const TRACKING_REMOVED: KindInfo = {
  level: 'minor',
  description: 'A kind of non-essential cookie, a tracking tool, a listed cookie or third-party tracking is gone.',
};

/** Cookies and trackers: anything beyond what is strictly necessary follows a person around. */
export const cookiesCheck = defineCheck({
  id: 'cookies',
  topic: 'cookies',
  fields: [
    'cookies.used',
    'cookies.purposes',
    'cookies.tools',
    'cookies.local_storage',
    'cookies.third_party_tracking',
    'cookies.control',
    'cookies.policy_url',
  ],
  kinds: {
    'cookies.tracking_added': TRACKING_ADDED,
    'cookies.tracking_removed': TRACKING_REMOVED,
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.cookies;
    const a = after.source.cookies;
    const path = ['cookies'];
    const used = setDiff(b?.used, a?.used);
    const tracking = (kinds: CookieKind[]): CookieKind[] => kinds.filter((k) => k !== 'strictly_necessary');
    const words = say().cookies;
    if (tracking(used.added).length > 0) {
      report({
        kind: 'cookies.tracking_added',
        path: [...path, 'used'],
        summary: words.trackingAdded(tracking(used.added)),
        before: b?.used,
        after: a?.used,
      });
    }
    if (tracking(used.removed).length > 0) {
      report({
        kind: 'cookies.tracking_removed',
        path: [...path, 'used'],
        summary: words.trackingRemoved(tracking(used.removed)),
        before: b?.used,
        after: a?.used,
      });
    }
    if (used.added.includes('strictly_necessary') !== used.removed.includes('strictly_necessary')) {
      report({
        kind: 'text.changed',
        path: [...path, 'used'],
        summary: words.necessary(used.added.includes('strictly_necessary')),
        before: b?.used,
        after: a?.used,
      });
    }
    const tools = setDiff(b?.tools, a?.tools);
    if (tools.added.length > 0) {
      report({
        kind: 'cookies.tracking_added',
        path: [...path, 'tools'],
        summary: words.toolsAdded(tools.added),
        before: b?.tools,
        after: a?.tools,
      });
    }
    if (tools.removed.length > 0) {
      report({
        kind: 'cookies.tracking_removed',
        path: [...path, 'tools'],
        summary: words.toolsRemoved(tools.removed),
        before: b?.tools,
        after: a?.tools,
      });
    }
    compareFlagUnstatedAsFalse(
      report,
      [...path, 'third_party_tracking'],
      b?.third_party_tracking,
      a?.third_party_tracking,
      { on: 'cookies.tracking_added', off: 'cookies.tracking_removed' },
      words.thirdParty,
    );
    compareTextList(report, [...path, 'purposes'], words.labels.purposes, b?.purposes, a?.purposes);
    compareFields(report, path, b, a, { local_storage: words.labels.local_storage, policy_url: words.labels.policy_url });
    // How to refuse or withdraw from cookies is how a person uses their choice, like withdrawing consent.
    comparePractice(report, path, b, a, { control: words.labels.control });
  },
});
