import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'other users see more',
    edit: (p) => p.visibility?.visible.push('your profile photo'),
    expect: [{ kind: 'visibility.expanded', summary: 'Collaborators on a shared notebook can now see your profile photo.' }],
  },
  {
    name: 'a promise of privacy withdrawn',
    edit: (p) => {
      if (p.visibility) p.visibility.not_visible = [];
    },
    expect: [{ kind: 'visibility.expanded', summary: 'We no longer promise that collaborators on a shared notebook never see your email address.' }],
  },
  {
    name: 'other users see less',
    base: (p) => p.visibility?.visible.push('your profile photo'),
    edit: (p) => {
      if (p.visibility) p.visibility.visible = ['your display name'];
    },
    expect: [{ kind: 'visibility.reduced', summary: 'Collaborators on a shared notebook can no longer see your profile photo.' }],
  },
];
