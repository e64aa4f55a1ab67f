import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'starting to sell data',
    edit: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.sells = true;
    },
    expect: [{ kind: 'sale.started', path: 'sale_and_sharing.sells', summary: 'We now sell personal information.' }],
  },
  {
    name: 'no longer selling',
    base: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.sells = true;
    },
    edit: (p) => delete p.sale_and_sharing,
    expect: [
      { kind: 'sale.stopped', summary: 'We no longer sell personal information.' },
      { kind: 'text.changed', path: 'sale_and_sharing.note' },
    ],
  },
  {
    name: 'sharing for advertising and with data brokers',
    edit: (p) => {
      if (!p.sale_and_sharing) return;
      p.sale_and_sharing.shares_for_advertising = true;
      p.sale_and_sharing.shares_with_data_brokers = true;
    },
    expect: [
      { kind: 'sharing.started', summary: 'We now share personal information for targeted advertising.' },
      { kind: 'sharing.started', summary: 'We now share personal information with data brokers.' },
    ],
  },
  {
    name: 'no longer sharing for advertising',
    base: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.shares_for_advertising = true;
    },
    edit: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.shares_for_advertising = false;
    },
    expect: [{ kind: 'sharing.stopped' }],
  },
];
