import { durationInDays, durationInWords } from '../../model/duration.js';
import type { RetentionEntry } from '../../model/policy.generated.js';
import { canonical, pairBy } from '../match.js';
import { defineCheck } from '../types.js';

type Stage = NonNullable<RetentionEntry['deletion_stages']>[number]['stage'];

/** Each stage in words: with its time, and as a question the policy no longer answers. */
const STAGES: Readonly<Record<Stage, { within: (time: string) => string; unstated: string }>> = {
  trash: { within: (time) => `deleted data stays in the trash for up to ${time}`, unstated: 'how long deleted data stays in the trash' },
  active_systems: {
    within: (time) => `deleted data is removed from our active systems within ${time}`,
    unstated: 'when deleted data leaves our active systems',
  },
  backups: { within: (time) => `backup copies of deleted data are removed within ${time}`, unstated: 'when backup copies of deleted data are removed' },
};

/**
 * What happens after deletion, stage by stage, for each retention entry (keyed by the data it
 * covers): a stage that takes longer keeps data around longer.
 */
export const deletionStagesCheck = defineCheck({
  id: 'deletion-stages',
  topic: 'retention',
  fields: ['retention[].deletion_stages'],
  kinds: {
    'retention.deletion_slower': {
      level: 'material',
      description: 'A stage after deletion (trash, active systems, backups) takes longer, or the policy no longer says how long it takes.',
    },
    'retention.deletion_faster': { level: 'minor', description: 'A stage after deletion takes less time, or is newly stated.' },
  },
  detect(before, after, report) {
    const key = (entry: RetentionEntry): string => canonical([...entry.data_categories].sort());
    const pairs = pairBy(before.source.retention, after.source.retention, key);
    for (const { before: b, after: a, afterIndex } of pairs.kept) {
      const what = (a.label ?? a.data_categories.map((id) => after.categories.get(id)?.name ?? id).join(', ')).trim();
      for (const stage of Object.keys(STAGES) as Stage[]) {
        const old = b.deletion_stages?.find((s) => s.stage === stage)?.within;
        const now = a.deletion_stages?.find((s) => s.stage === stage)?.within;
        if (old === now) continue;
        const slower = old !== undefined && (now === undefined || (durationInDays(now) ?? 0) > (durationInDays(old) ?? 0));
        const index = (a.deletion_stages ?? []).findIndex((s) => s.stage === stage);
        report({
          kind: slower ? 'retention.deletion_slower' : 'retention.deletion_faster',
          path: index === -1 ? ['retention', afterIndex, 'deletion_stages'] : ['retention', afterIndex, 'deletion_stages', index],
          summary:
            now === undefined
              ? `For ${what}, the policy no longer says ${STAGES[stage].unstated}.`
              : `For ${what}, ${STAGES[stage].within(durationInWords(now))}${old ? ` instead of ${durationInWords(old)}` : ''}.`,
          before: old,
          after: now,
        });
      }
    }
  },
});
