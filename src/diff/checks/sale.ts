import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields } from '../wording.js';

/** Selling and sharing under the CCPA/CPRA; an unstated flag counts as "no". */
export const saleCheck = defineCheck({
  id: 'sale',
  topic: 'sharing',
  fields: ['sale_and_sharing.sells', 'sale_and_sharing.shares_for_advertising', 'sale_and_sharing.shares_with_data_brokers', 'sale_and_sharing.note'],
  kinds: {
    'sale.started': { level: 'material', description: 'Personal data is now sold.' },
    'sale.stopped': { level: 'minor', description: 'Personal data is no longer sold.' },
    'sharing.started': { level: 'material', description: 'Personal data is now shared for cross-context behavioural advertising or with data brokers.' },
    'sharing.stopped': { level: 'minor', description: 'Personal data is no longer shared for advertising or with data brokers.' },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.sale_and_sharing;
    const a = after.source.sale_and_sharing;
    const path = ['sale_and_sharing'];
    if (Boolean(b?.sells) !== Boolean(a?.sells)) {
      report({
        kind: a?.sells ? 'sale.started' : 'sale.stopped',
        path: [...path, 'sells'],
        summary: a?.sells ? 'We now sell personal information.' : 'We no longer sell personal information.',
        before: b?.sells,
        after: a?.sells,
      });
    }
    if (Boolean(b?.shares_for_advertising) !== Boolean(a?.shares_for_advertising)) {
      report({
        kind: a?.shares_for_advertising ? 'sharing.started' : 'sharing.stopped',
        path: [...path, 'shares_for_advertising'],
        summary: a?.shares_for_advertising
          ? 'We now share personal information for targeted advertising.'
          : 'We no longer share personal information for targeted advertising.',
        before: b?.shares_for_advertising,
        after: a?.shares_for_advertising,
      });
    }
    if (Boolean(b?.shares_with_data_brokers) !== Boolean(a?.shares_with_data_brokers)) {
      report({
        kind: a?.shares_with_data_brokers ? 'sharing.started' : 'sharing.stopped',
        path: [...path, 'shares_with_data_brokers'],
        summary: a?.shares_with_data_brokers
          ? 'We now share personal information with data brokers.'
          : 'We no longer share personal information with data brokers.',
        before: b?.shares_with_data_brokers,
        after: a?.shares_with_data_brokers,
      });
    }
    compareFields(report, path, b, a, { note: 'the note on selling and sharing personal information' });
  },
});
