import { toCountryList } from '../../model/countries.js';
import { mechanismsOf } from '../../model/transfer-mechanisms.js';
import type { Subprocessor, TransferMechanism } from '../../model/policy.generated.js';
import { recipientKind } from '../../render/california-view.js';
import { transferMechanismShort } from '../../render/helpers/transfers.js';
import type { TransferLawId } from '../../law/index.js';
import { canonical, pairBy, pairRenamed, same, sameSet, setDiff, type Pairing } from '../match.js';
import { defineCheck, type Cause } from '../types.js';
import { TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse, compareText, sameWords, wordsKey } from '../wording.js';
import { say } from '../say.js';
import { categoryNames } from '../words.js';

/** Who receives the data, keyed by name (case and spacing aside, so a re-capitalised name is a rewording). */
export const subprocessorsCheck = defineCheck({
  id: 'subprocessors',
  topic: 'sharing',
  fields: [
    'subprocessors[].name',
    'subprocessors[].purpose',
    'subprocessors[].category',
    'subprocessors[].location',
    'subprocessors[].region',
    'subprocessors[].role',
    'subprocessors[].ccpa_recipient',
    'subprocessors[].transfer_mechanism',
    'subprocessors[].data_categories',
    'subprocessors[].url',
    'subprocessors[].condition',
    'subprocessors[].trains_on_data',
    'subprocessors[].terms',
    'subprocessors[].note',
  ],
  kinds: {
    'subprocessor.added': { level: 'material', description: 'A new service provider receives personal data.' },
    'subprocessor.removed': { level: 'minor', description: 'A service provider no longer receives personal data.' },
    'subprocessor.location_changed': { level: 'material', description: 'A service provider processes the data in different countries.' },
    // Where the data went was not said before: saying it now takes nothing from the reader.
    'subprocessor.location_stated': { level: 'minor', description: 'The policy now says where a service provider processes the data.' },
    'subprocessor.location_unstated': { level: 'material', description: 'The policy no longer says where a service provider processes the data.' },
    'subprocessor.purpose_changed': { level: 'material', description: 'A service provider processes the data for a different purpose.' },
    'subprocessor.mechanism_changed': {
      level: 'material',
      description: 'The safeguard for transfers to a service provider changes (SCCs, DPF, adequacy…), or one of several is no longer relied on.',
    },
    'subprocessor.mechanism_added': {
      level: 'minor',
      description: 'Transfers to a service provider rely on another safeguard beside those they already relied on.',
    },
    'subprocessor.data_added': { level: 'material', description: 'A service provider receives more categories of personal data.' },
    'subprocessor.data_removed': { level: 'minor', description: 'A service provider receives fewer categories of personal data.' },
    'subprocessor.ccpa_recipient_changed': {
      level: 'material',
      description: 'What a provider is under the CCPA changes (service provider, contractor, third party), as stated or as read from its role when not stated.',
    },
    'subprocessor.role_changed': {
      level: 'material',
      description: 'A service provider changes between processor (acts on our instructions) and controller (decides for itself).',
    },
    'subprocessor.training_started': { level: 'material', description: 'A service provider may now train its own AI models on the data.' },
    'subprocessor.training_stopped': { level: 'minor', description: 'A service provider no longer trains its own AI models on the data.' },
    'subprocessor.terms_changed': {
      level: 'minor',
      description: 'The terms a service provider handles the data under change (a data processing agreement, its own terms).',
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    // "Stripe, Inc." and "Stripe Inc." are one company: case, spacing and punctuation do not count.
    const key = (name: string): string => name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
    const pairs = renamedProviders(pairBy(before.source.subprocessors, after.source.subprocessors, (s) => key(s.name)));
    // One provider taking over from another is one decision: one line, which names both.
    const replaced = replacements(pairs);
    const words = say().subprocessors;
    const replacement = (item: Subprocessor, gone: Subprocessor): Cause => ({
      key: `subprocessor-replaced:${gone.name}`,
      summary: words.replaced(sharedData(item), item.name, toCountryList(item.location), gone.name, item.purpose),
      detail: words.goneReplaced(gone.name),
    });
    const sharedData = (item: Subprocessor): string[] => categoryNames(after, item.data_categories ?? []);
    for (const { item, index } of pairs.added) {
      const gone = replaced.get(item);
      const cause = gone && replacement(item, gone);
      report({
        kind: 'subprocessor.added',
        path: ['subprocessors', index],
        summary: words.added(sharedData(item), item.name, toCountryList(item.location), item.purpose),
        before: null,
        after: item,
        ...(cause && { cause: { ...cause, detail: cause.summary } }),
      });
    }
    for (const { item, index } of pairs.removed) {
      const successor = [...replaced].find(([, gone]) => gone === item)?.[0];
      const cause = successor && replacement(successor, item);
      report({
        kind: 'subprocessor.removed',
        path: ['subprocessors', index],
        summary: words.removed(item.name),
        before: item,
        after: null,
        ...(cause && { cause }),
      });
    }
    for (const { before: b, after: a, beforeIndex, afterIndex } of pairs.kept) {
      const path = ['subprocessors', afterIndex];
      const name = a.name;
      const labels = words.labels(b.name, name);
      if (b.location === undefined && a.location !== undefined) {
        report({
          kind: 'subprocessor.location_stated',
          path: [...path, 'location'],
          summary: words.locationStated(name, toCountryList(a.location)),
          before: null,
          after: a.location,
        });
      } else if (b.location !== undefined && a.location === undefined) {
        report({
          kind: 'subprocessor.location_unstated',
          // What is gone is a path of the old file (types.ts: Change.path).
          path: ['subprocessors', beforeIndex, 'location'],
          summary: words.locationUnstated(name, toCountryList(b.location)),
          before: b.location,
          after: null,
        });
      } else if (!same(toCountryList(b.location).sort(), toCountryList(a.location).sort())) {
        report({
          kind: 'subprocessor.location_changed',
          path: [...path, 'location'],
          summary: words.location(name, toCountryList(a.location), toCountryList(b.location)),
          before: b.location,
          after: a.location,
        });
      }
      if (b.purpose !== a.purpose && sameWords(b.purpose, a.purpose)) {
        compareText(report, [...path, 'purpose'], labels.purpose, b.purpose, a.purpose);
      } else if (b.purpose !== a.purpose) {
        report({
          kind: 'subprocessor.purpose_changed',
          path: [...path, 'purpose'],
          summary: words.purpose(name, a.purpose, b.purpose),
          before: b.purpose,
          after: a.purpose,
        });
      }
      const [was, now] = [mechanismsOf(b), mechanismsOf(a)];
      if (!sameSet(was, now)) {
        const added = setDiff(was, now);
        // Another ground beside those still in place (a fallback) takes nothing away.
        const fallback = was.length > 0 && added.removed.length === 0;
        report({
          kind: fallback ? 'subprocessor.mechanism_added' : 'subprocessor.mechanism_changed',
          path: [...path, 'transfer_mechanism'],
          summary: fallback
            ? words.safeguardAdded(name, safeguards(added.added, after.transferLaws))
            : words.safeguard(name, safeguards(now, after.transferLaws), safeguards(was, before.transferLaws)),
          before: b.transfer_mechanism,
          after: a.transfer_mechanism,
        });
      }
      const data = setDiff(b.data_categories, a.data_categories);
      if (data.added.length > 0) {
        report({
          kind: 'subprocessor.data_added',
          path: [...path, 'data_categories'],
          summary: words.dataAdded(name, categoryNames(after, data.added)),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
      if (data.removed.length > 0) {
        report({
          kind: 'subprocessor.data_removed',
          path: [...path, 'data_categories'],
          summary: words.dataRemoved(name, categoryNames(before, data.removed)),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
      if ((b.role ?? 'processor') !== (a.role ?? 'processor')) {
        report({
          kind: 'subprocessor.role_changed',
          path: [...path, 'role'],
          summary: a.role === 'controller' ? words.controller(name) : words.processor(name),
          before: b.role,
          after: a.role,
        });
      }
      // Stating what the role already implied changes nothing the California table says; a change of role alone is role_changed.
      const [wasCcpa, nowCcpa] = [recipientKind(b), recipientKind(a)];
      if (b.ccpa_recipient !== a.ccpa_recipient && wasCcpa !== nowCcpa) {
        report({
          kind: 'subprocessor.ccpa_recipient_changed',
          path: [...path, 'ccpa_recipient'],
          summary: words.ccpaRecipient(name, nowCcpa, wasCcpa),
          before: b.ccpa_recipient,
          after: a.ccpa_recipient,
        });
      }
      compareFlagUnstatedAsFalse(
        report,
        [...path, 'trains_on_data'],
        b.trains_on_data,
        a.trains_on_data,
        { on: 'subprocessor.training_started', off: 'subprocessor.training_stopped' },
        (trains) => (trains ? words.trains(name) : words.trainsNoMore(name)),
      );
      if (!sameSet(b.terms, a.terms)) {
        report({
          kind: 'subprocessor.terms_changed',
          path: [...path, 'terms'],
          summary: words.terms(name, a.terms ?? []),
          before: b.terms,
          after: a.terms,
        });
      }
      compareFields(report, path, b, a, {
        name: labels.name,
        category: labels.category,
        region: labels.region,
        url: labels.url,
        condition: labels.condition,
        note: labels.note,
      });
    }
  },
});

/**
 * A provider gone and one added that do the same thing in the same place with the same data is one
 * provider under a new name (a rebranding, a new legal entity of the same group): its name change
 * is reported, not a provider dropped and another added.
 */
function renamedProviders(pairs: Pairing<Subprocessor>): Pairing<Subprocessor> {
  return pairRenamed(pairs, (s) => canonical({ ...s, name: undefined, location: toCountryList(s.location).sort() }));
}

/**
 * A provider gone and another added that does the same thing with the same data: the new one
 * replaces the old (an email vendor changed). Only an unambiguous match counts: one gone and one
 * added for that purpose and data. Keyed by the provider added.
 */
function replacements(pairs: Pairing<Subprocessor>): Map<Subprocessor, Subprocessor> {
  const job = (s: Subprocessor): string => canonical([wordsKey(s.purpose), [...(s.data_categories ?? [])].sort()]);
  const out = new Map<Subprocessor, Subprocessor>();
  for (const { item } of pairs.added) {
    const gone = pairs.removed.filter((r) => job(r.item) === job(item));
    if (gone.length === 1 && pairs.added.filter((a) => job(a.item) === job(item)).length === 1) out.set(item, (gone[0] as { item: Subprocessor }).item);
  }
  return out;
}

/** The safeguards' short names in the notice's language; none when none is stated. */
function safeguards(mechanisms: readonly TransferMechanism[], laws: readonly TransferLawId[]): string[] {
  return mechanisms.map((mechanism) => transferMechanismShort(mechanism, laws));
}
