import type { Path } from '../../diagnostics.js';
import { durationInDays } from '../../model/duration.js';
import type { Right, Rights } from '../../model/policy.generated.js';
import { droppedLaws } from '../dropped-laws.js';
import { canonical, setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck, type KindInfo } from '../types.js';
import {
  PRACTICE_REWORDED,
  TEXT_CHANGED,
  closingQuote,
  compareFields,
  compareFlagUnstatedAsFalse,
  comparePractice,
  compareText,
  sameWords,
} from '../wording.js';

/** Shared with checks/rights-process.ts, whose extra time for complex requests is a response time too. */
export const RESPONSE_TIME_CHANGED: KindInfo = {
  level: 'minor',
  description:
    'The time to answer requests about rights gets shorter, or is newly stated; or the extra time for complex requests gets shorter or is no longer claimed.',
};
export const RESPONSE_TIME_EXTENDED: KindInfo = {
  level: 'material',
  description:
    'We may take longer to answer requests about rights, or no longer say how long, or claim more extra time for complex requests: the right is slower to use.',
};

type Scope = 'everyone' | 'gdpr' | 'uk_gdpr' | 'swiss_fadp' | 'ccpa';
const LAWS: ReadonlyArray<Exclude<Scope, 'everyone'>> = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

/** The rights people have, by right and by law: a right that disappears is a weaker policy. */
export const rightsCheck = defineCheck({
  id: 'rights',
  topic: 'rights',
  fields: [
    'rights.everyone',
    'rights.response_time',
    'rights.response_time_usual',
    'rights.verification',
    'rights.instructions',
    'rights.limits',
    ...LAWS.flatMap((law) => [`rights.${law}.rights`, `rights.${law}.response_time`, `rights.${law}.authority`]),
  ],
  kinds: {
    'right.added': { level: 'minor', description: 'A right is granted, to everyone or under a law.' },
    'right.removed': { level: 'material', description: 'A right is no longer granted, to everyone or under a law.' },
    'right.response_time_changed': RESPONSE_TIME_CHANGED,
    'right.response_time_extended': RESPONSE_TIME_EXTENDED,
    'right.verification_changed': {
      level: 'material',
      description:
        'How identity is verified before a request is acted on changes, as steps: what is asked, for which requests, whether it is matched or sworn; or the steps are no longer stated.',
    },
    'right.limit_set': {
      level: 'material',
      description: 'A limit on a right given to everyone is added or changed in substance: the promise may be narrower than it was.',
    },
    'right.limit_removed': { level: 'minor', description: 'A limit on a right given to everyone is removed: the promise is wider.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.rights;
    const a = after.source.rights;
    const dropped = droppedLaws(before, after);
    const words = say().rights;
    const scopes: readonly Scope[] = ['everyone', ...LAWS.filter((scope) => !dropped.has(scope))];
    for (const scope of scopes) {
      const law = scope === 'everyone' ? undefined : scope;
      const old = rightsOf(b, scope);
      const now = rightsOf(a, scope);
      const path: Path = scope === 'everyone' ? ['rights', 'everyone'] : ['rights', scope, 'rights'];
      const { added, removed } = setDiff(old, now);
      for (const right of added) {
        const summary = words.added(law, right);
        const cause = { key: `right.added|${scope}`, summary: words.addedAll(law), detail: words.right(right) };
        report({ kind: 'right.added', path: [...path, now.indexOf(right)], summary, before: null, after: right, cause });
      }
      for (const right of removed) {
        const summary = words.removed(law, right);
        const cause = { key: `right.removed|${scope}`, summary: words.removedAll(law), detail: words.right(right) };
        report({ kind: 'right.removed', path: [...path, old.indexOf(right)], summary, before: right, after: null, cause });
      }
    }

    responseTime(['rights', 'response_time'], undefined, b?.response_time, a?.response_time);
    // "In most cases within 30 days" promises less than "within 30 days".
    const [usual, usualNow] = [b?.response_time_usual === true, a?.response_time_usual === true];
    if (usual !== usualNow && a?.response_time !== undefined) {
      report({
        kind: usualNow ? 'right.response_time_extended' : 'right.response_time_changed',
        path: ['rights', 'response_time_usual'],
        summary: words.responseUsual(usualNow, a.response_time),
        before: b?.response_time_usual,
        after: a?.response_time_usual,
      });
    }
    for (const scope of LAWS) {
      if (dropped.has(scope)) continue;
      responseTime(['rights', scope, 'response_time'], scope, b?.[scope]?.response_time, a?.[scope]?.response_time);
      const authorityPath: Path = ['rights', scope, 'authority'];
      compareFields(report, authorityPath, b?.[scope]?.authority, a?.[scope]?.authority, words.labels(scope));
      compareFlagUnstatedAsFalse(report, [...authorityPath, 'local'], b?.[scope]?.authority?.local, a?.[scope]?.authority?.local, 'text.changed', (local) =>
        words.localAuthority(scope, local),
      );
    }
    // The identity check protects people from someone else asking for their data: it is practice, not wording.
    const [oldCheck, newCheck] = [b?.verification, a?.verification];
    if (typeof oldCheck !== 'object' && typeof newCheck !== 'object') {
      comparePractice(report, ['rights'], b, a, { verification: words.verification });
    } else {
      if (verificationKey(oldCheck) !== verificationKey(newCheck)) {
        // Steps are facts: what a person must hand over, and whether someone else could pass as them.
        report({
          kind: 'right.verification_changed',
          path: ['rights', 'verification'],
          summary:
            newCheck === undefined
              ? words.verificationDropped
              : typeof newCheck === 'string'
                ? say().wording.practiceChanged(words.verification, closingQuote(newCheck))
                : words.verificationSteps(newCheck.steps),
          before: oldCheck,
          after: newCheck,
        });
      }
      // The note beside the steps is the company's own words, compared as such.
      if (typeof oldCheck === 'object' && typeof newCheck === 'object') {
        comparePractice(report, ['rights', 'verification'], oldCheck, newCheck, { note: words.verificationNote });
      }
    }
    const instructed = new Set([...Object.keys(b?.instructions ?? {}), ...Object.keys(a?.instructions ?? {})]);
    for (const right of [...instructed].sort()) {
      compareText(report, ['rights', 'instructions', right], words.instructions(right), b?.instructions?.[right], a?.instructions?.[right]);
    }
    // A limit narrows a promise: new words are a new limit, unless only their spelling changed.
    const limited = new Set([...Object.keys(b?.limits ?? {}), ...Object.keys(a?.limits ?? {})]) as Set<Right>;
    for (const right of [...limited].sort()) {
      const [old, now] = [b?.limits?.[right], a?.limits?.[right]];
      const path: Path = ['rights', 'limits', right];
      if (old === now) continue;
      if (old !== undefined && now !== undefined && sameWords(old, now)) compareText(report, path, words.limit(right), old, now);
      else if (now === undefined) report({ kind: 'right.limit_removed', path, summary: words.limitRemoved(right), before: old, after: null });
      else report({ kind: 'right.limit_set', path, summary: words.limitSet(right, closingQuote(now)), before: old ?? null, after: now });
    }

    function responseTime(path: Path, law: Exclude<Scope, 'everyone'> | undefined, old: string | undefined, now: string | undefined): void {
      if (old === now) return;
      const [was, will] = [old, now].map((d) => (d === undefined ? undefined : durationInDays(d)));
      const longer = was !== undefined && (will === undefined || (will as number) > was);
      report({
        kind: longer ? 'right.response_time_extended' : 'right.response_time_changed',
        path,
        summary: words.responseTime(law, now, old),
        before: old,
        after: now,
      });
    }
  },
});

function rightsOf(rights: Rights | undefined, scope: Scope): Right[] {
  return (scope === 'everyone' ? rights?.everyone : rights?.[scope]?.rights) ?? [];
}

/** An identity check's steps, with their order and that of their lists left out: reordering them changes nothing. Its note is compared apart. */
function verificationKey(verification: Rights['verification']): string {
  if (verification === undefined || typeof verification === 'string') return canonical(verification);
  return canonical(verification.steps.map((step) => canonical({ ...step, asks: [...step.asks].sort(), requests: [...(step.requests ?? [])].sort() })).sort());
}
