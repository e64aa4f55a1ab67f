import type { Path } from '../../diagnostics.js';
import { countryInSentence, toCountryList } from '../../model/countries.js';
import type { PolicyModel } from '../../model/normalize.js';
import type { Transfers } from '../../model/policy.generated.js';
import { LAWS } from '../../law/index.js';
import { countryList } from '../../render/helpers/countries.js';
import { joinList } from '../../render/helpers/text.js';
import { transferMechanismShort } from '../../render/helpers/transfers.js';
import { same, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields } from '../wording.js';

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
    'transfer.copies_changed': { level: 'minor', description: 'Whether people can ask for a copy of the transfer safeguards changes.' },
    'transfer.dpf_changed': {
      level: 'material',
      description: "The company's own Data Privacy Framework certification, its independent recourse mechanism or the authority that enforces it changes.",
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const old = countries(before);
    const now = countries(after);
    for (const [code, path] of now) {
      if (!old.has(code))
        report({ kind: 'transfer.country_added', path, summary: `Your data may now be processed in ${countryInSentence(code)}.`, before: null, after: code });
    }
    for (const [code, path] of old) {
      if (!now.has(code))
        report({
          kind: 'transfer.country_removed',
          path,
          summary: `Your data is no longer processed in ${countryInSentence(code)}.`,
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
        summary:
          newStorage.length === 0
            ? 'The policy no longer says where your data is stored.'
            : `We now store your data in ${countryList(newStorage)}${oldStorage.length ? ` instead of ${countryList(oldStorage)}` : ''}.`,
        before: b?.storage,
        after: a?.storage,
      });
    }
    if (Boolean(b?.eea_only) !== Boolean(a?.eea_only)) {
      report({
        kind: 'transfer.storage_changed',
        path: ['transfers', 'eea_only'],
        summary: a?.eea_only ? 'Every copy of your data now stays in the EEA and the UK.' : 'We no longer keep every copy of your data in the EEA and the UK.',
        before: b?.eea_only,
        after: a?.eea_only,
      });
    }
    const mechanisms = setDiff(b?.mechanisms, a?.mechanisms);
    if (mechanisms.added.length + mechanisms.removed.length > 0) {
      const list = a?.mechanisms?.length ? joinList(a.mechanisms.map((m) => transferMechanismShort(m, after.transferLaws))) : undefined;
      const from = transfersFrom(after);
      report({
        kind: 'transfer.mechanisms_changed',
        path: ['transfers', 'mechanisms'],
        summary: list ? `The safeguards for ${from} are now: ${list}.` : `The policy no longer names the safeguards for ${from}.`,
        before: b?.mechanisms,
        after: a?.mechanisms,
      });
    }
    if ((b?.copies_on_request === true) !== (a?.copies_on_request === true)) {
      report({
        kind: 'transfer.copies_changed',
        path: ['transfers', 'copies_on_request'],
        summary:
          a?.copies_on_request === true
            ? 'You can now ask us for a copy of the safeguards for international transfers.'
            : 'The policy no longer says you can ask us for a copy of the safeguards for international transfers.',
        before: b?.copies_on_request === true,
        after: a?.copies_on_request === true,
      });
    }
    // The frameworks are a set: listing them in another order changes nothing.
    const dpf = (d: Transfers['dpf']): unknown => d && { ...d, frameworks: [...d.frameworks].sort() };
    if (!same(dpf(b?.dpf), dpf(a?.dpf))) {
      report({
        kind: 'transfer.dpf_changed',
        path: ['transfers', 'dpf'],
        summary:
          a?.dpf === undefined
            ? 'The policy no longer says we are certified under the Data Privacy Framework.'
            : `We are certified under ${joinList(a.dpf.frameworks.map((f) => DPF_FRAMEWORKS[f]))}; complaints we do not resolve go to ${a.dpf.recourse.name}.`,
        before: b?.dpf,
        after: a?.dpf,
      });
    }
    compareFields(report, ['transfers'], b, a, {
      explicit_consent: 'how we ask for your explicit consent to a transfer',
      storage_detail: 'the details of where your data is stored',
      user_initiated: 'what we say about transfers you start yourself',
      government_access: 'what we say about access by authorities',
      note: 'the note on international transfers',
    });
  },
});

/** The parts of the Data Privacy Framework, as a change notice names them. */
const DPF_FRAMEWORKS: Readonly<Record<NonNullable<Transfers['dpf']>['frameworks'][number], string>> = {
  eu_us: 'the EU-U.S. Data Privacy Framework',
  uk_extension: 'its UK Extension',
  swiss_us: 'the Swiss-U.S. Data Privacy Framework',
};

/** "transfers out of the European Economic Area or Switzerland", by the new version's transfer laws. */
function transfersFrom(model: PolicyModel): string {
  const regions = model.transferLaws.flatMap((law) => LAWS[law].region ?? []);
  return regions.length === 0 ? 'international transfers' : `transfers out of ${joinList(regions, 'or')}`;
}

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
