import { pairBy, pairRetyped, same, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse, comparePractice } from '../wording.js';
import { say } from '../say.js';
import { isOnDevice } from '../../model/normalize.js';

/** What is collected, keyed by category id. */
export const dataCategoriesCheck = defineCheck({
  id: 'data-categories',
  topic: 'collection',
  fields: [
    'data_categories[].id',
    'data_categories[].name',
    'data_categories[].description',
    'data_categories[].examples',
    'data_categories[].examples_complete',
    'data_categories[].source',
    'data_categories[].source_detail',
    'data_categories[].sensitive',
    'data_categories[].special_category',
    'data_categories[].optional',
    'data_categories[].condition',
    'data_categories[].note',
    'data_categories[].ccpa_categories',
    'data_categories[].on_device',
  ],
  kinds: {
    'collection.started': {
      level: 'material',
      description: 'The policy said no personal data was collected (`data_categories: []`); now it lists data the company collects.',
    },
    'collection.stopped': { level: 'minor', description: 'The policy now says that no personal data is collected (`data_categories: []`).' },
    'data_category.added': { level: 'material', description: 'A new category of personal data is collected.' },
    'data_category.removed': { level: 'minor', description: 'A category of personal data is no longer collected.' },
    'data_category.changed': {
      level: 'material',
      description:
        'A category now covers more items (or its items become only examples), comes from a different source, becomes required, or is (no longer) treated as sensitive.',
    },
    'data_category.narrowed': {
      level: 'minor',
      description: 'A category covers fewer items (or its items are now said to be all it covers), or giving it becomes optional.',
    },
    'data_category.ccpa_category_added': {
      level: 'material',
      description: 'A category of data now falls under another of the CCPA’s categories of personal information in the California table.',
    },
    'data_category.ccpa_category_removed': {
      level: 'material',
      description:
        'A category of data still collected is no longer listed under a category of personal information of the CCPA: the California table says less about it.',
    },
    'data_category.left_device': {
      level: 'material',
      description: 'A category that stayed on the person’s device (`on_device`) is now sent to the company: it is now collected.',
    },
    'data_category.kept_on_device': {
      level: 'minor',
      description: 'A category the company collected now stays on the person’s device (`on_device`): the company no longer receives it.',
    },
    'data_category.on_device_added': {
      level: 'minor',
      description: 'The policy now describes a category of data that stays on the person’s device (`on_device`), which the company does not receive.',
    },
    'data_category.on_device_changed': {
      level: 'minor',
      description:
        'A category that stays on the person’s device (`on_device`) before and after covers other items, or is described otherwise (source, sensitive, special category, optional, CCPA categories): the company still does not receive it.',
    },
    'data_category.on_device_removed': {
      level: 'minor',
      description: 'The policy no longer describes a category of data that stayed on the person’s device (`on_device`).',
    },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const pairs = pairBy(before.source.data_categories, after.source.data_categories, (c) => c.id);
    const words = say().dataCategories;
    // Beside the categories added or removed, the one statement the reader was given changes:
    // "we collect no personal data" is no longer true, or becomes so. Data that stays on the
    // device is not collected, so describing it (or no longer) changes neither.
    if (before.collectsNothing !== after.collectsNothing) {
      report({
        kind: after.collectsNothing ? 'collection.stopped' : 'collection.started',
        path: ['data_categories'],
        summary: after.collectsNothing ? words.collectionStopped() : words.collectionStarted(),
        before: before.source.data_categories,
        after: after.source.data_categories,
      });
    }
    for (const { item, index } of pairs.added) {
      // Data that stays on the device is not collected: describing it tells the reader of no new collection.
      if (isOnDevice(item)) {
        report({
          kind: 'data_category.on_device_added',
          path: ['data_categories', index],
          summary: words.onDeviceAdded(item.name, item.examples ?? [], item.examples_complete === true),
          before: null,
          after: item,
        });
        continue;
      }
      report({
        kind: 'data_category.added',
        path: ['data_categories', index],
        summary: words.added(item.name, Boolean(item.sensitive), item.examples ?? [], item.examples_complete === true),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      if (isOnDevice(item)) {
        report({
          kind: 'data_category.on_device_removed',
          path: ['data_categories', index],
          summary: words.onDeviceRemoved(item.name),
          before: item,
          after: null,
        });
        continue;
      }
      report({
        kind: 'data_category.removed',
        path: ['data_categories', index],
        summary: words.removed(item.name),
        before: item,
        after: null,
      });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const path = ['data_categories', afterIndex];
      const name = a.name;
      if (isOnDevice(b) !== isOnDevice(a)) {
        report({
          kind: isOnDevice(a) ? 'data_category.kept_on_device' : 'data_category.left_device',
          path: [...path, 'on_device'],
          summary: isOnDevice(a) ? words.keptOnDevice(name) : words.leftDevice(name),
          before: b.on_device ?? null,
          after: a.on_device ?? null,
        });
      }
      // Stays on the device before and after: what it holds or how it is described may change, but
      // the company receives it neither time, so each such change is minor and worded as data on the device.
      const device = isOnDevice(b) && isOnDevice(a);
      const listed = setDiff(b.examples, a.examples);
      const examples = pairRetyped(listed.removed, listed.added);
      for (const [old, now] of examples.retyped) {
        report({
          kind: 'text.changed',
          path: [...path, 'examples'],
          summary: words.corrected(name, old, now),
          before: b.examples,
          after: a.examples,
        });
      }
      // As many items replaced as added: the list was reworded item by item, which a tool cannot
      // tell from a new item; the new words are quoted for the reader to judge, as for any rewording.
      if (examples.added.length > 0 && examples.added.length === examples.removed.length) {
        report({
          kind: 'practice.reworded',
          path: [...path, 'examples'],
          summary: words.examplesReworded(name, examples.added, examples.removed),
          before: b.examples,
          after: a.examples,
        });
      } else {
        if (examples.added.length > 0) {
          report({
            kind: device ? 'data_category.on_device_changed' : 'data_category.changed',
            path: [...path, 'examples'],
            summary: device ? words.onDeviceExamplesAdded(name, examples.added) : words.examplesAdded(name, examples.added),
            before: b.examples,
            after: a.examples,
          });
        }
        if (examples.removed.length > 0) {
          report({
            kind: device ? 'data_category.on_device_changed' : 'data_category.narrowed',
            path: [...path, 'examples'],
            summary: device ? words.onDeviceExamplesRemoved(name, examples.removed) : words.examplesRemoved(name, examples.removed),
            before: b.examples,
            after: a.examples,
          });
        }
      }
      // Items that were the whole category become examples of it (it may hold more), or the reverse.
      if (a.examples?.length) {
        compareFlagUnstatedAsFalse(
          report,
          [...path, 'examples_complete'],
          b.examples_complete,
          a.examples_complete,
          device ? 'data_category.on_device_changed' : { on: 'data_category.narrowed', off: 'data_category.changed' },
          (now) => words.examplesComplete(name, now),
        );
      }
      const statutory = setDiff(b.ccpa_categories, a.ccpa_categories);
      if (device) {
        // How the category is described (source, flags, CCPA categories) tells of no data received: one change says so.
        const described = (['source', 'sensitive', 'special_category', 'optional'] as const).filter((field) => (b[field] ?? false) !== (a[field] ?? false));
        if (described.length > 0 || statutory.added.length > 0 || statutory.removed.length > 0) {
          report({ kind: 'data_category.on_device_changed', path, summary: words.onDeviceChanged(name), before: b, after: a });
        }
      } else {
        if (b.source !== a.source) {
          report({
            kind: 'data_category.changed',
            path: [...path, 'source'],
            summary: a.source ? words.source(name, a.source, b.source) : words.sourceDropped(name),
            before: b.source,
            after: a.source,
          });
        }
        compareFlagUnstatedAsFalse(report, [...path, 'sensitive'], b.sensitive, a.sensitive, 'data_category.changed', (now) => words.sensitive(name, now));
        compareFlagUnstatedAsFalse(report, [...path, 'special_category'], b.special_category, a.special_category, 'data_category.changed', (now) =>
          words.specialCategory(name, now),
        );
        compareFlagUnstatedAsFalse(
          report,
          [...path, 'optional'],
          b.optional,
          a.optional,
          { on: 'data_category.narrowed', off: 'data_category.changed' },
          (now) => words.optional(name, now),
        );
        for (const [kind, list, phrase] of [
          ['data_category.ccpa_category_added', statutory.added, words.ccpaListed],
          ['data_category.ccpa_category_removed', statutory.removed, words.ccpaUnlisted],
        ] as const) {
          if (list.length === 0) continue;
          report({
            kind,
            path: [...path, 'ccpa_categories'],
            summary: phrase(a.name, list),
            before: b.ccpa_categories,
            after: a.ccpa_categories,
          });
        }
      }
      const labels = words.labels(b.name, a.name);
      // The items listed say what a category holds; renaming its heading while they stay is wording.
      const heading = a.examples?.length && same(b.examples, a.examples) ? compareFields : comparePractice;
      heading(report, path, b, a, { name: labels.name });
      comparePractice(report, path, b, a, {
        description: labels.description,
        source_detail: labels.source_detail,
        condition: labels.condition,
        note: labels.note,
      });
    }
  },
});
