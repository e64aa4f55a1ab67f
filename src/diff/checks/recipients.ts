import { toCountryList } from '../../model/countries.js';
import { canonical, pairBy, pairRenamed, same, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareText } from '../wording.js';
import { say } from '../say.js';
import { categoryNames } from '../words.js';

/** Kinds of recipient named only by category ("Payment processors"), keyed by that name. */
export const recipientsCheck = defineCheck({
  id: 'recipients',
  topic: 'sharing',
  fields: ['recipient_categories[].name', 'recipient_categories[].purpose', 'recipient_categories[].location', 'recipient_categories[].data_categories'],
  kinds: {
    'recipient_category.added': { level: 'material', description: 'A new kind of recipient, named only by category, receives personal data.' },
    'recipient_category.removed': { level: 'minor', description: 'A kind of recipient no longer receives personal data.' },
    'recipient_category.changed': {
      level: 'material',
      description: 'A kind of recipient receives data for another purpose, in other countries or more categories.',
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    // A kind of recipient renamed that receives the same data for the same purpose in the same place
    // is the same recipients described in other words.
    const pairs = pairRenamed(
      pairBy(before.source.recipient_categories, after.source.recipient_categories, (r) => r.name),
      (r) => canonical({ ...r, name: undefined, location: toCountryList(r.location).sort(), data_categories: [...(r.data_categories ?? [])].sort() }),
    );
    const words = say().recipients;
    for (const { item, index } of pairs.added) {
      report({
        kind: 'recipient_category.added',
        path: ['recipient_categories', index],
        summary: words.added(categoryNames(after, item.data_categories ?? []), item.name, toCountryList(item.location), item.purpose),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'recipient_category.removed',
        path: ['recipient_categories', index],
        summary: words.removed(item.name),
        before: item,
        after: null,
      });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const path = ['recipient_categories', afterIndex];
      compareText(report, [...path, 'name'], words.labels(b.name).name, b.name, a.name);
      if (b.purpose !== a.purpose) {
        report({
          kind: 'recipient_category.changed',
          path: [...path, 'purpose'],
          summary: words.purpose(a.name, a.purpose, b.purpose),
          before: b.purpose,
          after: a.purpose,
        });
      }
      if (!same(toCountryList(b.location).sort(), toCountryList(a.location).sort())) {
        report({
          kind: 'recipient_category.changed',
          path: [...path, 'location'],
          summary: words.location(a.name, toCountryList(a.location)),
          before: b.location,
          after: a.location,
        });
      }
      const data = setDiff(b.data_categories, a.data_categories);
      if (data.added.length + data.removed.length > 0) {
        report({
          kind: 'recipient_category.changed',
          path: [...path, 'data_categories'],
          summary: words.data(a.name, categoryNames(after, data.added), categoryNames(before, data.removed)),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
    }
  },
});
