import type { DataCategoryStores, GooglePurpose } from '../../model/policy.generated.js';
import { canonical, pairBy } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';

/** A value with every list of plain values sorted: reordering a list in the YAML is no change. */
function unordered(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.every((x) => typeof x !== 'object' || x === null)
        ? [...v].map(String).sort()
        : v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sort(x)]))
        : v;
  return canonical(sort(value));
}

const tracks = (stores: DataCategoryStores | undefined): boolean => stores?.in_app !== false && stores?.apple?.tracking === true;
const sharedFor = (stores: DataCategoryStores | undefined): readonly GooglePurpose[] => (stores?.in_app === false ? [] : (stores?.google?.shared_for ?? []));

/**
 * The apps and the app-store names of data and purposes. They feed the store labels
 * (`policyc export apple-privacy`, `play-data-safety`), not the policy's text; but data newly used
 * for tracking, or newly shared with other companies, is a new practice, and material.
 */
export const appStoresCheck = defineCheck({
  id: 'app-stores',
  topic: 'sharing',
  fields: ['apps', 'data_categories[].stores', 'purposes[].stores'],
  kinds: {
    'app.added': { level: 'minor', description: 'The file declares a new app.' },
    'app.removed': { level: 'minor', description: 'An app is no longer declared.' },
    'app.changed': { level: 'editorial', description: "An app's stores, account or deletion links, or encryption statement change." },
    'store_label.tracking_started': { level: 'material', description: "Data is now used to track people, in Apple's sense (stores.apple.tracking)." },
    'store_label.tracking_stopped': { level: 'minor', description: 'Data is no longer used to track people.' },
    'store_label.sharing_started': {
      level: 'material',
      description: "Data is now shared with other companies for a purpose, in Google Play's sense (stores.google.shared_for).",
    },
    'store_label.changed': {
      level: 'editorial',
      description: "The app-store names of a data category or purpose change: what the store labels say, not the policy's text.",
    },
  },
  detect(before, after, report) {
    const apps = pairBy(before.source.apps, after.source.apps, (app) => app.id);
    const words = say().apps;
    for (const { item, index } of apps.added) report({ kind: 'app.added', path: ['apps', index], summary: words.added(item.name), after: item });
    for (const { item, index } of apps.removed) report({ kind: 'app.removed', path: ['apps', index], summary: words.removed(item.name), before: item });
    // The permissions an app asks for are the policy's text, compared by checks/app-permissions.ts.
    const withoutPermissions = ({ permissions: _permissions, ...app }: (typeof apps.kept)[number]['after']): unknown => app;
    for (const { before: b, after: a, afterIndex } of apps.kept) {
      if (unordered(withoutPermissions(b)) !== unordered(withoutPermissions(a)))
        report({ kind: 'app.changed', path: ['apps', afterIndex], summary: words.changed(a.name), before: b, after: a });
    }

    const categories = pairBy(before.source.data_categories, after.source.data_categories, (c) => c.id);
    for (const { before: b, after: a, afterIndex } of categories.kept) {
      const path = ['data_categories', afterIndex, 'stores'];
      if (!tracks(b.stores) && tracks(a.stores))
        report({
          kind: 'store_label.tracking_started',
          path,
          summary: words.tracking(a.name),
          before: b.stores,
          after: a.stores,
        });
      if (tracks(b.stores) && !tracks(a.stores))
        report({ kind: 'store_label.tracking_stopped', path, summary: words.trackingStopped(a.name), before: b.stores, after: a.stores });
      const newlyShared = sharedFor(a.stores).filter((p) => !sharedFor(b.stores).includes(p));
      if (newlyShared.length > 0)
        report({
          kind: 'store_label.sharing_started',
          path,
          summary: words.sharing(a.name, newlyShared),
          before: b.stores,
          after: a.stores,
        });
      else if (unordered(b.stores) !== unordered(a.stores) && tracks(b.stores) === tracks(a.stores)) {
        report({ kind: 'store_label.changed', path, summary: words.labels(a.name), before: b.stores, after: a.stores });
      }
    }
    const purposes = pairBy(before.source.purposes, after.source.purposes, (p) => p.id);
    for (const { before: b, after: a, afterIndex } of purposes.kept) {
      if (unordered(b.stores) !== unordered(a.stores))
        report({
          kind: 'store_label.changed',
          path: ['purposes', afterIndex, 'stores'],
          summary: words.purposeLabels(a.name),
          before: b.stores,
          after: a.stores,
        });
    }
  },
});
