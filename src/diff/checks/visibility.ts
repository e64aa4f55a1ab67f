import { setDiff } from '../match.js';
import { say } from '../say.js';
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
    const audience = a?.audience ?? b?.audience;
    const words = say().visibility;
    const visible = setDiff(b?.visible, a?.visible);
    if (visible.added.length > 0) {
      report({
        kind: 'visibility.expanded',
        path: ['visibility', 'visible'],
        summary: words.visible(audience, visible.added),
        before: b?.visible,
        after: a?.visible,
      });
    }
    if (visible.removed.length > 0) {
      report({
        kind: 'visibility.reduced',
        path: ['visibility', 'visible'],
        summary: words.invisible(audience, visible.removed),
        before: b?.visible,
        after: a?.visible,
      });
    }
    const hidden = setDiff(b?.not_visible, a?.not_visible);
    if (hidden.removed.length > 0) {
      report({
        kind: 'visibility.expanded',
        path: ['visibility', 'not_visible'],
        summary: words.promiseDropped(audience, hidden.removed),
        before: b?.not_visible,
        after: a?.not_visible,
      });
    }
    if (hidden.added.length > 0) {
      report({
        kind: 'visibility.reduced',
        path: ['visibility', 'not_visible'],
        summary: words.promised(audience, hidden.added),
        before: b?.not_visible,
        after: a?.not_visible,
      });
    }
    compareFields(report, ['visibility'], b, a, words.labels);
  },
});
