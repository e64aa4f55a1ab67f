import type { Cookies } from '../../model/policy.generated.js';
import { joinList } from '../../render/helpers/text.js';
import { setDiff } from '../match.js';
import { defineCheck, type KindInfo } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice, compareTextList } from '../wording.js';

type CookieKind = Cookies['used'][number];

const NAMES: Readonly<Record<CookieKind, string>> = {
  strictly_necessary: 'strictly necessary',
  preferences: 'preference',
  analytics: 'analytics',
  advertising: 'advertising',
  social_media: 'social media',
};

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
    const words = (kinds: CookieKind[]): string => `${joinList(kinds.map((k) => NAMES[k]))} cookies`;
    if (tracking(used.added).length > 0) {
      report({
        kind: 'cookies.tracking_added',
        path: [...path, 'used'],
        summary: `We now use ${words(tracking(used.added))}.`,
        before: b?.used,
        after: a?.used,
      });
    }
    if (tracking(used.removed).length > 0) {
      report({
        kind: 'cookies.tracking_removed',
        path: [...path, 'used'],
        summary: `We no longer use ${words(tracking(used.removed))}.`,
        before: b?.used,
        after: a?.used,
      });
    }
    if (used.added.includes('strictly_necessary') !== used.removed.includes('strictly_necessary')) {
      report({
        kind: 'text.changed',
        path: [...path, 'used'],
        summary: used.added.includes('strictly_necessary')
          ? 'We now mention the strictly necessary cookies we use.'
          : 'We no longer mention strictly necessary cookies.',
        before: b?.used,
        after: a?.used,
      });
    }
    const tools = setDiff(b?.tools, a?.tools);
    if (tools.added.length > 0) {
      report({
        kind: 'cookies.tracking_added',
        path: [...path, 'tools'],
        summary: `We now use ${tools.added.length === 1 ? 'a new tracking tool' : 'new tracking tools'}: ${joinList(tools.added)}.`,
        before: b?.tools,
        after: a?.tools,
      });
    }
    if (tools.removed.length > 0) {
      report({
        kind: 'cookies.tracking_removed',
        path: [...path, 'tools'],
        summary: `We no longer use ${tools.removed.length === 1 ? 'this tracking tool' : 'these tracking tools'}: ${joinList(tools.removed)}.`,
        before: b?.tools,
        after: a?.tools,
      });
    }
    if (Boolean(b?.third_party_tracking) !== Boolean(a?.third_party_tracking)) {
      report({
        kind: a?.third_party_tracking ? 'cookies.tracking_added' : 'cookies.tracking_removed',
        path: [...path, 'third_party_tracking'],
        summary: a?.third_party_tracking
          ? 'Third-party tracking scripts or advertising cookies now run on our service.'
          : 'Third-party tracking scripts and advertising cookies no longer run on our service.',
        before: b?.third_party_tracking,
        after: a?.third_party_tracking,
      });
    }
    compareTextList(report, [...path, 'purposes'], 'what we say our cookies do', b?.purposes, a?.purposes);
    compareFields(report, path, b, a, {
      local_storage: 'what we say about other storage on your device',
      policy_url: 'the link to our cookie policy',
    });
    // How to refuse or withdraw from cookies is how a person uses their choice, like withdrawing consent.
    comparePractice(report, path, b, a, { control: 'how you can manage cookies' });
  },
});
