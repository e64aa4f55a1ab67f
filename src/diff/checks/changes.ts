import { durationDayRange, durationInWords } from '../../model/duration.js';
import { joinList } from '../../render/helpers/text.js';
import { sameSet, setDiff } from '../match.js';
import { defineCheck } from '../types.js';

const CHANNELS: Readonly<Record<string, string>> = { email: 'by email', in_app: 'in the app', website: 'on our website', other: 'by other means' };

/**
 * How future changes are announced. `changes.levels` configures policyc itself and is not part
 * of the policy people read, so it is never reported.
 */
export const changesCheck = defineCheck({
  id: 'changes',
  topic: 'changes',
  // `levels` is listed so that the safety net leaves it alone: it configures policyc, not the policy.
  fields: ['changes.notice_period', 'changes.channels', 'changes.any_channel', 'changes.continued_use_is_acceptance', 'changes.levels'],
  kinds: {
    'changes.notice_period_shortened': { level: 'material', description: 'Less notice is promised before a material change takes effect (or none is promised any more).' },
    'changes.notice_period_changed': { level: 'minor', description: 'More notice is promised before a material change, or a notice period is promised for the first time.' },
    'changes.terms_changed': { level: 'minor', description: 'How changes are announced changes, or whether continued use counts as accepting them.' },
  },
  detect(before, after, report) {
    const b = before.source.changes;
    const a = after.source.changes;
    const old = b?.notice_period;
    const now = a?.notice_period;
    if (old !== now) {
      // More notice only if it is more on every date: P1M after P30D is 28 days in February.
      const shorter = now === undefined || (old !== undefined && (durationDayRange(now)?.[0] ?? 0) < (durationDayRange(old)?.[1] ?? 0));
      report({
        kind: shorter ? 'changes.notice_period_shortened' : 'changes.notice_period_changed',
        path: ['changes', 'notice_period'],
        summary: now
          ? `We will now tell you about important changes ${durationInWords(now)} before they take effect${old ? ` instead of ${durationInWords(old)}` : ''}.`
          : 'We no longer promise a notice period before important changes take effect.',
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
      const words = (channels: readonly string[], join: 'and' | 'or'): string => joinList(channels.map((c) => CHANNELS[c] ?? c), join);
      const now = a?.channels?.length ? `We will now tell you about changes ${words(a.channels, anyChannel ? 'or' : 'and')}` : 'The policy no longer says how we tell you about changes';
      report({
        kind: 'changes.terms_changed',
        path: ['changes', field],
        summary: dropped.length > 0 && a?.channels?.length ? `${now}, no longer ${words(dropped, 'or')}.` : `${now}.`,
        before: b?.[field],
        after: a?.[field],
      });
    }
    if (Boolean(b?.continued_use_is_acceptance) !== Boolean(a?.continued_use_is_acceptance)) {
      report({
        kind: 'changes.terms_changed',
        path: ['changes', 'continued_use_is_acceptance'],
        summary: a?.continued_use_is_acceptance ? 'Using the service after a change now means you accept the updated policy.' : 'Using the service after a change no longer means you accept the updated policy.',
        before: b?.continued_use_is_acceptance,
        after: a?.continued_use_is_acceptance,
      });
    }
  },
});
