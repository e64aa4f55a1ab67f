import { durationDayRange } from '../../model/duration.js';
import { sameSet, setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { compareFlagUnstatedAsFalse } from '../wording.js';

/**
 * How future changes are announced, and how policyc levels them. `changes.levels` decides which
 * changes `--fail-on` lets through; the diff applies the base version's (levels.ts), so a change
 * to it is itself material: the gate's own setting passes the gate only with a review.
 */
export const changesCheck = defineCheck({
  id: 'changes',
  topic: 'changes',
  fields: [
    'changes.notice_period',
    'changes.channels',
    'changes.any_channel',
    'changes.scope',
    'changes.notify',
    'changes.continued_use_is_acceptance',
    'changes.subscribe_url',
    'changes.levels',
  ],
  kinds: {
    'changes.notice_period_shortened': {
      level: 'material',
      description: 'Less notice is promised before a material change takes effect (or none is promised any more).',
    },
    'changes.notice_period_changed': {
      level: 'minor',
      description: 'More notice is promised before a material change, or a notice period is promised for the first time.',
    },
    'changes.terms_changed': {
      level: 'minor',
      description: 'How changes are announced changes, where to subscribe to them, or whether continued use counts as accepting them.',
    },
    'changes.notify_weakened': {
      level: 'material',
      description: 'The policy no longer promises to tell people about changes, only that it may (`notify: may`).',
    },
    'changes.scope_narrowed': { level: 'material', description: 'People are told only about material changes, no longer about every change.' },
    'changes.levels_changed': {
      level: 'material',
      description: '`changes.levels` re-levels change kinds differently: it takes effect for the next diff, so it is reviewed as a material change.',
    },
  },
  detect(before, after, report) {
    const b = before.source.changes;
    const a = after.source.changes;
    const words = say().changes;
    if (b?.subscribe_url !== a?.subscribe_url) {
      report({
        kind: 'changes.terms_changed',
        path: ['changes', 'subscribe_url'],
        summary: words.subscribe(a?.subscribe_url),
        before: b?.subscribe_url,
        after: a?.subscribe_url,
      });
    }
    const old = b?.notice_period;
    const now = a?.notice_period;
    if (old !== now) {
      // More notice only if it is more on every date: P1M after P30D is 28 days in February.
      const shorter = now === undefined || (old !== undefined && (durationDayRange(now)?.[0] ?? 0) < (durationDayRange(old)?.[1] ?? 0));
      report({
        kind: shorter ? 'changes.notice_period_shortened' : 'changes.notice_period_changed',
        path: ['changes', 'notice_period'],
        summary: words.noticePeriod(now, old),
        before: old,
        after: now,
      });
    }
    const anyChannel = Boolean(a?.any_channel);
    const channelsChanged = !sameSet(b?.channels, a?.channels);
    if (channelsChanged || Boolean(b?.any_channel) !== anyChannel) {
      // Either change reads the same to the user: how they will be told from now on. A channel
      // that is dropped is said so, never hidden behind the list of the ones that remain.
      const field = channelsChanged ? 'channels' : 'any_channel';
      const dropped = setDiff(b?.channels, a?.channels).removed;
      report({
        kind: 'changes.terms_changed',
        path: ['changes', field],
        summary: words.channels(a?.channels ?? [], anyChannel, dropped),
        before: b?.[field],
        after: a?.[field],
      });
    }
    // Unstated is the default: "will", and material changes.
    const may = (c: typeof a): boolean => c?.notify === 'may';
    if (may(b) !== may(a)) {
      report({
        kind: may(a) ? 'changes.notify_weakened' : 'changes.terms_changed',
        path: ['changes', 'notify'],
        summary: words.notify(may(a)),
        before: b?.notify,
        after: a?.notify,
      });
    }
    const all = (c: typeof a): boolean => c?.scope === 'all';
    if (all(b) !== all(a)) {
      report({
        kind: all(a) ? 'changes.terms_changed' : 'changes.scope_narrowed',
        path: ['changes', 'scope'],
        summary: words.scope(all(a)),
        before: b?.scope,
        after: a?.scope,
      });
    }
    const [oldLevels, newLevels] = [sortedLevels(b?.levels), sortedLevels(a?.levels)];
    if (JSON.stringify(oldLevels) !== JSON.stringify(newLevels)) {
      report({
        kind: 'changes.levels_changed',
        path: ['changes', 'levels'],
        summary: words.levels,
        before: b?.levels === undefined ? undefined : Object.fromEntries(oldLevels),
        after: a?.levels === undefined ? undefined : Object.fromEntries(newLevels),
      });
    }
    compareFlagUnstatedAsFalse(
      report,
      ['changes', 'continued_use_is_acceptance'],
      b?.continued_use_is_acceptance,
      a?.continued_use_is_acceptance,
      'changes.terms_changed',
      words.continuedUse,
    );
  },
});

/** The re-levelled kinds in a stable order: the order they are written in is no change. */
function sortedLevels(levels: Readonly<Record<string, string | undefined>> | undefined): Array<[string, string]> {
  return Object.entries(levels ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}
