import type { Path } from '../../diagnostics.js';
import type { Channel } from '../../i18n/phrases/en.js';
import { durationInDays } from '../../model/duration.js';
import type { Address, Rights } from '../../model/policy.generated.js';
import { addressLine } from '../../render/helpers/address.js';
import { pairRetyped, same, setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck, type Report } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFlagUnstatedAsFalse, comparePractice, compareText } from '../wording.js';
import { RESPONSE_TIME_CHANGED, RESPONSE_TIME_EXTENDED } from './rights.js';

type Appeal = NonNullable<Rights['appeal']>;

/**
 * How people use their rights, beyond which rights they have (checks/rights.ts): the ways to
 * make a request, agents, exceptions, appeals, extra time, and the promise that everyone has the
 * same rights. Losing any of them makes a right harder to use.
 */
export const rightsProcessCheck = defineCheck({
  id: 'rights-process',
  topic: 'rights',
  fields: ['rights.phone', 'rights.address', 'rights.same_for_everyone', 'rights.extension', 'rights.authorized_agents', 'rights.appeal', 'rights.exemptions'],
  kinds: {
    'right.channel_added': { level: 'minor', description: 'Requests about rights can now be made by phone or by post.' },
    'right.channel_removed': { level: 'material', description: 'Requests about rights can no longer be made by phone or by post: a way to use them is gone.' },
    'right.channel_changed': { level: 'minor', description: 'The phone number or postal address for requests about rights changes.' },
    'right.same_for_everyone_stated': { level: 'minor', description: 'The policy now says everyone has the same rights, wherever they live.' },
    'right.same_for_everyone_withdrawn': {
      level: 'material',
      description: 'The policy no longer says everyone has the same rights wherever they live: people outside the laws that grant them may lose them.',
    },
    'right.agents_accepted': { level: 'minor', description: 'Someone a person authorizes can now make requests for them, or the policy now says so.' },
    'right.agents_refused': {
      level: 'material',
      description: 'Requests from someone a person authorizes are no longer accepted, or the policy no longer says they are.',
    },
    'right.exemption_added': { level: 'material', description: 'A new case in which the company may decline a request about rights.' },
    'right.exemption_removed': { level: 'minor', description: 'A case in which the company may decline a request about rights is no longer named.' },
    'right.appeal_added': { level: 'minor', description: 'People can now appeal when a request is declined, or in more places.' },
    'right.appeal_removed': { level: 'material', description: 'People can no longer appeal when a request is declined, or in fewer places.' },
    'right.appeal_changed': { level: 'minor', description: 'Appeals are answered sooner, or the authority named for a denied appeal changes.' },
    'right.appeal_slowed': { level: 'material', description: 'Appeals may take longer to answer, or the policy no longer says how long.' },
    'right.response_time_changed': RESPONSE_TIME_CHANGED,
    'right.response_time_extended': RESPONSE_TIME_EXTENDED,
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.rights;
    const a = after.source.rights;
    channel(report, ['rights', 'phone'], 'phone', b?.phone, a?.phone);
    channel(report, ['rights', 'address'], 'post', postal(b?.address), postal(a?.address), b?.address, a?.address);

    compareFlagUnstatedAsFalse(
      report,
      ['rights', 'same_for_everyone'],
      b?.same_for_everyone,
      a?.same_for_everyone,
      { on: 'right.same_for_everyone_stated', off: 'right.same_for_everyone_withdrawn' },
      say().rightsProcess.sameForEveryone,
    );

    extension(report, b?.extension, a?.extension);
    agents(report, b?.authorized_agents, a?.authorized_agents);
    exemptions(report, b?.exemptions, a?.exemptions);
    appeal(report, b?.appeal, a?.appeal);
  },
});

/** An address as one comparable line. */
function postal(address: Address | undefined): string | undefined {
  return address === undefined ? undefined : addressLine(address);
}

function channel(
  report: Report<'right.channel_added' | 'right.channel_removed' | 'right.channel_changed'>,
  path: Path,
  how: Channel,
  old: string | undefined,
  now: string | undefined,
  beforeValue: unknown = old,
  afterValue: unknown = now,
): void {
  if (old === now) return;
  const words = say().rightsProcess;
  const summary = old === undefined ? words.channelAdded(how, now as string) : now === undefined ? words.channelRemoved(how) : words.channelChanged(how, now);
  const kind = old === undefined ? 'right.channel_added' : now === undefined ? 'right.channel_removed' : 'right.channel_changed';
  report({ kind, path, summary, before: beforeValue, after: afterValue });
}

function extension(report: Report<'right.response_time_changed' | 'right.response_time_extended'>, old: string | undefined, now: string | undefined): void {
  if (old === now) return;
  const was = old === undefined ? 0 : (durationInDays(old) ?? 0);
  const will = now === undefined ? 0 : (durationInDays(now) ?? 0);
  report({
    kind: will > was ? 'right.response_time_extended' : 'right.response_time_changed',
    path: ['rights', 'extension'],
    summary: say().rightsProcess.extension(now, old),
    before: old,
    after: now,
  });
}

function agents(
  report: Report<'right.agents_accepted' | 'right.agents_refused' | 'practice.reworded' | 'text.changed'>,
  old: Rights['authorized_agents'],
  now: Rights['authorized_agents'],
): void {
  compareFlagUnstatedAsFalse(
    report,
    ['rights', 'authorized_agents', 'accepted'],
    old?.accepted,
    now?.accepted,
    { on: 'right.agents_accepted', off: 'right.agents_refused' },
    (will) => say().rightsProcess.agents(will, now !== undefined),
  );
  // What an agent must show decides whether one can act at all: practice, not wording.
  comparePractice(report, ['rights', 'authorized_agents'], old, now, { proof: say().rightsProcess.labels.proof });
}

function exemptions(
  report: Report<'right.exemption_added' | 'right.exemption_removed' | 'text.changed'>,
  old: readonly string[] | undefined,
  now: readonly string[] | undefined,
): void {
  const diff = setDiff(old ?? [], now ?? []);
  const { retyped, added, removed } = pairRetyped(diff.removed, diff.added);
  for (const [was, is] of retyped) compareText(report, ['rights', 'exemptions', (now ?? []).indexOf(is)], say().rightsProcess.exemption(is), was, is);
  for (const text of added) {
    report({
      kind: 'right.exemption_added',
      path: ['rights', 'exemptions', (now ?? []).indexOf(text)],
      summary: say().rightsProcess.exemptionAdded(text.trim().replace(/\.$/, '')),
      before: null,
      after: text,
    });
  }
  for (const text of removed) {
    report({
      kind: 'right.exemption_removed',
      path: ['rights', 'exemptions', (old ?? []).indexOf(text)],
      summary: say().rightsProcess.exemptionRemoved(text.trim().replace(/\.$/, '')),
      before: text,
      after: null,
    });
  }
}

function appeal(
  report: Report<'right.appeal_added' | 'right.appeal_removed' | 'right.appeal_changed' | 'right.appeal_slowed' | 'practice.reworded' | 'text.changed'>,
  old: Appeal | undefined,
  now: Appeal | undefined,
): void {
  const path: Path = ['rights', 'appeal'];
  const words = say().rightsProcess;
  if (old === undefined || now === undefined) {
    if (old === now) return;
    report({
      kind: now ? 'right.appeal_added' : 'right.appeal_removed',
      path,
      summary: now ? words.appealAdded(now.regions) : words.appealRemoved,
      before: old ?? null,
      after: now ?? null,
    });
    return;
  }
  // No list of places means everywhere: a list where there was none narrows the right, and the other way round.
  const { added, removed } = setDiff(old.regions ?? [], now.regions ?? []);
  if (old.regions === undefined && now.regions !== undefined) {
    report({
      kind: 'right.appeal_removed',
      path: [...path, 'regions'],
      summary: words.appealOnly(now.regions),
      before: null,
      after: now.regions,
    });
  } else if (old.regions !== undefined && now.regions === undefined) {
    report({ kind: 'right.appeal_added', path: [...path, 'regions'], summary: words.appealEverywhere, before: old.regions, after: null });
  } else {
    if (added.length > 0) {
      report({
        kind: 'right.appeal_added',
        path: [...path, 'regions'],
        summary: words.appealAlso(added),
        before: old.regions,
        after: now.regions,
      });
    }
    if (removed.length > 0) {
      report({
        kind: 'right.appeal_removed',
        path: [...path, 'regions'],
        summary: words.appealNoLonger(removed),
        before: old.regions,
        after: now.regions,
      });
    }
  }
  comparePractice(report, path, old, now, { how: words.labels.how });
  if (old.response_time !== now.response_time) {
    const was = old.response_time === undefined ? undefined : durationInDays(old.response_time);
    const will = now.response_time === undefined ? undefined : durationInDays(now.response_time);
    const slower = was !== undefined && (will === undefined || (will as number) > was);
    report({
      kind: slower ? 'right.appeal_slowed' : 'right.appeal_changed',
      path: [...path, 'response_time'],
      summary: words.appealTime(now.response_time, old.response_time),
      before: old.response_time,
      after: now.response_time,
    });
  }
  if (!same(old.authority, now.authority)) {
    report({
      kind: 'right.appeal_changed',
      path: [...path, 'authority'],
      summary: words.appealAuthority(now.authority?.name, now.authority?.url, now.authority?.regions),
      before: old.authority,
      after: now.authority,
    });
  }
}
