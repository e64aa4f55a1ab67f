import type { Path } from '../../diagnostics.js';
import { toCountryList } from '../../model/countries.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { Transfers } from '../../model/policy.generated.js';
import { transferMechanismShort } from '../../render/helpers/transfers.js';
import { same, setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse } from '../wording.js';

/**
 * Where the data goes, across the whole policy: a country that no recipient and no storage
 * location named before is a new transfer, whichever recipient brought it.
 */
export const transfersCheck = defineCheck({
  id: 'transfers',
  topic: 'transfers',
  fields: [
    'transfers.storage',
    'transfers.storage_detail',
    'transfers.eea_only',
    'transfers.mechanisms',
    'transfers.explicit_consent',
    'transfers.copies_on_request',
    'transfers.copies_email',
    'transfers.user_initiated',
    'transfers.government_access',
    'transfers.note',
    'transfers.dpf',
    'transfers.dpf.frameworks',
    'transfers.dpf.recourse',
    'transfers.dpf.recourse.name',
    'transfers.dpf.recourse.url',
    'transfers.dpf.enforcement',
  ],
  kinds: {
    'transfer.country_added': { level: 'material', description: 'Personal data is processed in a country where it was not before.' },
    'transfer.country_removed': { level: 'minor', description: 'Personal data is no longer processed in a country.' },
    'transfer.storage_changed': { level: 'material', description: 'Where data is stored at rest changes, or whether every copy stays in the EEA and UK.' },
    'transfer.mechanisms_changed': { level: 'minor', description: 'The safeguards declared for transfers out of the EEA, the UK or Switzerland change.' },
    'transfer.copies_changed': {
      level: 'minor',
      description: 'Whether people can ask for a copy of the transfer safeguards changes, or where they ask for it.',
    },
    'transfer.dpf_changed': {
      level: 'material',
      description: "The company's own Data Privacy Framework certification, its independent recourse mechanism or the authority that enforces it changes.",
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const old = countries(before);
    const now = countries(after);
    const words = say().transfers;
    for (const [code, path] of now) {
      if (!old.has(code)) report({ kind: 'transfer.country_added', path, summary: words.countryAdded(code), before: null, after: code });
    }
    // A provider whose location the new version does not state may still process data there.
    const unlocated = after.subprocessors.some((s) => s.location === undefined);
    for (const [code, path] of old) {
      if (!now.has(code) && !unlocated)
        report({
          kind: 'transfer.country_removed',
          path,
          summary: words.countryRemoved(code),
          before: code,
          after: null,
        });
    }

    const b = before.source.transfers;
    const a = after.source.transfers;
    const oldStorage = before.storage;
    const newStorage = after.storage;
    if (!same([...oldStorage].sort(), [...newStorage].sort())) {
      report({
        kind: 'transfer.storage_changed',
        path: ['transfers', 'storage'],
        summary: newStorage.length === 0 ? words.storageDropped : words.storage(newStorage, oldStorage),
        before: b?.storage,
        after: a?.storage,
      });
    }
    compareFlagUnstatedAsFalse(report, ['transfers', 'eea_only'], b?.eea_only, a?.eea_only, 'transfer.storage_changed', words.eeaOnly);
    const mechanisms = setDiff(b?.mechanisms, a?.mechanisms);
    if (mechanisms.added.length + mechanisms.removed.length > 0) {
      const tools = (a?.mechanisms ?? []).map((m) => transferMechanismShort(m, after.transferLaws));
      report({
        kind: 'transfer.mechanisms_changed',
        path: ['transfers', 'mechanisms'],
        summary: words.mechanisms(after.transferLaws, tools),
        before: b?.mechanisms,
        after: a?.mechanisms,
      });
    }
    // Reported as true or false, never absent.
    compareFlagUnstatedAsFalse(
      report,
      ['transfers', 'copies_on_request'],
      b?.copies_on_request === true,
      a?.copies_on_request === true,
      'transfer.copies_changed',
      words.copies,
    );
    // Copies still offered, at another address: one given, changed, or dropped for the privacy address.
    if (b?.copies_on_request === true && a?.copies_on_request === true && b.copies_email !== a.copies_email) {
      report({
        kind: 'transfer.copies_changed',
        path: ['transfers', 'copies_email'],
        summary: words.copiesAt(a.copies_email ?? after.privacyEmail),
        before: b.copies_email,
        after: a.copies_email,
      });
    }
    // The frameworks are a set: listing them in another order changes nothing.
    const dpf = (d: Transfers['dpf']): unknown => d && { ...d, frameworks: [...d.frameworks].sort() };
    if (!same(dpf(b?.dpf), dpf(a?.dpf))) {
      report({
        kind: 'transfer.dpf_changed',
        path: ['transfers', 'dpf'],
        summary: a?.dpf === undefined ? words.dpfDropped : words.dpf(a.dpf.frameworks, a.dpf.recourse.name),
        before: b?.dpf,
        after: a?.dpf,
      });
    }
    compareFields(report, ['transfers'], b, a, words.labels);
  },
});

/** Every country named as a location, with the first place that names it. */
function countries(model: PolicyModel): Map<string, Path> {
  const found = new Map<string, Path>();
  const single = typeof model.source.transfers?.storage === 'string';
  model.storage.forEach((code, i) => {
    if (!found.has(code)) found.set(code, single ? ['transfers', 'storage'] : ['transfers', 'storage', i]);
  });
  model.subprocessors.forEach((s, index) => {
    for (const code of s.locations) if (!found.has(code)) found.set(code, ['subprocessors', index, 'location']);
  });
  (model.source.recipient_categories ?? []).forEach((r, index) => {
    for (const code of toCountryList(r.location)) if (!found.has(code)) found.set(code, ['recipient_categories', index, 'location']);
  });
  return found;
}
