import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new occasion of disclosure',
    edit: (p) => p.disclosures?.push({ kind: 'affiliates' }),
    expect: [{ kind: 'disclosure.added', summary: 'We may now disclose your data to companies in our group.' }],
  },
  {
    name: 'an occasion gone, another reworded',
    edit: (p) =>
      (p.disclosures = [
        { kind: 'legal_requirement', description: 'Only when a court or regulator orders it.', recipients: ['courts', 'law enforcement agencies'] },
      ]),
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
    edit: (p) =>
      (p.disclosures = [
        { kind: 'legal_requirement', description: 'only when a court orders it', recipients: ['courts', 'law enforcement agencies'] },
        { kind: 'business_transfer' },
      ]),
    expect: [{ kind: 'text.changed', path: 'disclosures[0].description' }],
  },
  {
    name: 'data may now go to another recipient on an occasion, and no longer to one',
    edit: (p) => {
      const legal = p.disclosures?.[0];
      if (legal) legal.recipients = ['courts', 'tax authorities'];
    },
    expect: [
      {
        kind: 'disclosure.recipients_added',
        path: 'disclosures[0].recipients',
        summary: 'Your data may now also go to tax authorities (legal requirements).',
      },
      {
        kind: 'disclosure.recipients_removed',
        summary: 'We no longer name law enforcement agencies among those who receive your data (legal requirements).',
      },
    ],
  },
  {
    name: 'recipients named for the first time',
    edit: (p) => {
      const transfer = p.disclosures?.[1];
      if (transfer) transfer.recipients = ['a buyer of our business'];
    },
    expect: [{ kind: 'text.changed', path: 'disclosures[1].recipients' }],
  },
];
