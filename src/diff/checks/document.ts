import { formatDate } from '../../render/helpers/date.js';
import { joinList } from '../../render/helpers/text.js';
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
    const b = before.source;
    const a = after.source;
    if (b.effective_date !== a.effective_date) {
      report({
        kind: 'effective_date.changed',
        path: ['effective_date'],
        summary: `The policy now takes effect on ${formatDate(a.effective_date, style)}; the previous version took effect on ${formatDate(b.effective_date, style)}.`,
        before: b.effective_date,
        after: a.effective_date,
      });
    }
    if (b.last_updated !== a.last_updated) {
      report({
        kind: 'document.changed',
        path: ['last_updated'],
        summary: a.last_updated
          ? `The policy is now marked as last updated on ${formatDate(a.last_updated, style)}.`
          : 'The policy no longer shows a separate "last updated" date.',
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
        summary: ap?.url ? `The policy is now published at ${ap.url}.` : 'The policy no longer names the address where it is published.',
        before: bp?.url,
        after: ap?.url,
      });
    }
    if (bp?.date_style !== ap?.date_style) {
      report({
        kind: 'document.changed',
        path: ['policy', 'date_style'],
        summary: 'Dates in the policy are now written in a different style.',
        before: bp?.date_style,
        after: ap?.date_style,
      });
    }
    if ((bp?.key_points ?? true) !== (ap?.key_points ?? true)) {
      const shown = ap?.key_points !== false;
      report({
        kind: 'document.changed',
        path: ['policy', 'key_points'],
        summary: shown ? 'The policy now opens with its key points.' : 'The policy no longer opens with its key points.',
        before: bp?.key_points,
        after: ap?.key_points,
      });
    }
    if (bp?.earlier_versions !== ap?.earlier_versions) {
      report({
        kind: 'document.changed',
        path: ['policy', 'earlier_versions'],
        summary: ap?.earlier_versions
          ? `Earlier versions of the policy are now listed at ${ap.earlier_versions}.`
          : 'The policy no longer links to its earlier versions.',
        before: bp?.earlier_versions,
        after: ap?.earlier_versions,
      });
    }
    if ((bp?.language ?? 'en') !== (ap?.language ?? 'en')) {
      report({
        kind: 'document.changed',
        path: ['policy', 'language'],
        summary: `The policy is now written first in ${languageName(ap?.language)} instead of ${languageName(bp?.language)}.`,
        before: bp?.language,
        after: ap?.language,
      });
    }
    const bl: readonly string[] = bp?.languages ?? [];
    const al: readonly string[] = ap?.languages ?? [];
    if (bl.join() !== al.join()) {
      const added = al.filter((l) => !bl.includes(l)).map(languageName);
      const removed = bl.filter((l) => !al.includes(l)).map(languageName);
      report({
        kind: 'document.changed',
        path: ['policy', 'languages'],
        summary:
          added.length > 0
            ? `The policy is now also published in ${joinList(added)}.`
            : removed.length > 0
              ? `The policy is no longer published in ${joinList(removed)}.`
              : 'The policy lists the languages it is published in in a different order.',
        before: bp?.languages,
        after: ap?.languages,
      });
    }
    if (bp?.clauses !== ap?.clauses) {
      report({
        kind: 'document.changed',
        path: ['policy', 'clauses'],
        summary: 'The policy now uses a different set of customised clauses.',
        before: bp?.clauses,
        after: ap?.clauses,
      });
    }
    compareFields(report, ['policy'], bp, ap, {
      title: 'the title of the policy',
      service: 'the name of the service the policy covers',
      summary: 'the summary under the title',
    });
  },
});

/** A language by its English name, for the change's summary: "German"; the code if unknown. */
function languageName(code: string | undefined): string {
  return code === undefined || code === 'en' ? 'English' : (LANGUAGE_NAMES[code] ?? code);
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { de: 'German', fr: 'French' };
