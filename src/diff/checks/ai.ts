import type { Ai } from '../../model/policy.generated.js';
import { pairBy, same, sameSet, setDiff } from '../match.js';
import { defineCheck } from '../types.js';
import { PRACTICE_REWORDED, TEXT_CHANGED, compareFields, comparePractice } from '../wording.js';
import { categoriesInWords, quoted } from '../words.js';

type Training = NonNullable<Ai['training']>;

/**
 * The new practice, then the old one, in two sentences a notice can print one after the other.
 * `data` is what training uses: "your data", or the categories the policy names.
 */
const TRAINING_NOW: Readonly<Record<Training, (data: string) => string>> = {
  never: () => 'We no longer use your data to train AI models.',
  opt_in: (data) => `We now use ${data} to train AI models only if you opt in.`,
  opt_out: (data) => `We now use ${data} to train AI models unless you opt out.`,
  anonymized: (data) => `We now use ${data} to train AI models only after anonymizing it.`,
  yes: (data) => `We now use ${data} to train AI models.`,
};
const TRAINING_BEFORE: Readonly<Record<Training, string>> = {
  never: 'Until now, we did not use your data to train AI models.',
  opt_in: 'Until now, we did so only if you opted in.',
  opt_out: 'Until now, we did so unless you opted out.',
  anonymized: 'Until now, we did so only after anonymizing it.',
  yes: 'Until now, we used your data to train AI models.',
};

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
    if (b?.training !== a?.training) {
      const now = a?.training;
      report({
        kind: now === 'never' ? 'ai.training_stopped' : 'ai.training_changed',
        path: ['ai', 'training'],
        summary: now
          ? `${TRAINING_NOW[now](a?.training_data_categories?.length ? categoriesInWords(after, a.training_data_categories) : 'your data')}${b?.training ? ` ${TRAINING_BEFORE[b.training]}` : ''}`
          : 'The policy no longer says whether your data trains AI models.',
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
          summary: `AI training may now use any of your data, not only ${categoriesInWords(before, old)}.`,
          before: old,
          after: null,
        });
      } else if (old.length === 0 && now.length > 0) {
        report({ kind: 'ai.training_narrowed', path, summary: `AI training now uses only ${categoriesInWords(after, now)}.`, before: null, after: now });
      } else {
        if (added.length > 0)
          report({
            kind: 'ai.training_changed',
            path,
            summary: `We may now also use ${categoriesInWords(after, added)} to train AI models.`,
            before: old,
            after: now,
          });
        if (removed.length > 0)
          report({
            kind: 'ai.training_narrowed',
            path,
            summary: `We no longer use ${categoriesInWords(before, removed)} to train AI models.`,
            before: old,
            after: now,
          });
      }
    } else if (!sameSet(b?.training_data_categories, a?.training_data_categories)) {
      // Without training on either side, the list says nothing that applies.
      report({
        kind: 'text.changed',
        path: ['ai', 'training_data_categories'],
        summary: 'We changed which data AI training would use.',
        before: b?.training_data_categories,
        after: a?.training_data_categories,
      });
    }
    if (Boolean(b?.automated_decisions) !== Boolean(a?.automated_decisions)) {
      report({
        kind: a?.automated_decisions ? 'ai.automated_decisions_started' : 'ai.automated_decisions_stopped',
        path: ['ai', 'automated_decisions'],
        summary: a?.automated_decisions
          ? 'We now make decisions with legal or similarly significant effects about you by automated means alone.'
          : 'We no longer make decisions with legal or similarly significant effects about you by automated means alone.',
        before: b?.automated_decisions,
        after: a?.automated_decisions,
      });
    }
    // How a decision about you is made and what follows from it: practice, not wording.
    comparePractice(report, ['ai'], b, a, {
      decision_logic: 'how our automated decisions are made',
      decision_consequences: 'what our automated decisions mean for you',
    });
    const features = pairBy(b?.features, a?.features, (f) => f.name);
    for (const { item, index } of features.added) {
      const data = item.data_categories?.length ? `, using ${categoriesInWords(after, item.data_categories)}` : '';
      report({
        kind: 'ai.feature_added',
        path: ['ai', 'features', index],
        summary: `New AI feature: ${quoted(item.name)}${data}${item.provider ? `, provided by ${item.provider}` : ''}.`,
        before: null,
        after: item,
      });
    }
    for (const { item, index } of features.removed) {
      report({
        kind: 'ai.feature_removed',
        path: ['ai', 'features', index],
        summary: `We removed the AI feature ${quoted(item.name)}.`,
        before: item,
        after: null,
      });
    }
    for (const { before: fb, after: fa, afterIndex } of features.kept) {
      const path = ['ai', 'features', afterIndex];
      const data = setDiff(fb.data_categories, fa.data_categories);
      if (data.added.length + data.removed.length > 0) {
        const parts = [
          data.added.length ? `now uses ${categoriesInWords(after, data.added)}` : '',
          data.removed.length ? `no longer uses ${categoriesInWords(before, data.removed)}` : '',
        ].filter(Boolean);
        report({
          kind: 'ai.feature_changed',
          path: [...path, 'data_categories'],
          summary: `The AI feature ${quoted(fa.name)} ${parts.join(' and ')}.`,
          before: fb.data_categories,
          after: fa.data_categories,
        });
      }
      if (!same(fb.provider, fa.provider)) {
        report({
          kind: 'ai.feature_changed',
          path: [...path, 'provider'],
          summary: fa.provider
            ? `The AI feature ${quoted(fa.name)} is now provided by ${fa.provider}.`
            : `The policy no longer says who provides the AI feature ${quoted(fa.name)}.`,
          before: fb.provider,
          after: fa.provider,
        });
      }
      compareFields(report, path, fb, fa, {
        description: `the description of the AI feature ${quoted(fa.name)}`,
        limitations: `the limitations of the AI feature ${quoted(fa.name)}`,
      });
    }
    compareFields(report, ['ai'], b, a, { training_detail: 'the details of how AI training works', advice: 'our advice about what to upload' });
  },
});
