import { pairBy, sameSet } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, comparePractice } from '../wording.js';

/** The device permissions each app asks for, keyed by app id and permission name. */
export const appPermissionsCheck = defineCheck({
  id: 'app-permissions',
  topic: 'collection',
  fields: ['apps[].permissions'],
  kinds: {
    'app.permission_added': { level: 'material', description: 'An app asks for a new device permission, or on more platforms.' },
    'app.permission_removed': { level: 'minor', description: 'An app no longer asks for a device permission.' },
    'app.permission_required': { level: 'material', description: 'A permission people could refuse is now one the app cannot work without.' },
    'app.permission_changed': { level: 'minor', description: 'When a permission is asked, or whether it can be refused, changes otherwise.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const apps = pairBy(before.source.apps, after.source.apps, (app) => app.id);
    const words = say().apps;
    for (const { before: oldApp, after: app, afterIndex } of apps.kept) {
      const pairs = pairBy(oldApp.permissions, app.permissions, (p) => p.name);
      for (const { item, index } of pairs.added) {
        report({
          kind: 'app.permission_added',
          path: ['apps', afterIndex, 'permissions', index],
          summary: words.permissionAdded(app.name, item.name, item.purpose.trim()),
          before: null,
          after: item,
        });
      }
      for (const { item, index } of pairs.removed) {
        report({
          kind: 'app.permission_removed',
          path: ['apps', afterIndex, 'permissions', index],
          summary: words.permissionRemoved(app.name, item.name),
          before: item,
          after: null,
        });
      }
      for (const { before: b, after: a, afterIndex: i } of pairs.kept) {
        const path = ['apps', afterIndex, 'permissions', i];
        // No list of platforms means all of the app's: a list where there was none narrows it.
        const platforms = (list: readonly string[] | undefined): readonly string[] => list ?? app.platforms;
        if (!sameSet(platforms(b.platforms), platforms(a.platforms))) {
          const wider = platforms(a.platforms).some((p) => !platforms(b.platforms).includes(p));
          report({
            kind: wider ? 'app.permission_added' : 'app.permission_removed',
            path: [...path, 'platforms'],
            summary: words.platforms(app.name, a.name, platforms(a.platforms)),
            before: b.platforms,
            after: a.platforms,
          });
        }
        if (b.optional !== a.optional || b.when !== a.when) {
          report({
            kind: b.optional === true && a.optional !== true ? 'app.permission_required' : 'app.permission_changed',
            path: [...path, b.optional !== a.optional ? 'optional' : 'when'],
            summary: b.optional === true && a.optional !== true ? words.required(app.name, a.name) : words.permissionChanged(app.name, a.name),
            before: b,
            after: a,
          });
        }
        comparePractice(report, path, b, a, { purpose: words.permissionPurpose(app.name, a.name) });
      }
    }
  },
});
