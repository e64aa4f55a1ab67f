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
  {
    name: 'no longer says it does not knowingly collect from children, nor that it closes their accounts',
    edit: (p) => {
      if (!p.children) return;
      delete p.children.knowingly_collects;
      p.children.close_account_on_discovery = false;
    },
    expect: [
      {
        kind: 'children.knowingly_dropped',
        summary: 'The policy no longer says that we do not knowingly collect personal data from anyone below the minimum age.',
      },
      {
        kind: 'children.account_closing_changed',
        summary: 'We no longer promise to close the account of a user we learn or suspect is below the minimum age.',
      },
    ],
  },
  {
    name: 'now says it does not knowingly collect from children',
    base: (p) => {
      if (p.children) delete p.children.knowingly_collects;
    },
    edit: (p) => {
      if (p.children) p.children.knowingly_collects = false;
    },
    expect: [{ kind: 'children.knowingly_stated' }],
  },
];
