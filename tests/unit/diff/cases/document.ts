import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new effective date, in the policy’s date style',
    edit: (p) => (p.effective_date = '2026-05-01'),
    expect: [{ kind: 'effective_date.changed', summary: 'The policy now takes effect on 1 May 2026; the previous version took effect on 1 March 2026.' }],
  },
  {
    name: 'a new address, title and last-updated date',
    edit: (p) => {
      if (!p.policy) return;
      p.policy.url = 'https://fieldnote.example/legal/privacy';
      p.policy.title = 'Privacy Notice';
      p.last_updated = '2026-04-20';
    },
    expect: [
      { kind: 'document.changed', summary: 'The policy is now marked as last updated on 20 April 2026.' },
      { kind: 'document.changed', summary: 'The policy is now published at https://fieldnote.example/legal/privacy.' },
      { kind: 'text.changed', path: 'policy.title' },
    ],
  },
];
