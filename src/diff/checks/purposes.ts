import type { Audience, LawfulBasis } from '../../model/policy.generated.js';
import { pairBy, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice } from '../wording.js';
import { say } from '../say.js';
import { isDirectMarketing, lawfulBases, restsOn, staysOnDevice, usesOnlyDeviceData } from '../../model/normalize.js';
import { categoryNames } from '../words.js';

/** Why data is used and on what legal basis, keyed by purpose id. */
export const purposesCheck = defineCheck({
  id: 'purposes',
  topic: 'use',
  fields: [
    'purposes[].id',
    'purposes[].name',
    'purposes[].description',
    'purposes[].group',
    'purposes[].lawful_basis',
    'purposes[].data_categories',
    'purposes[].legitimate_interest',
    'purposes[].legal_obligation',
    'purposes[].if_not_provided',
    'purposes[].requirement',
    'purposes[].special_category_condition',
    'purposes[].national_basis',
    'purposes[].consent.how_given',
    'purposes[].consent.withdraw',
    'purposes[].direct_marketing',
    'purposes[].direct_marketing.opt_out',
    'purposes[].audiences',
    // An id only names a group for purposes: what changing it changes is whose data they concern.
    'audiences.covered[].id',
  ],
  kinds: {
    'purpose.added': { level: 'material', description: 'Personal data is used for a new purpose.' },
    'purpose.removed': { level: 'minor', description: 'Personal data is no longer used for a purpose.' },
    'purpose.data_added': { level: 'material', description: 'A purpose now uses more categories of personal data.' },
    'purpose.device_added': {
      level: 'minor',
      description: 'A new purpose uses only data that stays on the person’s device (`on_device`), which the company does not receive.',
    },
    'purpose.device_data_added': {
      level: 'minor',
      description: 'A purpose now also uses categories of data that stay on the person’s device (`on_device`), which the company does not receive.',
    },
    'purpose.data_removed': { level: 'minor', description: 'A purpose uses fewer categories of personal data.' },
    'lawful_basis.changed': {
      level: 'material',
      description:
        "A purpose's lawful basis changes, for example from consent to legitimate interests, or a basis is added to or dropped from its list, or its condition for processing special categories of data, or the national provision it also rests on.",
    },
    'purpose.now_required': {
      level: 'material',
      description: 'Giving the data a purpose needs was up to the person, or was not said to be required, and now the law or a contract requires it.',
    },
    'purpose.requirement_changed': {
      level: 'minor',
      description: 'Whether people must give the data a purpose needs changes otherwise: it becomes voluntary, or the reason it is required changes.',
    },
    'purpose.audiences_added': {
      level: 'material',
      description: "A purpose now concerns the data of another group of people the policy covers (the record of processing's categories of data subjects).",
    },
    'purpose.audiences_removed': { level: 'minor', description: 'A purpose no longer concerns the data of a group of people.' },
    'purpose.direct_marketing': {
      level: 'material',
      description:
        'A purpose is now declared direct marketing (`direct_marketing`): the data it uses now serves marketing, and under the GDPR and the UK GDPR the policy states the right to object to it.',
    },
    'purpose.direct_marketing_dropped': { level: 'minor', description: 'A purpose is no longer declared direct marketing.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const pairs = pairBy(before.purposes, after.purposes, (p) => p.id);
    const words = say().purposes;
    // Data that stays on the person's device is used there, never received: no more is collected.
    const onDevice = (id: string): boolean => staysOnDevice(after, id);
    for (const { item, index } of pairs.added) {
      const ids = item.data_categories ?? [];
      const received = ids.filter((id) => !onDevice(id));
      const device = usesOnlyDeviceData(after.source, item);
      report({
        kind: device ? 'purpose.device_added' : 'purpose.added',
        path: ['purposes', index],
        summary: device ? words.deviceAdded(categoryNames(after, ids), item.name) : words.added(categoryNames(after, received), item.name, lawfulBases(item)),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({ kind: 'purpose.removed', path: ['purposes', index], summary: words.removed(item.name), before: item, after: null });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const path = ['purposes', afterIndex];
      const data = setDiff(b.data_categories, a.data_categories);
      for (const [kind, ids, phrase] of [
        ['purpose.data_added', data.added.filter((id) => !onDevice(id)), words.dataAdded],
        ['purpose.device_data_added', data.added.filter(onDevice), words.deviceDataAdded],
      ] as const) {
        if (ids.length === 0) continue;
        report({
          kind,
          path: [...path, 'data_categories'],
          summary: phrase(categoryNames(after, ids), a.name),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
      if (data.removed.length > 0) {
        report({
          kind: 'purpose.data_removed',
          path: [...path, 'data_categories'],
          summary: words.dataRemoved(categoryNames(before, data.removed), a.name),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
      // Groups are told apart by kind and name, as a notice names them.
      const group = (g: Pick<Audience, 'kind' | 'name'>): string => `${g.kind}|${g.name ?? ''}`;
      const [wasGroups, nowGroups] = [before.subjects.get(b.id) ?? [], after.subjects.get(a.id) ?? []];
      const groups = setDiff(wasGroups.map(group), nowGroups.map(group));
      const named = (list: readonly Audience[], keys: readonly string[]): Audience[] => keys.flatMap((k) => list.find((g) => group(g) === k) ?? []);
      if (groups.added.length > 0) {
        report({
          kind: 'purpose.audiences_added',
          path: [...path, 'audiences'],
          summary: words.audiencesAdded(named(nowGroups, groups.added), a.name),
          before: b.audiences,
          after: a.audiences,
        });
      }
      if (groups.removed.length > 0) {
        report({
          kind: 'purpose.audiences_removed',
          path: [...path, 'audiences'],
          summary: words.audiencesRemoved(named(wasGroups, groups.removed), a.name),
          before: b.audiences,
          after: a.audiences,
        });
      }
      // A list is a set: the same bases in another order, or one basis written as a list of one, is no change.
      const [was, now] = [lawfulBases(b), lawfulBases(a)];
      if (was.join() !== now.join()) {
        const interest = restsOn(a, 'legitimate_interests') && !restsOn(b, 'legitimate_interests') ? a.legitimate_interest : undefined;
        report({
          kind: 'lawful_basis.changed',
          path: [...path, 'lawful_basis'],
          summary: now.length > 0 ? words.basis(a.name, now, interest, was) : words.basisDropped(a.name),
          before: b.lawful_basis,
          after: a.lawful_basis,
        });
      }
      if (b.special_category_condition !== a.special_category_condition) {
        report({
          kind: 'lawful_basis.changed',
          path: [...path, 'special_category_condition'],
          summary: a.special_category_condition
            ? words.condition(a.name, a.special_category_condition, b.special_category_condition)
            : words.conditionDropped(a.name),
          before: b.special_category_condition,
          after: a.special_category_condition,
        });
      }
      if (b.national_basis !== a.national_basis) {
        report({
          kind: 'lawful_basis.changed',
          path: [...path, 'national_basis'],
          summary: a.national_basis ? words.national(a.name, a.national_basis, b.national_basis) : words.nationalDropped(a.name, b.national_basis),
          before: b.national_basis,
          after: a.national_basis,
        });
      }
      if (b.requirement !== a.requirement) {
        const required = (r: typeof a.requirement): boolean => r !== undefined && r !== 'voluntary';
        report({
          kind: required(a.requirement) && !required(b.requirement) ? 'purpose.now_required' : 'purpose.requirement_changed',
          path: [...path, 'requirement'],
          summary: words.requirement(a.name, a.requirement),
          before: b.requirement,
          after: a.requirement,
        });
      }
      const [wasMarketing, nowMarketing] = [isDirectMarketing(b), isDirectMarketing(a)];
      if (wasMarketing !== nowMarketing) {
        report({
          kind: nowMarketing ? 'purpose.direct_marketing' : 'purpose.direct_marketing_dropped',
          path: [...path, 'direct_marketing'],
          summary: nowMarketing ? words.directMarketing(a.name) : words.directMarketingDropped(a.name),
          before: b.direct_marketing,
          after: a.direct_marketing,
        });
      }
      const labels = words.labels(b.name, a.name);
      comparePractice(report, path, b, a, { name: labels.name, description: labels.description });
      compareFields(report, path, b, a, { group: labels.group, if_not_provided: labels.if_not_provided });
      // What belongs to one basis (the interest, the law, the consent) comes and goes with it, and
      // the lawful_basis.changed sentence says so; only a rewording under a basis kept is news.
      const kept = (basis: LawfulBasis): boolean => was.includes(basis) && now.includes(basis);
      if (kept('legitimate_interests')) comparePractice(report, path, b, a, { legitimate_interest: labels.legitimate_interest });
      if (kept('legal_obligation')) comparePractice(report, path, b, a, { legal_obligation: labels.legal_obligation });
      if (kept('consent')) comparePractice(report, [...path, 'consent'], b.consent, a.consent, { how_given: labels.how_given, withdraw: labels.withdraw });
      // How to opt out comes and goes with the marketing, which the sentence above tells.
      if (wasMarketing && nowMarketing) {
        const optOut = (m: typeof a.direct_marketing): { opt_out?: NonNullable<typeof a.name> } => (typeof m === 'object' ? m : {});
        comparePractice(report, [...path, 'direct_marketing'], optOut(b.direct_marketing), optOut(a.direct_marketing), { opt_out: labels.opt_out });
      }
    }
  },
});
