import { pairBy } from '../match.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields } from '../wording.js';
import { say } from '../say.js';

/**
 * The company's own Markdown sections, keyed by id. policyc cannot read prose, so a new or
 * deleted section is assumed to matter; re-level these kinds if yours are informational.
 */
export const sectionsCheck = defineCheck({
  id: 'sections',
  topic: 'other',
  fields: ['sections[].id', 'sections[].title', 'sections[].body', 'sections[].after', 'sections[].before'],
  kinds: {
    'section.added': { level: 'material', description: 'A custom section is added; its prose may state a new practice.' },
    'section.removed': { level: 'material', description: 'A custom section is removed; a promise it made may be gone.' },
    'section.changed': { level: 'minor', description: "A custom section's body is rewritten." },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const pairs = pairBy(before.source.sections, after.source.sections, (s) => s.id);
    const words = say().sections;
    for (const { item, index } of pairs.added) {
      report({ kind: 'section.added', path: ['sections', index], summary: words.added(item.title), before: null, after: item });
    }
    for (const { item, index } of pairs.removed) {
      report({ kind: 'section.removed', path: ['sections', index], summary: words.removed(item.title), before: item, after: null });
    }
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const path = ['sections', afterIndex];
      if (b.body !== a.body) {
        report({ kind: 'section.changed', path: [...path, 'body'], summary: words.rewritten(a.title), before: b.body, after: a.body });
      }
      compareFields(report, path, b, a, words.labels(b.title));
      if (b.after !== a.after || b.before !== a.before) {
        report({
          kind: 'text.changed',
          path,
          summary: words.moved(a.title),
          before: { after: b.after, before: b.before },
          after: { after: a.after, before: a.before },
        });
      }
    }
  },
});
