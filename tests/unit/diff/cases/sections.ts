import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new section',
    edit: (p) => p.sections?.push({ id: 'beta', title: 'Beta features', body: 'Beta features may collect more data.' }),
    expect: [{ kind: 'section.added', summary: 'New section: “Beta features”.' }],
  },
  {
    name: 'a section removed',
    edit: (p) => p.sections?.pop(),
    expect: [{ kind: 'section.removed', summary: 'We removed the section “Research ethics”.' }],
  },
  {
    name: 'a section rewritten, retitled and moved',
    edit: (p) => {
      const s = p.sections?.[0];
      if (!s) return;
      s.body = 'You are responsible for what your notes say about others.';
      s.title = 'Notes about others';
      s.after = 'sharing';
    },
    expect: [
      { kind: 'section.changed', summary: 'We rewrote the section “Notes about others”.' },
      { kind: 'text.changed', path: 'sections[0].title' },
      { kind: 'text.changed', summary: 'We moved the section “Notes about others”.' },
    ],
  },
];
