import type { PolicyModel } from '../model/normalize.js';
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
      throw new ExportError([{ path: apps.length === 0 ? [] : ['apps'], message: `The file declares no app '${id}'.`, hint: apps.length === 0 ? 'Declare the app under apps.' : `Apps declared: ${apps.map((a) => a.id).join(', ')}.` }]);
    }
    if (!app.platforms.includes(platform)) {
      throw new ExportError([{ path: ['apps', index, 'platforms'], message: `App '${id}' is not published in ${STORE[platform]}.`, hint: `Add ${platform} to its platforms if it is.` }]);
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
  throw new ExportError([{ path: ['apps'], message: `${candidates.length} apps are published in ${STORE[platform]}: ${candidates.map((a) => a.id).join(', ')}.`, hint: 'Name the one to export with --app <id>.' }]);
}

/** A data category the app collects, where it stands in the file, and the purposes that use it. */
export interface AppCategory {
  index: number;
  category: DataCategory;
  purposes: ReadonlyArray<{ index: number; purpose: Purpose }>;
}

/**
 * The data categories the app collects (every one not marked `stores.in_app: false`), each with
 * the purposes that list it. A purpose that lists no categories is not taken to use them all: the
 * file does not say so.
 */
export function appCategories(model: PolicyModel): AppCategory[] {
  return model.source.data_categories.flatMap((category, index) =>
    category.stores?.in_app === false
      ? []
      : [{ index, category, purposes: model.purposes.flatMap((purpose, p) => (purpose.data_categories?.includes(category.id) ? [{ index: p, purpose }] : [])) }],
  );
}

/** Stops an export with every problem found, so one run shows them all. */
export function throwIfAny(problems: readonly ExportProblem[]): void {
  if (problems.length > 0) throw new ExportError(problems);
}
