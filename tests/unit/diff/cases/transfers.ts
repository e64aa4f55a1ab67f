import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'storage moves to a new country',
    edit: (p) => {
      if (p.transfers) p.transfers.storage = 'US';
    },
    expect: [{ kind: 'transfer.storage_changed', path: 'transfers.storage', summary: 'We now store your data in the United States instead of Ireland.' }],
  },
  {
    name: 'a country no longer receives data',
    edit: (p) => {
      p.subprocessors?.pop();
      p.recipient_categories = [];
    },
    expect: [
      { kind: 'subprocessor.removed' },
      { kind: 'recipient_category.removed' },
      { kind: 'transfer.country_removed', summary: 'Your data is no longer processed in the United States.' },
    ],
  },
  {
    name: 'every copy stays in Europe',
    edit: (p) => {
      if (p.transfers) p.transfers.eea_only = true;
    },
    expect: [{ kind: 'transfer.storage_changed', summary: 'Every copy of your data now stays in the EEA and the UK.' }],
  },
  {
    name: 'other safeguards',
    edit: (p) => {
      if (p.transfers) p.transfers.mechanisms = ['scc', 'uk_idta', 'dpf'];
    },
    expect: [
      {
        kind: 'transfer.mechanisms_changed',
        summary:
          'The safeguards for transfers out of the European Economic Area or the United Kingdom are now: Standard Contractual Clauses, UK IDTA / Addendum and EU-U.S. Data Privacy Framework.',
      },
    ],
  },
  {
    name: 'Swiss safeguards, named for transfers out of Switzerland too',
    base: (p) => {
      p.jurisdictions = [...(p.jurisdictions ?? []), 'swiss_fadp'];
    },
    edit: (p) => {
      if (p.transfers) p.transfers.mechanisms = ['scc', 'swiss_scc', 'dpf'];
    },
    expect: [
      {
        kind: 'transfer.mechanisms_changed',
        summary:
          'The safeguards for transfers out of the European Economic Area, the United Kingdom or Switzerland are now: Standard Contractual Clauses, Standard Contractual Clauses with Swiss adaptations and EU-U.S. and Swiss-U.S. Data Privacy Frameworks.',
      },
    ],
  },
  {
    name: 'copies of the safeguards no longer offered',
    edit: (p) => {
      if (p.transfers) delete p.transfers.copies_on_request;
    },
    expect: [
      {
        kind: 'transfer.copies_changed',
        path: 'transfers.copies_on_request',
        summary: 'The policy no longer says you can ask us for a copy of the safeguards for international transfers.',
      },
    ],
  },
];
