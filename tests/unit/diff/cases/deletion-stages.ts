import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'deleted notes stay in the trash longer, and backups are no longer timed',
    edit: (p) => (at(p.retention, 0).deletion_stages = [{ stage: 'trash', within: 'P60D' }]),
    expect: [
      {
        kind: 'retention.deletion_slower',
        path: 'retention[0].deletion_stages[0]',
        summary: 'For Notes of active accounts, deleted data stays in the trash for up to 60 days instead of 30 days.',
      },
      { kind: 'retention.deletion_slower', summary: 'For Notes of active accounts, the policy no longer says when backup copies of deleted data are removed.' },
    ],
  },
  {
    name: 'a new stage, said for the first time',
    edit: (p) => at(p.retention, 0).deletion_stages?.push({ stage: 'active_systems', within: 'P7D' }),
    expect: [{ kind: 'retention.deletion_faster', summary: 'For Notes of active accounts, deleted data is removed from our active systems within 7 days.' }],
  },
];
