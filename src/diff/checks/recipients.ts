import { toCountryList } from '../../model/countries.js';
import { countryList } from '../../render/helpers/countries.js';
import { canonical, pairBy, pairRenamed, same, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareText } from '../wording.js';
import { categoriesInWords, quoted } from '../words.js';

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
    for (const { item, index } of pairs.added) {
      const data = item.data_categories?.length ? categoriesInWords(after, item.data_categories) : 'data';
      const where = item.location ? ` in ${countryList(item.location)}` : '';
      report({
        kind: 'recipient_category.added',
        path: ['recipient_categories', index],
        summary: `We now share ${data} with a new kind of recipient, ${quoted(item.name)}${where}. What they do for us: ${quoted(item.purpose)}.`,
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'recipient_category.removed',
        path: ['recipient_categories', index],
        summary: `We no longer share data with ${quoted(item.name)}.`,
        before: item,
        after: null,
      });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const path = ['recipient_categories', afterIndex];
      const who = quoted(a.name);
      compareText(report, [...path, 'name'], `the name of the recipients ${quoted(b.name)}`, b.name, a.name);
      if (b.purpose !== a.purpose) {
        report({
          kind: 'recipient_category.changed',
          path: [...path, 'purpose'],
          summary: `${who} now process your data for another purpose: ${quoted(a.purpose)} (before: ${quoted(b.purpose)}).`,
          before: b.purpose,
          after: a.purpose,
        });
      }
      if (!same(toCountryList(b.location).sort(), toCountryList(a.location).sort())) {
        report({
          kind: 'recipient_category.changed',
          path: [...path, 'location'],
          summary: a.location ? `${who} now process your data in ${countryList(a.location)}.` : `The policy no longer says where ${who} process your data.`,
          before: b.location,
          after: a.location,
        });
      }
      const data = setDiff(b.data_categories, a.data_categories);
      if (data.added.length + data.removed.length > 0) {
        const parts = [
          data.added.length ? `now receive ${categoriesInWords(after, data.added)}` : '',
          data.removed.length ? `no longer receive ${categoriesInWords(before, data.removed)}` : '',
        ].filter(Boolean);
        report({
          kind: 'recipient_category.changed',
          path: [...path, 'data_categories'],
          summary: `${who} ${parts.join(' and ')}.`,
          before: b.data_categories,
          after: a.data_categories,
        });
      }
    }
  },
});
