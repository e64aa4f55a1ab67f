import { catalogOf, isLanguage } from '../../i18n/languages.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { TEXT_CHANGED, compareFields } from '../wording.js';

/**
 * The dates and presentation of the document itself: nothing here changes a practice.
 * `policy.rules` is listed so that the safety net leaves it alone: it configures validate, not the policy.
 */
export const documentCheck = defineCheck({
  id: 'document',
  topic: 'other',
  fields: [
    'effective_date',
    'last_updated',
    'policy.title',
    'policy.service',
    'policy.url',
    'policy.summary',
    'policy.date_style',
    'policy.clauses',
    'policy.rules',
    'policy.key_points',
    'policy.earlier_versions',
    'policy.language',
    'policy.languages',
  ],
  kinds: {
    'effective_date.changed': { level: 'editorial', description: 'The date the policy takes effect changes (every new version has one).' },
    'document.changed': {
      level: 'editorial',
      description: 'How the document is presented changes: its title, summary, address, date style, "last updated" date, the languages it is published in.',
    },
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const style = after.source.policy?.date_style;
    const words = say().document;
    const b = before.source;
    const a = after.source;
    if (b.effective_date !== a.effective_date) {
      report({
        kind: 'effective_date.changed',
        path: ['effective_date'],
        summary: words.effective(a.effective_date, b.effective_date, style),
        before: b.effective_date,
        after: a.effective_date,
      });
    }
    if (b.last_updated !== a.last_updated) {
      report({
        kind: 'document.changed',
        path: ['last_updated'],
        summary: words.lastUpdated(a.last_updated, style),
        before: b.last_updated,
        after: a.last_updated,
      });
    }
    const bp = b.policy;
    const ap = a.policy;
    if (bp?.url !== ap?.url) {
      report({
        kind: 'document.changed',
        path: ['policy', 'url'],
        summary: words.url(ap?.url),
        before: bp?.url,
        after: ap?.url,
      });
    }
    if (bp?.date_style !== ap?.date_style) {
      report({
        kind: 'document.changed',
        path: ['policy', 'date_style'],
        summary: words.dateStyle,
        before: bp?.date_style,
        after: ap?.date_style,
      });
    }
    if ((bp?.key_points ?? true) !== (ap?.key_points ?? true)) {
      const shown = ap?.key_points !== false;
      report({
        kind: 'document.changed',
        path: ['policy', 'key_points'],
        summary: words.keyPoints(shown),
        before: bp?.key_points,
        after: ap?.key_points,
      });
    }
    if (bp?.earlier_versions !== ap?.earlier_versions) {
      report({
        kind: 'document.changed',
        path: ['policy', 'earlier_versions'],
        summary: words.earlierVersions(ap?.earlier_versions),
        before: bp?.earlier_versions,
        after: ap?.earlier_versions,
      });
    }
    if ((bp?.language ?? 'en') !== (ap?.language ?? 'en')) {
      report({
        kind: 'document.changed',
        path: ['policy', 'language'],
        summary: words.language(ap?.language ?? 'en', bp?.language ?? 'en', ownName),
        before: bp?.language,
        after: ap?.language,
      });
    }
    const bl: readonly string[] = bp?.languages ?? [];
    const al: readonly string[] = ap?.languages ?? [];
    if (bl.join() !== al.join()) {
      const added = al.filter((l) => !bl.includes(l));
      const removed = bl.filter((l) => !al.includes(l));
      report({
        kind: 'document.changed',
        path: ['policy', 'languages'],
        summary: added.length > 0 ? words.languagesAdded(added, ownName) : removed.length > 0 ? words.languagesRemoved(removed, ownName) : words.languagesOrder,
        before: bp?.languages,
        after: ap?.languages,
      });
    }
    if (bp?.clauses !== ap?.clauses) {
      report({
        kind: 'document.changed',
        path: ['policy', 'clauses'],
        summary: words.clauses,
        before: bp?.clauses,
        after: ap?.clauses,
      });
    }
    compareFields(report, ['policy'], bp, ap, words.labels);
  },
});

/** A language by its own name ("Deutsch"), for a phrase book that has no name of its own for it; the code if unknown. */
function ownName(code: string): string {
  return isLanguage(code) ? catalogOf(code).name : code;
}
