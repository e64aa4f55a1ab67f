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
    name: 'copies of the safeguards asked for at another address',
    edit: (p) => {
      if (p.transfers) p.transfers.copies_email = 'safeguards@fieldnote.example';
    },
    expect: [
      {
        kind: 'transfer.copies_changed',
        path: 'transfers.copies_email',
        summary: 'You can now ask for a copy of the safeguards for international transfers at safeguards@fieldnote.example.',
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
  {
    name: 'the Data Privacy Framework certification dropped',
    edit: (p) => {
      if (p.transfers) delete p.transfers.dpf;
    },
    expect: [
      {
        kind: 'transfer.dpf_changed',
        path: 'transfers.dpf',
        summary: 'The policy no longer says we are certified under the Data Privacy Framework.',
      },
    ],
  },
  {
    name: 'another recourse mechanism for Data Privacy Framework complaints',
    edit: (p) => {
      if (p.transfers?.dpf) p.transfers.dpf.recourse = { name: 'BBB National Programs' };
    },
    expect: [
      {
        kind: 'transfer.dpf_changed',
        path: 'transfers.dpf',
        summary: 'We are certified under the EU-U.S. Data Privacy Framework and its UK Extension; complaints we do not resolve go to BBB National Programs.',
      },
    ],
  },
  {
    name: 'the Data Privacy Framework parts listed in another order is no change',
    edit: (p) => {
      if (p.transfers?.dpf) p.transfers.dpf.frameworks = ['uk_extension', 'eu_us'];
    },
    expect: [],
  },
];
