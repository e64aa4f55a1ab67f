import { pairBy, setDiff } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice } from '../wording.js';
import { categoryNames } from '../words.js';

/**
 * Financial incentives offered for personal information (CCPA 1798.125(b)), followed by name: a new
 * one asks for data in exchange for value; one gone, or one that involves more data or says less
 * about its terms, changes what a person agreed to.
 */
export const financialIncentivesCheck = defineCheck({
  id: 'financial-incentives',
  topic: 'rights',
  fields: [
    'rights.financial_incentives[].name',
    'rights.financial_incentives[].summary',
    'rights.financial_incentives[].data_categories',
    'rights.financial_incentives[].opt_in',
    'rights.financial_incentives[].withdraw',
    'rights.financial_incentives[].value',
    'rights.financial_incentives[].value_method',
    'rights.financial_incentives[].terms_url',
  ],
  kinds: {
    'financial_incentive.added': { level: 'material', description: 'A financial incentive is now offered in exchange for personal information.' },
    'financial_incentive.removed': { level: 'material', description: 'A financial incentive is no longer offered, or no longer described.' },
    'financial_incentive.changed': {
      level: 'material',
      description:
        'A financial incentive involves more personal information, or no longer says how to join or withdraw, or what the data is worth and how that is calculated.',
    },
    'financial_incentive.narrowed': { level: 'minor', description: 'A financial incentive involves less personal information.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const words = say().financialIncentives;
    const pairs = pairBy(before.source.rights?.financial_incentives, after.source.rights?.financial_incentives, (f) => f.name);
    for (const { item, index } of pairs.added) {
      report({
        kind: 'financial_incentive.added',
        path: ['rights', 'financial_incentives', index],
        summary: words.added(item.name, categoryNames(after, item.data_categories ?? [])),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of pairs.removed) {
      report({
        kind: 'financial_incentive.removed',
        path: ['rights', 'financial_incentives', index],
        summary: words.removed(item.name),
        before: item,
        after: null,
      });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const path = ['rights', 'financial_incentives', afterIndex];
      const labels = words.labels(a.name);
      const data = setDiff(b.data_categories, a.data_categories);
      if (data.added.length > 0) {
        report({
          kind: 'financial_incentive.changed',
          path: [...path, 'data_categories'],
          summary: words.dataAdded(a.name, categoryNames(after, data.added)),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
      if (data.removed.length > 0) {
        report({
          kind: 'financial_incentive.narrowed',
          path: [...path, 'data_categories'],
          summary: words.dataRemoved(a.name, categoryNames(before, data.removed)),
          before: b.data_categories,
          after: a.data_categories,
        });
      }
      // What a person is told before they agree: gone is a weaker notice, changed is a changed practice.
      for (const field of ['opt_in', 'withdraw', 'value', 'value_method'] as const) {
        if (b[field] !== undefined && a[field] === undefined) {
          report({
            kind: 'financial_incentive.changed',
            path: [...path, field],
            summary: words.unstated(labels[field]),
            before: b[field],
            after: undefined,
          });
        }
      }
      comparePractice(report, path, { ...b, ...onlyStated(b, a) }, a, {
        summary: labels.summary,
        opt_in: labels.opt_in,
        withdraw: labels.withdraw,
        value: labels.value,
        value_method: labels.value_method,
      });
      compareFields(report, path, b, a, { terms_url: labels.terms_url });
    }
  },
});

/** The fields removed from `after` are reported on their own: compare only what is still stated. */
function onlyStated<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(before) as Array<keyof T>) if (after[key] === undefined) out[key] = undefined;
  return out;
}
