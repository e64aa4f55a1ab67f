import type { Ai } from '../../model/policy.generated.js';
import { pairBy, same, sameSet, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, compareFlagUnstatedAsFalse, comparePractice } from '../wording.js';
import { say } from '../say.js';
import { categoryNames } from '../words.js';

type Training = NonNullable<Ai['training']>;

/** AI features and model training. */
export const aiCheck = defineCheck({
  id: 'ai',
  topic: 'ai',
  fields: [
    'ai.features[].name',
    'ai.features[].description',
    'ai.features[].data_categories',
    'ai.features[].provider',
    'ai.features[].limitations',
    'ai.training',
    'ai.training_data_categories',
    'ai.training_detail',
    'ai.automated_decisions',
    'ai.decision_logic',
    'ai.decision_consequences',
    'ai.advice',
  ],
  kinds: {
    'ai.training_changed': { level: 'material', description: 'Whether and how user data trains AI models changes (other than stopping it).' },
    'ai.training_stopped': { level: 'minor', description: 'User data no longer trains AI models.' },
    'ai.training_narrowed': { level: 'minor', description: 'AI training uses fewer categories of data than before.' },
    'ai.feature_added': { level: 'material', description: 'A new AI feature or automated pipeline processes personal data.' },
    'ai.feature_removed': { level: 'minor', description: 'An AI feature is gone.' },
    'ai.feature_changed': { level: 'material', description: 'An AI feature processes other categories of data or runs on a different provider.' },
    'ai.automated_decisions_started': { level: 'material', description: 'Decisions with legal or similar effects are now made solely by automated means.' },
    'ai.automated_decisions_stopped': { level: 'minor', description: 'Such decisions are no longer made solely by automated means.' },
    'practice.reworded': PRACTICE_REWORDED,
    'text.changed': TEXT_CHANGED,
  },
  detect(before, after, report) {
    const b = before.source.ai;
    const a = after.source.ai;
    const words = say().ai;
    if (b?.training !== a?.training) {
      const now = a?.training;
      report({
        kind: now === 'never' ? 'ai.training_stopped' : 'ai.training_changed',
        path: ['ai', 'training'],
        summary: now ? words.training(now, categoryNames(after, a?.training_data_categories ?? []), b?.training) : words.trainingDropped,
        before: b?.training,
        after: now,
      });
    }
    // Which data training uses, while it uses any: none listed means all personal data.
    const trains = (training: Training | undefined): boolean => training !== undefined && training !== 'never';
    if (trains(b?.training) && trains(a?.training)) {
      const old = b?.training_data_categories ?? [];
      const now = a?.training_data_categories ?? [];
      const { added, removed } = setDiff(old, now);
      const path = ['ai', 'training_data_categories'];
      if (now.length === 0 && old.length > 0) {
        report({
          kind: 'ai.training_changed',
          path,
          summary: words.anyData(categoryNames(before, old)),
          before: old,
          after: null,
        });
      } else if (old.length === 0 && now.length > 0) {
        report({ kind: 'ai.training_narrowed', path, summary: words.onlyData(categoryNames(after, now)), before: null, after: now });
      } else {
        if (added.length > 0)
          report({
            kind: 'ai.training_changed',
            path,
            summary: words.dataAdded(categoryNames(after, added)),
            before: old,
            after: now,
          });
        if (removed.length > 0)
          report({
            kind: 'ai.training_narrowed',
            path,
            summary: words.dataRemoved(categoryNames(before, removed)),
            before: old,
            after: now,
          });
      }
    } else if (!sameSet(b?.training_data_categories, a?.training_data_categories)) {
      // Without training on either side, the list says nothing that applies.
      report({
        kind: 'text.changed',
        path: ['ai', 'training_data_categories'],
        summary: words.trainingData,
        before: b?.training_data_categories,
        after: a?.training_data_categories,
      });
    }
    compareFlagUnstatedAsFalse(
      report,
      ['ai', 'automated_decisions'],
      b?.automated_decisions,
      a?.automated_decisions,
      { on: 'ai.automated_decisions_started', off: 'ai.automated_decisions_stopped' },
      words.automated,
    );
    // How a decision about you is made and what follows from it: practice, not wording.
    comparePractice(report, ['ai'], b, a, { decision_logic: words.labels.decision_logic, decision_consequences: words.labels.decision_consequences });
    const features = pairBy(b?.features, a?.features, (f) => f.name);
    for (const { item, index } of features.added) {
      report({
        kind: 'ai.feature_added',
        path: ['ai', 'features', index],
        summary: words.featureAdded(item.name, categoryNames(after, item.data_categories ?? []), item.provider),
        before: null,
        after: item,
      });
    }
    for (const { item, index } of features.removed) {
      report({
        kind: 'ai.feature_removed',
        path: ['ai', 'features', index],
        summary: words.featureRemoved(item.name),
        before: item,
        after: null,
      });
    }
    for (const { before: fb, after: fa, afterIndex } of features.kept) {
      const path = ['ai', 'features', afterIndex];
      const data = setDiff(fb.data_categories, fa.data_categories);
      if (data.added.length + data.removed.length > 0) {
        report({
          kind: 'ai.feature_changed',
          path: [...path, 'data_categories'],
          summary: words.featureData(fa.name, categoryNames(after, data.added), categoryNames(before, data.removed)),
          before: fb.data_categories,
          after: fa.data_categories,
        });
      }
      if (!same(fb.provider, fa.provider)) {
        report({
          kind: 'ai.feature_changed',
          path: [...path, 'provider'],
          summary: words.featureProvider(fa.name, fa.provider),
          before: fb.provider,
          after: fa.provider,
        });
      }
      compareFields(report, path, fb, fa, words.featureLabels(fa.name));
    }
    compareFields(report, ['ai'], b, a, { training_detail: words.labels.training_detail, advice: words.labels.advice });
  },
});
