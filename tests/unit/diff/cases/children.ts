import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a lower minimum age',
    edit: (p) => {
      if (p.children) p.children.min_age = 13;
    },
    expect: [
      { kind: 'children.min_age_lowered', path: 'children.min_age', summary: 'The service is now meant for people aged 13 and over instead of 16 and over.' },
    ],
  },
  {
    name: 'a higher minimum age',
    edit: (p) => {
      if (p.children) p.children.min_age = 18;
    },
    expect: [{ kind: 'children.min_age_raised' }],
  },
  {
    name: 'aimed at children, and no promise to delete their data',
    edit: (p) => {
      if (!p.children) return;
      p.children.directed_to_children = true;
      p.children.delete_on_discovery = false;
    },
    expect: [
      { kind: 'children.directed_changed', summary: 'The service is now aimed at children.' },
      { kind: 'children.deletion_changed', summary: "We no longer promise to delete a child's data as soon as we learn we have it." },
    ],
  },
];
