import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a right removed under one law',
    edit: (p) => {
      if (p.rights?.gdpr) p.rights.gdpr.rights = p.rights.gdpr.rights.filter((r) => r !== 'portability');
    },
    expect: [
      {
        kind: 'right.removed',
        path: 'rights.gdpr.rights[4]',
        summary: 'The policy no longer gives you the right under the GDPR to receive your data in a portable format.',
      },
    ],
  },
  {
    name: 'a right granted to everyone',
    edit: (p) => p.rights?.everyone?.push('portability'),
    expect: [{ kind: 'right.added', summary: 'Everyone now has the right to receive your data in a portable format.' }],
  },
  {
    name: 'a whole law’s rights gone',
    edit: (p) => {
      if (p.rights) delete p.rights.swiss_fadp;
    },
    expect: [
      { kind: 'right.removed', summary: 'The policy no longer gives you the right under the FADP to access your data.' },
      { kind: 'right.response_time_extended', summary: 'The policy no longer says how quickly we answer requests under the FADP.' },
      { kind: 'text.changed', path: 'rights.swiss_fadp.authority.name' },
      { kind: 'text.changed', path: 'rights.swiss_fadp.authority.url' },
      { kind: 'contact.changed', path: 'rights.swiss_fadp.in_app' },
      { kind: 'contact.changed', path: 'rights.swiss_fadp.subject_line' },
    ],
  },
  {
    name: 'slower answers',
    edit: (p) => {
      if (p.rights?.ccpa) p.rights.ccpa.response_time = 'P90D';
    },
    expect: [{ kind: 'right.response_time_extended', summary: 'We now answer requests under the CCPA within 90 days instead of 45 days.' }],
  },
  {
    name: 'the response time now kept only in most cases, then again in every case',
    edit: (p) => {
      if (p.rights) p.rights.response_time_usual = true;
    },
    expect: [
      {
        kind: 'right.response_time_extended',
        path: 'rights.response_time_usual',
        summary: 'We now answer requests about your rights within 30 days in most cases, not in every case.',
      },
    ],
  },
  {
    name: 'the response time kept in every case again',
    base: (p) => {
      if (p.rights) p.rights.response_time_usual = true;
    },
    edit: (p) => {
      if (p.rights) delete p.rights.response_time_usual;
    },
    expect: [
      { kind: 'right.response_time_changed', path: 'rights.response_time_usual', summary: 'We now answer every request about your rights within 30 days.' },
    ],
  },
  {
    name: 'faster answers',
    edit: (p) => {
      if (p.rights?.ccpa) p.rights.ccpa.response_time = 'P30D';
    },
    expect: [{ kind: 'right.response_time_changed', summary: 'We now answer requests under the CCPA within 30 days instead of 45 days.' }],
  },
  {
    name: 'new instructions and a reworded identity check',
    edit: (p) => {
      if (!p.rights) return;
      p.rights.instructions = { ...p.rights.instructions, access: 'Download your data in Settings.' };
      p.rights.verification = 'We check your identity first.';
    },
    expect: [
      {
        kind: 'right.verification_changed',
        path: 'rights.verification',
        summary: 'We changed how we verify your identity before acting on a request; it now reads “We check your identity first.”',
      },
      { kind: 'text.changed', path: 'rights.instructions.access', summary: 'We added the instructions for using your right to access your data.' },
    ],
  },
  {
    name: 'a limit set on a right given to everyone, another dropped, a third respelled',
    base: (p) => {
      if (!p.rights) return;
      p.rights.everyone = ['access', 'erasure', 'portability'];
      p.rights.limits = { access: 'We answer one request a year free of charge.', portability: 'Exports cover projects only.' };
    },
    edit: (p) => {
      if (!p.rights) return;
      p.rights.limits = { access: 'we answer one request a year free of charge', erasure: 'We keep code you contributed as it is.' };
    },
    expect: [
      { kind: 'text.changed', path: 'rights.limits.access', summary: 'We reworded the limit we set on the right to access your data.' },
      {
        kind: 'right.limit_set',
        path: 'rights.limits.erasure',
        summary: 'We now limit the right to have your data erased that we give everyone: “We keep code you contributed as it is.”',
      },
      {
        kind: 'right.limit_removed',
        path: 'rights.limits.portability',
        summary: 'We no longer limit the right to receive your data in a portable format that we give everyone.',
      },
    ],
  },
  {
    name: 'a reworded identity check, as a sentence both times',
    base: (p) => {
      if (p.rights) p.rights.verification = 'We check that the request comes from your email address.';
    },
    edit: (p) => {
      if (p.rights) p.rights.verification = 'We check your identity first.';
    },
    expect: [
      {
        kind: 'practice.reworded',
        path: 'rights.verification',
        summary: 'We changed how we verify your identity before acting on a request; it now reads “We check your identity first.”',
      },
    ],
  },
  {
    name: 'the identity check as steps, then asking for less',
    edit: (p) => {
      if (p.rights) p.rights.verification = { steps: [{ requests: ['know', 'delete'], asks: ['your email address', 'your last order'], matched: true }] };
    },
    expect: [
      {
        kind: 'right.verification_changed',
        path: 'rights.verification',
        summary:
          'We changed how we verify your identity before acting on a request: for a request to know what personal information we collect about you or to have your personal information deleted, we ask for your email address and your last order and match them with the information we hold.',
      },
      { kind: 'practice.reworded', path: 'rights.verification.note', summary: 'We removed the note on how we verify your identity.' },
    ],
  },
  {
    name: 'identity-check steps changed, and no longer stated',
    base: (p) => {
      if (p.rights) p.rights.verification = { steps: [{ asks: ['your email address'], matched: true, signed_declaration: true }] };
    },
    edit: (p) => {
      if (p.rights) p.rights.verification = { steps: [{ when: 'if you have no account', asks: ['your email address'] }] };
    },
    expect: [
      {
        kind: 'right.verification_changed',
        summary: 'We changed how we verify your identity before acting on a request: if you have no account, we ask for your email address.',
      },
    ],
  },
  {
    name: 'the note beside the identity-check steps reworded, the steps in another order',
    edit: (p) => {
      const check = p.rights?.verification;
      if (typeof check !== 'object') return;
      check.note = 'We check that the request comes from the email address on your account.';
      const step = check.steps[0];
      step.requests = [...(step.requests ?? [])].reverse() as typeof step.requests;
    },
    expect: [
      {
        kind: 'practice.reworded',
        path: 'rights.verification.note',
        summary: 'We changed the note on how we verify your identity; it now reads “We check that the request comes from the email address on your account.”',
      },
    ],
  },
  {
    name: 'identity-check steps removed',
    base: (p) => {
      if (p.rights) p.rights.verification = { steps: [{ asks: ['your email address'] }] };
    },
    edit: (p) => {
      if (p.rights) delete p.rights.verification;
    },
    expect: [{ kind: 'right.verification_changed', summary: 'The policy no longer says how we verify your identity before acting on a request.' }],
  },
];
