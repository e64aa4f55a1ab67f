import type { DeletionStage } from '../../i18n/phrases/en.js';
import { durationInDays } from '../../model/duration.js';
import type { RetentionEntry } from '../../model/policy.generated.js';
import { canonical, pairBy } from '../match.js';
import { say } from '../say.js';
import { defineCheck } from '../types.js';
import { categoryNames } from '../words.js';

/** The stages of deletion, in the order a notice says them. */
const STAGES: readonly DeletionStage[] = ['trash', 'active_systems', 'backups'];

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
      const names = categoryNames(after, a.data_categories);
      for (const stage of STAGES) {
        const old = b.deletion_stages?.find((s) => s.stage === stage)?.within;
        const now = a.deletion_stages?.find((s) => s.stage === stage)?.within;
        if (old === now) continue;
        const slower = old !== undefined && (now === undefined || (durationInDays(now) ?? 0) > (durationInDays(old) ?? 0));
        const index = (a.deletion_stages ?? []).findIndex((s) => s.stage === stage);
        report({
          kind: slower ? 'retention.deletion_slower' : 'retention.deletion_faster',
          path: index === -1 ? ['retention', afterIndex, 'deletion_stages'] : ['retention', afterIndex, 'deletion_stages', index],
          summary: say().deletionStages.changed(a.label, names, stage, now, old),
          before: old,
          after: now,
        });
      }
    }
  },
});
