import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a measure added, another dropped',
    edit: (p) => {
      if (p.security) p.security.measures = ['TLS for data in transit', 'two-factor sign-in'];
    },
    expect: [
      { kind: 'security.changed', summary: 'New security measures: two-factor sign-in.' },
      { kind: 'security.changed', summary: 'We no longer list these security measures: encryption at rest.' },
    ],
  },
  {
    name: 'using the service now accepts the risks',
    edit: (p) => {
      if (p.security) p.security.use_is_acceptance = true;
    },
    expect: [{ kind: 'security.changed', path: 'security.use_is_acceptance' }],
  },
];
