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
      {
        kind: 'practice.reworded',
        path: 'disclosures[0].description',
        summary:
          'We changed what we say about disclosing your data to authorities and courts when the law requires it; it now reads “Only when a court or regulator orders it.”',
      },
    ],
  },
  {
    name: 'a description retyped is wording',
    edit: (p) => (p.disclosures = [{ kind: 'legal_requirement', description: 'only when a court orders it' }, { kind: 'business_transfer' }]),
    expect: [{ kind: 'text.changed', path: 'disclosures[0].description' }],
  },
];
