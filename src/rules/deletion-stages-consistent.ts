import { defineRule } from './types.js';

export const deletionStagesConsistent = defineRule({
  meta: {
    id: 'deletion-stages-consistent',
    severity: 'error',
    description: 'A retention entry names each stage after deletion once, and gives its backups either in backups or as a deletion stage, not both.',
    rationale:
      'The policy says how long each stage after deletion takes. A stage given twice, or backups given both as `backups` and as a backups stage, would make it say two things about one copy of the data, and a reader could not tell which holds.',
    messages: {
      twice: "Stage '{{stage}}' appears more than once in this entry's deletion_stages.",
      once: 'Keep one entry for each stage.',
      backupsTwice: 'This retention entry gives its backups both in backups and as a deletion stage.',
      onePlace: 'Remove backups and keep the backups stage, which says when in the order of stages it happens.',
    },
  },
  check(policy, report) {
    (policy.retention ?? []).forEach((entry, i) => {
      const seen = new Set<string>();
      (entry.deletion_stages ?? []).forEach((stage, j) => {
        if (seen.has(stage.stage)) {
          report({ path: ['retention', i, 'deletion_stages', j, 'stage'], messageId: 'twice', hintId: 'once', data: { stage: stage.stage } });
        }
        seen.add(stage.stage);
      });
      if (entry.backups !== undefined && seen.has('backups')) {
        report({ path: ['retention', i, 'backups'], messageId: 'backupsTwice', hintId: 'onePlace' });
      }
    });
  },
});
