import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new advertising cookie, and a necessary one',
    edit: (p) => {
      p.cookies?.list?.push({ name: '_fbp', provider: 'Meta Platforms Ireland Ltd', kind: 'advertising', purpose: 'Measures our ads.' });
      p.cookies?.list?.push({ name: 'csrf', kind: 'strictly_necessary', purpose: 'Protects forms' });
    },
    expect: [
      { kind: 'cookies.tracking_added', path: 'cookies.list[2]', summary: 'We now use the cookie “_fbp” from Meta Platforms Ireland Ltd: Measures our ads.' },
      { kind: 'cookies.cookie_added', path: 'cookies.list[3]' },
    ],
  },
  {
    name: 'a cookie gone',
    edit: (p) => p.cookies?.list?.pop(),
    expect: [{ kind: 'cookies.tracking_removed', summary: 'We no longer use the cookie “_pk_id”.' }],
  },
  {
    name: 'a cookie kept longer',
    edit: (p) => (at(p.cookies?.list, 1).duration = 'P2Y'),
    expect: [
      {
        kind: 'cookies.cookie_changed',
        path: 'cookies.list[1]',
        summary: 'We changed the cookie “_pk_id”: Counts visits without identifying you, set by Plausible Insights OÜ, kept for 2 years.',
      },
    ],
  },
  {
    name: 'a necessary cookie now used for analytics',
    edit: (p) => (at(p.cookies?.list, 0).kind = 'analytics'),
    expect: [{ kind: 'cookies.tracking_added', path: 'cookies.list[0]' }],
  },
  {
    name: 'Do Not Track honored, then no longer',
    base: (p) => {
      if (p.cookies) {
        p.cookies.honors_dnt = false;
        delete p.cookies.dnt_effect;
      }
    },
    edit: (p) => {
      if (p.cookies) p.cookies.honors_dnt = true;
    },
    expect: [{ kind: 'cookies.dnt_honored', summary: 'We now honor Do Not Track signals sent by your browser.' }],
  },
  {
    name: 'Do Not Track honored in part, the summary saying what a signal changes as the policy does',
    base: (p) => {
      if (p.cookies) p.cookies.honors_dnt = false;
    },
    edit: (p) => {
      if (p.cookies) p.cookies.honors_dnt = true;
    },
    expect: [
      {
        kind: 'cookies.dnt_honored',
        path: 'cookies.honors_dnt',
        summary: 'We now respond to Do Not Track signals: when your browser sends one, we stop collecting interaction data.',
      },
    ],
  },
  {
    name: 'Do Not Track no longer honored',
    edit: (p) => {
      if (p.cookies) delete p.cookies.honors_dnt;
    },
    expect: [{ kind: 'cookies.dnt_ignored', summary: 'The policy no longer says how we respond to Do Not Track signals.' }],
  },
  {
    name: 'what a Do Not Track signal changes, reworded while it is honored: the promise may narrow, material',
    edit: (p) => {
      if (p.cookies) p.cookies.dnt_effect = 'stop loading analytics scripts';
    },
    expect: [
      {
        kind: 'cookies.dnt_effect_reworded',
        path: 'cookies.dnt_effect',
        summary: 'We changed what we say about Do Not Track signals: when your browser sends one, we stop loading analytics scripts.',
      },
    ],
  },
  {
    name: 'what a Do Not Track signal changes, given where the policy promised to honor the signal: the promise narrows',
    base: (p) => {
      if (p.cookies) delete p.cookies.dnt_effect;
    },
    edit: (p) => {
      if (p.cookies) p.cookies.dnt_effect = 'stop collecting interaction data.';
    },
    expect: [
      {
        kind: 'cookies.dnt_narrowed',
        path: 'cookies.dnt_effect',
        summary: 'We now honor Do Not Track signals only in part: when your browser sends one, we stop collecting interaction data.',
      },
    ],
  },
  {
    name: 'what a Do Not Track signal changes, removed while the signal is honored: the promise becomes whole',
    edit: (p) => {
      if (p.cookies) delete p.cookies.dnt_effect;
    },
    expect: [
      {
        kind: 'cookies.dnt_widened',
        path: 'cookies.dnt_effect',
        summary: 'We now honor Do Not Track signals sent by your browser, no longer only in part.',
      },
    ],
  },
  {
    name: 'what a Do Not Track signal changes, only in case: the same words',
    edit: (p) => {
      if (p.cookies) p.cookies.dnt_effect = 'Stop collecting interaction data.';
    },
    expect: [{ kind: 'text.changed', path: 'cookies.dnt_effect' }],
  },
  {
    name: 'what a Do Not Track signal would change, while it is not honored: nothing the policy prints',
    base: (p) => {
      if (p.cookies) p.cookies.honors_dnt = false;
    },
    edit: (p) => {
      if (p.cookies) p.cookies.dnt_effect = 'stop loading analytics scripts';
    },
    expect: [],
  },
];
