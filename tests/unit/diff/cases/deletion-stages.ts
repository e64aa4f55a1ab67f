import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'deleted notes stay in the trash longer, and leaving active systems is no longer timed',
    edit: (p) => (at(p.retention, 0).deletion_stages = [{ stage: 'trash', within: 'P60D' }]),
    expect: [
      {
        kind: 'retention.deletion_slower',
        path: 'retention[0].deletion_stages[0]',
        summary: 'For Notes of active accounts, deleted data stays in the trash for up to 60 days instead of 30 days.',
      },
      { kind: 'retention.deletion_slower', summary: 'For Notes of active accounts, the policy no longer says when deleted data leaves our active systems.' },
    ],
  },
  {
    name: 'a new stage, said for the first time',
    edit: (p) => {
      const entry = at(p.retention, 0);
      delete entry.backups;
      entry.deletion_stages?.push({ stage: 'backups', within: 'P90D' });
    },
    expect: [
      { kind: 'retention.deletion_faster', summary: 'For Notes of active accounts, backup copies of deleted data are removed within 90 days.' },
      { kind: 'retention.removed' },
    ],
  },
];
