import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'less notice of changes',
    edit: (p) => {
      if (p.changes) p.changes.notice_period = 'P14D';
    },
    expect: [
      { kind: 'changes.notice_period_shortened', summary: 'We will now tell you about important changes 14 days before they take effect instead of 30 days.' },
    ],
  },
  {
    name: 'more notice of changes',
    edit: (p) => {
      if (p.changes) p.changes.notice_period = 'P2M';
    },
    expect: [
      { kind: 'changes.notice_period_changed', summary: 'We will now tell you about important changes 2 months before they take effect instead of 30 days.' },
    ],
  },
  {
    name: 'a month instead of 30 days: less notice in February',
    edit: (p) => {
      if (p.changes) p.changes.notice_period = 'P1M';
    },
    expect: [{ kind: 'changes.notice_period_shortened' }],
  },
  {
    name: 'other channels, and continued use as acceptance',
    edit: (p) => {
      if (!p.changes) return;
      p.changes.channels = ['website'];
      p.changes.continued_use_is_acceptance = true;
    },
    expect: [
      { kind: 'changes.terms_changed', summary: 'We will now tell you about changes on our website, no longer by email or in the app.' },
      { kind: 'changes.terms_changed', summary: 'Using the service after a change now means you accept the updated policy.' },
    ],
  },
  {
    name: 'one channel of several instead of all of them',
    edit: (p) => {
      if (!p.changes) return;
      p.changes.channels = ['email', 'in_app'];
      p.changes.any_channel = true;
    },
    expect: [{ kind: 'changes.terms_changed', summary: 'We will now tell you about changes by email or in the app.' }],
  },
  {
    name: 're-levelling a kind is itself a material change',
    edit: (p) => {
      if (p.changes) p.changes.levels = { 'subprocessor.added': 'editorial', 'controller.changed': 'editorial' };
    },
    expect: [
      { kind: 'changes.levels_changed', summary: 'We changed which kinds of change to this policy we treat as important enough to announce in advance.' },
    ],
  },
  {
    name: 'only material changes announced, and only a may',
    edit: (p) => {
      if (!p.changes) return;
      delete p.changes.scope;
      p.changes.notify = 'may';
    },
    expect: [
      { kind: 'changes.notify_weakened', summary: 'We no longer promise to tell you about changes: the policy now says only that we may.' },
      { kind: 'changes.scope_narrowed', summary: 'We will now tell you only about material changes to this policy, no longer about every change.' },
    ],
  },
];
