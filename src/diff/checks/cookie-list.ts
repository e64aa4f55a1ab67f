import type { Cookie } from '../../model/policy.generated.js';
import type { CookieNow } from '../../i18n/phrases/en.js';
import { pairBy, same } from '../match.js';
import { defineCheck, type Report } from '../types.js';
import { say } from '../say.js';
import { TEXT_CHANGED, compareText, sameWords } from '../wording.js';
import { TRACKING_ADDED, TRACKING_REMOVED } from './cookies.js';

/**
 * The cookies the policy lists one by one, keyed by name, and how it answers Do Not Track. A
 * cookie that is not strictly necessary (or of no stated kind) is tracking until it says otherwise.
 */
export const cookieListCheck = defineCheck({
  id: 'cookie-list',
  topic: 'cookies',
  fields: ['cookies.list', 'cookies.honors_dnt', 'cookies.dnt_effect'],
  kinds: {
    'cookies.tracking_added': TRACKING_ADDED,
    'cookies.tracking_removed': TRACKING_REMOVED,
    'cookies.cookie_added': { level: 'minor', description: 'A strictly necessary cookie is listed.' },
    'cookies.cookie_changed': {
      level: 'minor',
      description: 'A listed cookie changes: its provider, purpose, duration, party, kind or opt-out link.',
    },
    'cookies.dnt_honored': { level: 'minor', description: 'Do Not Track signals are now honored, or the policy now says how it answers them.' },
    'cookies.dnt_ignored': { level: 'material', description: 'Do Not Track signals are no longer honored, or the policy no longer says they are.' },
    'cookies.dnt_narrowed': {
      level: 'material',
      description:
        'Do Not Track signals honored in full before are now honored only in part: the policy now says what a signal changes (`dnt_effect`) in place of its general promise.',
    },
    'cookies.dnt_effect_reworded': {
      level: 'material',
      description:
        'While Do Not Track signals are honored in part, the words of what a signal changes (`dnt_effect`) change. A tool cannot tell a narrower promise from a clearer one by the words, so the summary gives the new ones. Changes of case, spacing or a final full stop alone are `text.changed`.',
    },
    'cookies.dnt_widened': {
      level: 'minor',
      description:
        'Do Not Track signals honored only in part before are now honored in full: the policy no longer limits what a signal changes (`dnt_effect` removed).',
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.cookies;
    const a = after.source.cookies;
    const pairs = pairBy(b?.list, a?.list, (c) => c.name);
    const words = say().cookies;
    for (const { item, index } of pairs.added) {
      report({
        kind: item.kind === 'strictly_necessary' ? 'cookies.cookie_added' : 'cookies.tracking_added',
        path: ['cookies', 'list', index],
        summary: words.added(item.name, item.provider, withoutFullStop(item.purpose)),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'cookies.tracking_removed',
        path: ['cookies', 'list', index],
        summary: words.removed(item.name),
        before: item,
        after: null,
      });
    }
    for (const { before: old, after: now, afterIndex } of pairs.kept) {
      if (same(old, now)) continue;
      // Turning a necessary cookie into one that is not makes it a tracker from now on.
      const nowTracking = old.kind === 'strictly_necessary' && now.kind !== 'strictly_necessary';
      report({
        kind: nowTracking ? 'cookies.tracking_added' : 'cookies.cookie_changed',
        path: ['cookies', 'list', afterIndex],
        summary: words.changed(now.name, described(now)),
        before: old,
        after: now,
      });
    }
    if (b?.honors_dnt !== a?.honors_dnt) {
      // Honored from now on, in part: the summary says what the signal changes, as the policy does.
      const effect = a?.honors_dnt === true && a.dnt_effect !== undefined ? withoutFullStop(a.dnt_effect) : undefined;
      report({
        kind: b?.honors_dnt === true ? 'cookies.dnt_ignored' : 'cookies.dnt_honored',
        path: ['cookies', 'honors_dnt'],
        summary: words.dnt(a?.honors_dnt, effect),
        before: b?.honors_dnt,
        after: a?.honors_dnt,
      });
    } else if (a?.honors_dnt === true) {
      // Honored before and after. The policy prints what a signal changes only while the signal is
      // honored, so only then is its change one to read.
      compareDntEffect(report, b?.dnt_effect, a.dnt_effect);
    }
  },
});

/**
 * What a Do Not Track signal changes, while the signal is honored. The general promise covers all
 * tracking; an effect stated in its place takes part of it back, which the people who rely on the
 * signal must hear of, as of a commitment withdrawn. New words of the effect may narrow it too.
 */
function compareDntEffect(
  report: Report<'cookies.dnt_narrowed' | 'cookies.dnt_effect_reworded' | 'cookies.dnt_widened' | 'text.changed'>,
  before: string | undefined,
  after: string | undefined,
): void {
  if (before === after) return;
  const path = ['cookies', 'dnt_effect'];
  const words = say().cookies;
  if (before !== undefined && after !== undefined && sameWords(before, after)) {
    compareText(report, path, words.labels.dnt_effect, before, after);
    return;
  }
  report({
    kind: after === undefined ? 'cookies.dnt_widened' : before === undefined ? 'cookies.dnt_narrowed' : 'cookies.dnt_effect_reworded',
    path,
    summary:
      after === undefined ? words.dntWhole : before === undefined ? words.dntNarrowed(withoutFullStop(after)) : words.dntReworded(withoutFullStop(after)),
    before: before ?? null,
    after: after ?? null,
  });
}

/** What a cookie is now, for the sentence that says it changed. */
function described(cookie: Cookie): CookieNow {
  return {
    purpose: withoutFullStop(cookie.purpose),
    ...(cookie.provider ? { provider: cookie.provider } : {}),
    ...(cookie.duration ? { duration: cookie.duration } : {}),
  };
}

function withoutFullStop(text: string): string {
  return text.trim().replace(/\.$/, '');
}
