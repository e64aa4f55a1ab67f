import type { RightsLawId } from '../../law/index.js';
import type { Path } from '../../diagnostics.js';
import type { Address, Contact } from '../../model/policy.generated.js';
import { addressLine } from '../../render/helpers/address.js';
import { droppedLaws } from '../dropped-laws.js';
import { pairBy, same, sameSet } from '../match.js';
import { say } from '../say.js';
import { defineCheck, type Report } from '../types.js';
import { compareFlagUnstatedAsFalse } from '../wording.js';

type Kind = 'contact.changed';

/** The laws whose rights can have their own request channel. */
const LAWS: readonly RightsLawId[] = ['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'];

/**
 * Every way to reach the company, wherever the file states it: the controller, the privacy
 * contact, the DPO, representatives, where rights requests and parents' questions go.
 */
export const contactCheck = defineCheck({
  id: 'contact',
  topic: 'company',
  fields: [
    'controller.email',
    'controller.phone',
    'controller.fax',
    'controller.website',
    'controller.legal_notice',
    'controller.address',
    'controller.dpo',
    'controller.representatives',
    'contact.email',
    'contact.url',
    'contact.forum',
    'contact.phone',
    'contact.team',
    'rights.email',
    'rights.url',
    'rights.in_app',
    'rights.in_app_rights',
    'rights.subject_line',
    ...LAWS.flatMap((law) => [`rights.${law}.in_app`, `rights.${law}.subject_line`]),
    'children.contact',
  ],
  kinds: {
    'contact.changed': {
      level: 'minor',
      description:
        'A way to reach the company changes: an email address, phone number, website, legal notice, postal address, contact form, public forum, the DPO or a representative; an address moved between contact form and public forum is one change.',
    },
    'right.email_requests_ended': {
      level: 'material',
      description: 'Requests about rights can no longer be made by email: a request form given without rights.email is the only channel the policy offers.',
    },
    'right.email_requests_offered': { level: 'minor', description: 'Requests about rights can now be made by email as well.' },
  },
  detect(before, after, report) {
    const b = before.source;
    const a = after.source;
    const words = say().contact;
    const labels = words.labels;
    contactValue(report, ['controller', 'email'], labels.email, b.controller.email, a.controller.email);
    contactValue(report, ['controller', 'phone'], labels.phone, b.controller.phone, a.controller.phone);
    contactValue(report, ['controller', 'fax'], labels.fax, b.controller.fax, a.controller.fax);
    contactValue(report, ['controller', 'website'], labels.website, b.controller.website, a.controller.website);
    contactValue(report, ['controller', 'legal_notice'], labels.legal_notice, b.controller.legal_notice, a.controller.legal_notice);
    contactValue(
      report,
      ['controller', 'address'],
      labels.address,
      address(b.controller.address),
      address(a.controller.address),
      b.controller.address,
      a.controller.address,
    );

    const bd = b.controller.dpo;
    const ad = a.controller.dpo;
    if (!same(bd, ad)) {
      const who = (d: NonNullable<typeof ad>): string =>
        [d.name, d.email, d.phone, d.fax === undefined ? undefined : words.fax(d.fax), d.url, d.address === undefined ? undefined : addressLine(d.address)]
          .filter((part) => part !== undefined)
          .join(', ');
      report({
        kind: 'contact.changed',
        path: ['controller', 'dpo'],
        summary: !ad ? words.dpoGone : !bd ? words.dpoAppointed(who(ad)) : words.dpoChanged(who(ad)),
        before: bd,
        after: ad,
      });
    }

    const reps = pairBy(b.controller.representatives, a.controller.representatives, (r) => r.jurisdiction);
    const repPath = (i: number): Path => ['controller', 'representatives', i];
    // Unnamed, the representative is its contact details.
    const rep = (r: { name?: string; email?: string; address?: Address }): string =>
      [r.name === undefined ? r.email : `${r.name}${r.email ? ` (${r.email})` : ''}`, r.address && addressLine(r.address)].filter(Boolean).join(', ');
    for (const { item, index } of reps.added) {
      report({
        kind: 'contact.changed',
        path: repPath(index),
        summary: words.representative(item.jurisdiction, rep(item)),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of reps.removed) {
      report({
        kind: 'contact.changed',
        path: repPath(index),
        summary: words.representativeGone(item.jurisdiction),
        before: item,
        after: null,
      });
    }
    for (const k of reps.kept) {
      if (same(k.before, k.after)) continue;
      report({
        kind: 'contact.changed',
        path: repPath(k.afterIndex),
        summary: words.representativeChanged(k.after.jurisdiction, rep(k.after)),
        before: k.before,
        after: k.after,
      });
    }

    contactValue(report, ['contact', 'email'], labels.privacyEmail, b.contact?.email, a.contact?.email);
    const moved = channelKindMoved(b.contact, a.contact);
    if (moved.toForum !== undefined)
      report({
        kind: 'contact.changed',
        path: ['contact', 'forum'],
        summary: words.nowForum(moved.toForum),
        before: { url: moved.toForum },
        after: { forum: moved.toForum },
      });
    if (moved.toForm !== undefined)
      report({
        kind: 'contact.changed',
        path: ['contact', 'url'],
        summary: words.nowForm(moved.toForm),
        before: { forum: moved.toForm },
        after: { url: moved.toForm },
      });
    contactValue(report, ['contact', 'url'], labels.privacyUrl, moved.urlBefore, a.contact?.url);
    contactValue(report, ['contact', 'forum'], labels.forum, moved.forumBefore, a.contact?.forum);
    contactValue(report, ['contact', 'phone'], labels.privacyPhone, b.contact?.phone, a.contact?.phone);
    contactValue(report, ['contact', 'team'], labels.team, b.contact?.team, a.contact?.team);
    contactValue(report, ['rights', 'email'], labels.rightsEmail, b.rights?.email, a.rights?.email);
    contactValue(report, ['rights', 'url'], labels.rightsUrl, b.rights?.url, a.rights?.url);
    contactValue(report, ['rights', 'in_app'], labels.inApp, b.rights?.in_app, a.rights?.in_app);
    contactValue(report, ['rights', 'subject_line'], labels.subjectLine, b.rights?.subject_line, a.rights?.subject_line);
    // A request form given without rights.email ends requests by email (normalize.ts: rightsByEmail), which no field's change says.
    compareFlagUnstatedAsFalse(
      report,
      ['rights'],
      before.rightsByEmail,
      after.rightsByEmail,
      { on: 'right.email_requests_offered', off: 'right.email_requests_ended' },
      (now) => words.requestsByEmail(now, now ? after.rightsEmail : before.rightsEmail),
    );
    if (!sameSet(b.rights?.in_app_rights, a.rights?.in_app_rights)) {
      report({
        kind: 'contact.changed',
        path: ['rights', 'in_app_rights'],
        summary: words.inAppRights(a.rights?.in_app_rights ?? []),
        before: b.rights?.in_app_rights,
        after: a.rights?.in_app_rights,
      });
    }
    const dropped = droppedLaws(before, after);
    for (const law of LAWS) {
      if (dropped.has(law)) continue;
      contactValue(report, ['rights', law, 'in_app'], labels.lawInApp(law), b.rights?.[law]?.in_app, a.rights?.[law]?.in_app);
      contactValue(report, ['rights', law, 'subject_line'], labels.lawSubjectLine(law), b.rights?.[law]?.subject_line, a.rights?.[law]?.subject_line);
    }
    contactValue(report, ['children', 'contact'], labels.parents, b.children?.contact, a.children?.contact);
  },
});

/**
 * An address that was the contact form and is now the public forum (or the reverse) is one change
 * of what the policy calls it, not a form gone and a forum given. The before values returned are
 * what the two fields are then compared from, with the moved address taken out of the comparison.
 */
function channelKindMoved(
  b: Contact | undefined,
  a: Contact | undefined,
): { toForum?: string; toForm?: string; urlBefore: string | undefined; forumBefore: string | undefined } {
  const toForum = b?.url !== undefined && b.url === a?.forum && a.url !== b.url && b.forum !== a.forum ? b.url : undefined;
  const toForm = b?.forum !== undefined && b.forum === a?.url && a.forum !== b.forum && b.url !== a.url ? b.forum : undefined;
  return {
    ...(toForum === undefined ? {} : { toForum }),
    ...(toForm === undefined ? {} : { toForm }),
    urlBefore: toForum !== undefined ? (toForm !== undefined ? a?.url : undefined) : toForm !== undefined ? (b?.url ?? a?.url) : b?.url,
    forumBefore: toForm !== undefined ? (toForum !== undefined ? a?.forum : undefined) : toForum !== undefined ? (b?.forum ?? a?.forum) : b?.forum,
  };
}

function address(value: Address | undefined): string | undefined {
  return value && addressLine(value);
}

/** `shown` is how the value reads in the summary; `raw` is what the JSON carries, when different. */
function contactValue(
  report: Report<Kind>,
  path: Path,
  what: string,
  before: string | undefined,
  after: string | undefined,
  rawBefore: unknown = before,
  rawAfter: unknown = after,
): void {
  if (same(rawBefore, rawAfter)) return;
  const words = say().contact;
  const summary = after === undefined ? words.gone(what) : before === undefined ? words.given(what, after) : words.changed(what, after, before);
  // The same address replacing the same address in several places is one change of address.
  const cause =
    after === undefined
      ? { key: `contact|${before}|`, summary: words.goneAll(before as string), detail: what }
      : before === undefined
        ? { key: `contact||${after}`, summary: words.givenAll(after), detail: what }
        : { key: `contact|${before}|${after}`, summary: words.changedAll(after, before), detail: what };
  report({ kind: 'contact.changed', path, summary, before: rawBefore, after: rawAfter, cause });
}
