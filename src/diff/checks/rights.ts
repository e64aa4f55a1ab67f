import { LAWS as LAW_BASE } from '../../law/index.js';
import type { Path } from '../../diagnostics.js';
import { durationInDays, durationInWords } from '../../model/duration.js';
import type { Right, Rights } from '../../model/policy.generated.js';
import { droppedLaws } from '../dropped-laws.js';
import { canonical, setDiff } from '../match.js';
import { joinList } from '../../render/helpers/text.js';
import { defineCheck, type KindInfo } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice, compareText } from '../wording.js';

const RIGHTS: Readonly<Record<Right, string>> = {
  access: 'to access your data',
  rectification: 'to have inaccurate data corrected',
  erasure: 'to have your data erased',
  restriction: 'to restrict how we use your data',
  portability: 'to receive your data in a portable format',
  object: 'to object to how we use your data',
  automated_decisions: 'not to be subject to decisions made solely by automated means',
  withdraw_consent: 'to withdraw your consent',
  complaint: 'to complain to a supervisory authority',
  know: 'to know what personal information we collect about you',
  delete: 'to have your personal information deleted',
  correct: 'to have inaccurate personal information corrected',
  opt_out_sale_sharing: 'to opt out of the sale or sharing of your personal information',
  limit_sensitive: 'to limit the use of your sensitive personal information',
  non_discrimination: 'not to be treated differently for using your rights',
  opt_out_marketing: 'to opt out of marketing',
};

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
const LAWS: ReadonlyArray<[Exclude<Scope, 'everyone'>, string]> = (['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'] as const).map((law) => [law, LAW_BASE[law].short]);

/** The rights people have, by right and by law: a right that disappears is a weaker policy. */
export const rightsCheck = defineCheck({
  id: 'rights',
  topic: 'rights',
  fields: [
    'rights.everyone',
    'rights.response_time',
    'rights.verification',
    'rights.instructions',
    ...LAWS.flatMap(([law]) => [`rights.${law}.rights`, `rights.${law}.response_time`, `rights.${law}.authority`]),
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
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.rights;
    const a = after.source.rights;
    const dropped = droppedLaws(before, after);
    const scopes: ReadonlyArray<[Scope, string | undefined]> = [['everyone', undefined], ...LAWS.filter(([scope]) => !dropped.has(scope))];
    for (const [scope, law] of scopes) {
      const old = rightsOf(b, scope);
      const now = rightsOf(a, scope);
      const path: Path = scope === 'everyone' ? ['rights', 'everyone'] : ['rights', scope, 'rights'];
      const { added, removed } = setDiff(old, now);
      for (const right of added) {
        const summary = law ? `Under ${law}, you now have the right ${RIGHTS[right]}.` : `Everyone now has the right ${RIGHTS[right]}.`;
        const cause = {
          key: `right.added|${scope}`,
          summary: law ? `Under ${law}, you now have these rights:` : 'Everyone now has these rights, wherever they live:',
          detail: `the right ${RIGHTS[right]}`,
        };
        report({ kind: 'right.added', path: [...path, now.indexOf(right)], summary, before: null, after: right, cause });
      }
      for (const right of removed) {
        const summary = law
          ? `The policy no longer gives you the right under ${law} ${RIGHTS[right]}.`
          : `We no longer give everyone the right ${RIGHTS[right]}.`;
        const cause = {
          key: `right.removed|${scope}`,
          summary: law ? `The policy no longer gives you these rights under ${law}:` : 'We no longer give everyone these rights:',
          detail: `the right ${RIGHTS[right]}`,
        };
        report({ kind: 'right.removed', path: [...path, old.indexOf(right)], summary, before: right, after: null, cause });
      }
    }

    responseTime(['rights', 'response_time'], 'requests about your rights', b?.response_time, a?.response_time);
    for (const [scope, law] of LAWS) {
      if (dropped.has(scope)) continue;
      responseTime(['rights', scope, 'response_time'], `requests under ${law}`, b?.[scope]?.response_time, a?.[scope]?.response_time);
      const authorityPath: Path = ['rights', scope, 'authority'];
      compareFields(report, authorityPath, b?.[scope]?.authority, a?.[scope]?.authority, {
        name: `the supervisory authority named for ${law}`,
        url: `the link to the supervisory authority for ${law}`,
      });
      if (Boolean(b?.[scope]?.authority?.local) !== Boolean(a?.[scope]?.authority?.local)) {
        report({
          kind: 'text.changed',
          path: [...authorityPath, 'local'],
          summary: a?.[scope]?.authority?.local
            ? `We now also mention the authority where you live, for ${law}.`
            : `We no longer mention the authority where you live, for ${law}.`,
          before: b?.[scope]?.authority?.local,
          after: a?.[scope]?.authority?.local,
        });
      }
    }
    // The identity check protects people from someone else asking for their data: it is practice, not wording.
    const [oldCheck, newCheck] = [b?.verification, a?.verification];
    if (typeof oldCheck !== 'object' && typeof newCheck !== 'object') {
      comparePractice(report, ['rights'], b, a, { verification: 'how we verify your identity before acting on a request' });
    } else if (verificationKey(oldCheck) !== verificationKey(newCheck)) {
      // Steps are facts: what a person must hand over, and whether someone else could pass as them.
      report({
        kind: 'right.verification_changed',
        path: ['rights', 'verification'],
        summary:
          newCheck === undefined
            ? 'The policy no longer says how we verify your identity before acting on a request.'
            : fullStop(`We changed how we verify your identity before acting on a request: ${verificationInWords(newCheck)}`),
        before: oldCheck,
        after: newCheck,
      });
    }
    const instructed = new Set([...Object.keys(b?.instructions ?? {}), ...Object.keys(a?.instructions ?? {})]);
    for (const right of [...instructed].sort()) {
      const words = RIGHTS[right as Right] ?? right;
      compareText(
        report,
        ['rights', 'instructions', right],
        `the instructions for using your right ${words}`,
        b?.instructions?.[right],
        a?.instructions?.[right],
      );
    }

    function responseTime(path: Path, what: string, old: string | undefined, now: string | undefined): void {
      if (old === now) return;
      const [was, will] = [old, now].map((d) => (d === undefined ? undefined : durationInDays(d)));
      const longer = was !== undefined && (will === undefined || (will as number) > was);
      report({
        kind: longer ? 'right.response_time_extended' : 'right.response_time_changed',
        path,
        summary: now
          ? `We now answer ${what} within ${durationInWords(now)}${old ? ` instead of ${durationInWords(old)}` : ''}.`
          : `The policy no longer says how quickly we answer ${what}.`,
        before: old,
        after: now,
      });
    }
  },
});

function rightsOf(rights: Rights | undefined, scope: Scope): Right[] {
  return (scope === 'everyone' ? rights?.everyone : rights?.[scope]?.rights) ?? [];
}

/** The steps of an identity check in one clause: "we ask for your email address (for a request to know), and match it with our records". */
function verificationInWords(verification: NonNullable<Rights['verification']>): string {
  if (typeof verification === 'string') return `it now reads “${verification.trim().replace(/\s+/g, ' ')}”`;
  const steps = verification.steps.map((step) => {
    const scope = [
      ...(step.requests === undefined
        ? []
        : [
            `for a request ${joinList(
              step.requests.map((r) => RIGHTS[r]),
              'or',
            )}`,
          ]),
      ...(step.when === undefined ? [] : [step.when]),
    ];
    return `${scope.length > 0 ? `${scope.join(' ')}, ` : ''}we ask for ${joinList(step.asks)}${step.matched === true ? ' and match it with the information we hold' : ''}${step.signed_declaration === true ? ', with a declaration signed under penalty of perjury' : ''}`;
  });
  return steps.join('; ');
}

/** An identity check, with the order of its steps and of their lists left out: reordering them changes nothing. */
function verificationKey(verification: Rights['verification']): string {
  if (verification === undefined || typeof verification === 'string') return canonical(verification);
  const steps = verification.steps.map((step) => canonical({ ...step, asks: [...step.asks].sort(), requests: [...(step.requests ?? [])].sort() })).sort();
  return canonical({ ...verification, steps });
}

/** A full stop, unless a quoted sentence already ends the summary. */
function fullStop(summary: string): string {
  return /[.!?]\u201D$/.test(summary) ? summary : `${summary}.`;
}
