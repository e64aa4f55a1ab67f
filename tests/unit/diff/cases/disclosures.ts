import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new occasion of disclosure',
    edit: (p) => p.disclosures?.push({ kind: 'affiliates' }),
    expect: [{ kind: 'disclosure.added', summary: 'We may now disclose your data to companies in our group.' }],
  },
  {
    name: 'an occasion gone, another reworded',
    edit: (p) => (p.disclosures = [{ kind: 'legal_requirement', description: 'Only when a court or regulator orders it.' }]),
    expect: [
      { kind: 'disclosure.removed', summary: 'We no longer list disclosing your data to a buyer or successor if our business is sold or merged.' },
      { kind: 'text.changed', path: 'disclosures[0].description' },
    ],
  },
];
