import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'slower breach reports and no promise to tell users',
    edit: (p) => {
      if (!p.breach_notification) return;
      p.breach_notification.within = 'P7D';
      p.breach_notification.notify_users = false;
    },
    expect: [
      { kind: 'breach_notification.changed', summary: 'We no longer promise to tell affected people about a data breach.' },
      { kind: 'breach_notification.changed', summary: 'We now report a data breach within 7 days instead of 72 hours.' },
    ],
  },
];
