import { capitalize, joinList } from '../../render/helpers/text.js';
import { setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields } from '../wording.js';

/** What other users can see. */
export const visibilityCheck = defineCheck({
  id: 'visibility',
  topic: 'sharing',
  fields: ['visibility.audience', 'visibility.visible', 'visibility.not_visible', 'visibility.copies'],
  kinds: {
    'visibility.expanded': { level: 'material', description: 'Other users can see more about a person.' },
    'visibility.reduced': { level: 'minor', description: 'Other users can see less about a person.' },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.visibility;
    const a = after.source.visibility;
    const audience = a?.audience ?? b?.audience ?? 'other users';
    const visible = setDiff(b?.visible, a?.visible);
    if (visible.added.length > 0) {
      report({
        kind: 'visibility.expanded',
        path: ['visibility', 'visible'],
        summary: `${capitalize(audience)} can now see ${joinList(visible.added)}.`,
        before: b?.visible,
        after: a?.visible,
      });
    }
    if (visible.removed.length > 0) {
      report({
        kind: 'visibility.reduced',
        path: ['visibility', 'visible'],
        summary: `${capitalize(audience)} can no longer see ${joinList(visible.removed)}.`,
        before: b?.visible,
        after: a?.visible,
      });
    }
    const hidden = setDiff(b?.not_visible, a?.not_visible);
    if (hidden.removed.length > 0) {
      report({
        kind: 'visibility.expanded',
        path: ['visibility', 'not_visible'],
        summary: `We no longer promise that ${audience} never see ${joinList(hidden.removed)}.`,
        before: b?.not_visible,
        after: a?.not_visible,
      });
    }
    if (hidden.added.length > 0) {
      report({
        kind: 'visibility.reduced',
        path: ['visibility', 'not_visible'],
        summary: `We now promise that ${audience} never see ${joinList(hidden.added)}.`,
        before: b?.not_visible,
        after: a?.not_visible,
      });
    }
    compareFields(report, ['visibility'], b, a, { audience: 'who can see your information', copies: 'what happens to copies other users keep' });
  },
});
