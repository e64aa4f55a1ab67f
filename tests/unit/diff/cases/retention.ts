import type { RetentionEntry } from '../../../../src/model/policy.generated.js';
import type { Case } from './types.js';

const entry = (p: { retention?: RetentionEntry[] }, i: number): RetentionEntry => p.retention?.[i] as RetentionEntry;

export const cases: Case[] = [
  {
    name: 'kept longer, for every category of an entry at once',
    edit: (p) => (entry(p, 1).period = 'P3Y'),
    expect: [
      { kind: 'retention.extended', path: 'retention[1].period', summary: 'We now keep account information and usage data for 3 years instead of 2 years.' },
    ],
  },
  {
    name: 'kept shorter',
    edit: (p) => (entry(p, 1).period = 'P90D'),
    expect: [{ kind: 'retention.shortened', summary: 'We now keep account information and usage data for 90 days instead of 2 years.' }],
  },
  {
    name: 'deleted right after use is shorter than any time',
    edit: (p) => (entry(p, 1).period = 'deleted_after_use'),
    expect: [
      { kind: 'retention.shortened', summary: 'We now delete account information and usage data right after use; until now we kept the data for 2 years.' },
    ],
  },
  {
    name: 'data never stored is now kept for a time',
    base: (p) => (entry(p, 1).period = 'not_stored'),
    edit: (p) => (entry(p, 1).period = 'P1D'),
    expect: [{ kind: 'retention.extended', summary: 'We now keep account information and usage data for 1 day; until now we did not store the data at all.' }],
  },
  {
    name: 'data kept until the account is closed is no longer stored at all',
    base: (p) => (entry(p, 1).period = 'account_lifetime'),
    edit: (p) => (entry(p, 1).period = 'not_stored'),
    expect: [
      {
        kind: 'retention.shortened',
        summary: 'We no longer store account information and usage data at all; until now we kept the data for as long as your account is open.',
      },
    ],
  },
  {
    name: 'never stored, then deleted right after use: held for a moment',
    base: (p) => (entry(p, 1).period = 'not_stored'),
    edit: (p) => (entry(p, 1).period = 'deleted_after_use'),
    expect: [
      {
        kind: 'retention.extended',
        summary: 'We now delete account information and usage data right after use; until now we did not store the data at all.',
      },
    ],
  },
  {
    name: 'a zero duration and deleted after use are the same period',
    base: (p) => (entry(p, 1).period = 'P0D'),
    edit: (p) => (entry(p, 1).period = 'deleted_after_use'),
    expect: [],
  },
  {
    name: 'a fixed time becomes open-ended',
    edit: (p) => (entry(p, 1).period = 'until_deleted_by_user'),
    expect: [{ kind: 'retention.changed', summary: 'We now keep account information and usage data until you delete the data instead of 2 years.' }],
  },
  {
    name: 'indefinitely is longer than any time',
    edit: (p) => (entry(p, 1).period = 'indefinite'),
    expect: [{ kind: 'retention.extended', summary: 'We now keep account information and usage data indefinitely instead of 2 years.' }],
  },
  {
    name: 'a longer plan period and longer backups',
    edit: (p) => {
      const e = entry(p, 0);
      if (e.by_plan?.[0]) e.by_plan[0].period = 'P2Y';
      e.backups = 'P90D';
    },
    expect: [
      {
        kind: 'retention.extended',
        path: 'retention[0].by_plan[0].period',
        summary: 'We now keep notes of active accounts on the Free plan for 2 years instead of 1 year.',
      },
      {
        kind: 'retention.extended',
        path: 'retention[0].backups',
        summary: 'We now keep backup copies of notes of active accounts for 90 days instead of 30 days.',
      },
    ],
  },
  {
    name: 'a category split out into an entry of its own keeps its period',
    edit: (p) => {
      entry(p, 1).data_categories = ['account'];
      p.retention?.push({ data_categories: ['usage'], period: 'P2Y' });
    },
    expect: [],
  },
  {
    name: 'a period stated for the first time',
    base: (p) => (entry(p, 1).data_categories = ['account']),
    edit: (p) => p.retention?.push({ data_categories: ['usage'], period: 'P1Y' }),
    expect: [{ kind: 'retention.added', path: 'retention[2].period', summary: 'The policy now says how long we keep usage data: for 1 year.' }],
  },
  {
    name: 'a period no longer stated',
    edit: (p) => (entry(p, 1).data_categories = ['account']),
    expect: [{ kind: 'retention.removed', path: 'retention[1]', summary: 'The policy no longer says how long we keep usage data.' }],
  },
  {
    name: 'a new exception, one gone',
    edit: (p) => (entry(p, 0).exceptions = [{ when: 'a dispute is open', until: 'it is resolved' }]),
    expect: [
      { kind: 'retention.exception_added', summary: 'We may now keep notes of active accounts longer when “a dispute is open”: until “it is resolved”.' },
      { kind: 'retention.exception_removed', summary: 'We no longer keep notes of active accounts longer when “a legal hold applies”.' },
    ],
  },
  {
    name: 'what happens at the end, and why',
    edit: (p) => {
      entry(p, 0).then = 'anonymized';
      entry(p, 0).reason = 'so you can find them again';
    },
    expect: [
      { kind: 'text.changed', path: 'retention[0].reason' },
      { kind: 'text.changed', path: 'retention[0].then', summary: 'At the end of the period, we now anonymize notes of active accounts.' },
    ],
  },
  {
    name: "what ends an open-ended period, in the company's words",
    edit: (p) => (entry(p, 0).until = 'you delete them'),
    expect: [{ kind: 'practice.reworded', path: 'retention[0].until' }],
  },
  {
    name: 'one entry of several relabelled and shortened is that entry, not one dropped and one added',
    base: (p) => {
      entry(p, 1).label = 'Closed accounts';
      entry(p, 0).label = 'Open accounts';
      entry(p, 1).data_categories = ['account', 'notes'];
    },
    edit: (p) => {
      entry(p, 1).label = 'Deleted accounts';
      entry(p, 1).period = 'P1Y';
    },
    expect: [
      { kind: 'retention.shortened', path: 'retention[1].period' },
      { kind: 'text.changed', path: 'retention[1].label' },
    ],
  },
];
