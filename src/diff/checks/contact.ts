import { LAWS as LAW_BASE, type Jurisdiction, type RightsLawId } from '../../law/index.js';
import type { Path } from '../../diagnostics.js';
import type { Address } from '../../model/policy.generated.js';
import { addressLine } from '../../render/helpers/address.js';
import { capitalize } from '../../render/helpers/text.js';
import { droppedLaws } from '../dropped-laws.js';
import { pairBy, same } from '../match.js';
import { defineCheck, type Report } from '../types.js';

type Kind = 'contact.changed';

/** The laws whose rights can have their own request channel. */
const LAWS: ReadonlyArray<[RightsLawId, string]> = (['gdpr', 'uk_gdpr', 'swiss_fadp', 'ccpa'] as const).map((law) => [law, LAW_BASE[law].short]);

/** Where a representative is appointed: "the European Union", "the United Kingdom". */
const representativeRegion = (law: Jurisdiction): string => LAW_BASE[law].representative?.region ?? LAW_BASE[law].short;

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
    'contact.phone',
    'contact.team',
    'rights.email',
    'rights.url',
    'rights.in_app',
    'rights.subject_line',
    ...LAWS.flatMap(([law]) => [`rights.${law}.in_app`, `rights.${law}.subject_line`]),
    'children.contact',
  ],
  kinds: {
    'contact.changed': {
      level: 'minor',
      description:
        'A way to reach the company changes: an email address, phone number, website, legal notice, postal address, contact form, the DPO or a representative.',
    },
  },
  detect(before, after, report) {
    const b = before.source;
    const a = after.source;
    contactValue(report, ['controller', 'email'], 'our general contact email', b.controller.email, a.controller.email);
    contactValue(report, ['controller', 'phone'], 'our phone number', b.controller.phone, a.controller.phone);
    contactValue(report, ['controller', 'fax'], 'our fax number', b.controller.fax, a.controller.fax);
    contactValue(report, ['controller', 'website'], 'our website', b.controller.website, a.controller.website);
    contactValue(report, ['controller', 'legal_notice'], 'our legal notice', b.controller.legal_notice, a.controller.legal_notice);
    contactValue(
      report,
      ['controller', 'address'],
      'our postal address',
      address(b.controller.address),
      address(a.controller.address),
      b.controller.address,
      a.controller.address,
    );

    const bd = b.controller.dpo;
    const ad = a.controller.dpo;
    if (!same(bd, ad)) {
      const who = (d: NonNullable<typeof ad>): string =>
        [d.name, d.email, d.phone, d.fax === undefined ? undefined : `fax ${d.fax}`, d.url, d.address === undefined ? undefined : addressLine(d.address)]
          .filter((part) => part !== undefined)
          .join(', ');
      report({
        kind: 'contact.changed',
        path: ['controller', 'dpo'],
        summary: !ad
          ? 'The policy no longer names a Data Protection Officer.'
          : !bd
            ? `We have appointed a Data Protection Officer: ${who(ad)}.`
            : `You can now reach our Data Protection Officer at ${who(ad)}.`,
        before: bd,
        after: ad,
      });
    }

    const reps = pairBy(b.controller.representatives, a.controller.representatives, (r) => r.jurisdiction);
    const repPath = (i: number): Path => ['controller', 'representatives', i];
    const rep = (r: { name: string; email?: string; address?: Address }): string =>
      `${r.name}${r.email ? ` (${r.email})` : ''}${r.address ? `, ${addressLine(r.address)}` : ''}`;
    for (const { item, index } of reps.added) {
      report({
        kind: 'contact.changed',
        path: repPath(index),
        summary: `Our representative in ${representativeRegion(item.jurisdiction)} is ${rep(item)}.`,
        before: null,
        after: item,
      });
    }
    for (const { item, index } of reps.removed) {
      report({
        kind: 'contact.changed',
        path: repPath(index),
        summary: `We no longer name a representative in ${representativeRegion(item.jurisdiction)}.`,
        before: item,
        after: null,
      });
    }
    for (const k of reps.kept) {
      if (same(k.before, k.after)) continue;
      report({
        kind: 'contact.changed',
        path: repPath(k.afterIndex),
        summary: `Our representative in ${representativeRegion(k.after.jurisdiction)} is now ${rep(k.after)}.`,
        before: k.before,
        after: k.after,
      });
    }

    contactValue(report, ['contact', 'email'], 'the email address for privacy questions', b.contact?.email, a.contact?.email);
    contactValue(report, ['contact', 'url'], 'the contact form for privacy questions', b.contact?.url, a.contact?.url);
    contactValue(report, ['contact', 'phone'], 'the phone number for privacy questions', b.contact?.phone, a.contact?.phone);
    contactValue(report, ['contact', 'team'], 'the team that answers privacy questions', b.contact?.team, a.contact?.team);
    contactValue(report, ['rights', 'email'], 'the email address for requests about your rights', b.rights?.email, a.rights?.email);
    contactValue(report, ['rights', 'url'], 'the web page for requests about your rights', b.rights?.url, a.rights?.url);
    contactValue(report, ['rights', 'in_app'], 'where in the product you can make a request about your rights', b.rights?.in_app, a.rights?.in_app);
    contactValue(report, ['rights', 'subject_line'], 'the subject line to use in requests', b.rights?.subject_line, a.rights?.subject_line);
    const dropped = droppedLaws(before, after);
    for (const [law, name] of LAWS) {
      if (dropped.has(law)) continue;
      contactValue(
        report,
        ['rights', law, 'in_app'],
        `where in the product you can make a request under ${name}`,
        b.rights?.[law]?.in_app,
        a.rights?.[law]?.in_app,
      );
      contactValue(
        report,
        ['rights', law, 'subject_line'],
        `the subject line to use in requests under ${name}`,
        b.rights?.[law]?.subject_line,
        a.rights?.[law]?.subject_line,
      );
    }
    contactValue(report, ['children', 'contact'], 'the address parents can write to', b.children?.contact, a.children?.contact);
  },
});

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
  const summary =
    after === undefined
      ? `The policy no longer gives ${what}.`
      : before === undefined
        ? `The policy now gives ${what}: ${after}.`
        : `${capitalize(what)} is now ${after} instead of ${before}.`;
  // The same address replacing the same address in several places is one change of address.
  const cause =
    after === undefined
      ? { key: `contact|${before}|`, summary: `The policy no longer gives ${before} as:`, detail: what }
      : before === undefined
        ? { key: `contact||${after}`, summary: `The policy now gives ${after} as:`, detail: what }
        : { key: `contact|${before}|${after}`, summary: `We replaced ${before} with ${after} wherever the policy gives it:`, detail: what };
  report({ kind: 'contact.changed', path, summary, before: rawBefore, after: rawAfter, cause });
}
