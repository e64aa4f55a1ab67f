import { isOnDevice, type PolicyModel } from '../model/normalize.js';
import type { App, DataCategory, Purpose } from '../model/policy.generated.js';
import { ExportError, type ExportProblem } from './problems.js';

export type Platform = App['platforms'][number];

const STORE: Record<Platform, string> = { ios: 'the App Store', android: 'Google Play' };

/**
 * The app a store label is for: the one named by `--app`, else the only app published on that
 * platform. A file without one, or with several and no choice, cannot have a label.
 */
export function selectApp(model: PolicyModel, platform: Platform, id: string | undefined): App {
  const apps = model.source.apps ?? [];
  if (id !== undefined) {
    const index = apps.findIndex((app) => app.id === id);
    const app = apps[index];
    if (app === undefined) {
      throw new ExportError([
        {
          path: apps.length === 0 ? [] : ['apps'],
          message: `The file declares no app '${id}'.`,
          hint: apps.length === 0 ? 'Declare the app under apps.' : `Apps declared: ${apps.map((a) => a.id).join(', ')}.`,
        },
      ]);
    }
    if (!app.platforms.includes(platform)) {
      throw new ExportError([
        {
          path: ['apps', index, 'platforms'],
          message: `App '${id}' is not published in ${STORE[platform]}.`,
          hint: `Add ${platform} to its platforms if it is.`,
        },
      ]);
    }
    return app;
  }
  const candidates = apps.filter((app) => app.platforms.includes(platform));
  if (candidates.length === 1) return candidates[0] as App;
  if (candidates.length === 0) {
    throw new ExportError([
      {
        path: apps.length === 0 ? [] : ['apps'],
        message: `The file declares no app published in ${STORE[platform]}, so it has no label there.`,
        hint: `Declare the app under apps, e.g. apps: [{ id: app, name: My App, platforms: [${platform}] }], and give each data category its stores names.`,
      },
    ]);
  }
  throw new ExportError([
    {
      path: ['apps'],
      message: `${candidates.length} apps are published in ${STORE[platform]}: ${candidates.map((a) => a.id).join(', ')}.`,
      hint: 'Name the one to export with --app <id>.',
    },
  ]);
}

export type Store = 'apple' | 'google';

/** A data category the app collects, with its names in one store and that store's purposes for it. */
export interface StoreCategory<S extends Store> {
  category: DataCategory;
  names: NonNullable<NonNullable<DataCategory['stores']>[S]>;
  purposes: Array<NonNullable<NonNullable<Purpose['stores']>[S]>[number]>;
}

const STORE_NAME: Record<Store, string> = { apple: 'Apple', google: 'Google Play' };

/**
 * The data categories the app collects (every one not marked `stores.in_app: false` or `on_device`) that have
 * types in one store, each with the store's purposes of the purposes that list it. A purpose that
 * lists no categories is not taken to use them all: the file does not say so. A missing name stops
 * the export, with every problem found, so one run shows them all: a label that leaves data out
 * would be untrue.
 */
export function storeCategories<S extends Store>(model: PolicyModel, store: S): Array<StoreCategory<S>> {
  const problems: ExportProblem[] = [];
  const unnamed = new Set<number>();
  const found: Array<StoreCategory<S>> = [];
  model.source.data_categories.forEach((category, index) => {
    // Both stores count as collected only what leaves the device: on-device processing is left out.
    if (category.stores?.in_app === false || isOnDevice(category)) return;
    const names = category.stores?.[store];
    if (names === undefined) {
      problems.push({
        path: ['data_categories', index, ...(category.stores === undefined ? [] : ['stores'])],
        message: `Data category '${category.id}' has no ${STORE_NAME[store]} data types, so the ${store === 'apple' ? 'App Store label' : 'Data safety form'} cannot say whether the app collects it.`,
        hint: `Add stores.${store}.types (e.g. [email_address]), or stores.in_app: false if the app never collects it.`,
      });
      return;
    }
    if (names.types.length === 0) return;
    const users = model.purposes.flatMap((purpose, p) => (purpose.data_categories?.includes(category.id) ? [{ index: p, purpose }] : []));
    if (users.length === 0) {
      problems.push({
        path: ['data_categories', index, 'id'],
        message: `No purpose lists data category '${category.id}', so its ${STORE_NAME[store]} purposes are unknown.`,
        hint: `Add '${category.id}' to the data_categories of the purposes that use it.`,
      });
      return;
    }
    const purposes = new Set<StoreCategory<S>['purposes'][number]>();
    for (const { index: p, purpose } of users) {
      const named = purpose.stores?.[store];
      if (named === undefined || named.length === 0) {
        if (!unnamed.has(p))
          problems.push({
            path: ['purposes', p, ...(purpose.stores === undefined ? ['id'] : ['stores'])],
            message: `Purpose '${purpose.id}' has no ${STORE_NAME[store]} purposes.`,
            hint: `Add stores.${store}, e.g. [app_functionality].`,
          });
        unnamed.add(p);
      } else for (const name of named) purposes.add(name);
    }
    found.push({ category, names, purposes: [...purposes] });
  });
  if (problems.length > 0) throw new ExportError(problems);
  return found;
}
