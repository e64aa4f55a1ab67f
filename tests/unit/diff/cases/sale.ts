import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a sale admitted, then only said to be possibly one',
    base: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.sells = true;
    },
    edit: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.may_be_considered = true;
    },
    expect: [
      {
        kind: 'sale.position_changed',
        path: 'sale_and_sharing.may_be_considered',
        summary: 'We now say that some of our disclosures may be considered a sale or sharing, where we said that we sell or share personal information.',
      },
    ],
  },
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
      // Everything else the section said goes with it.
      { kind: 'sale.past_year_changed', summary: 'The policy no longer says what was sold or shared in the past 12 months.' },
      { kind: 'sale.gpc_ignored', summary: 'The policy no longer says that we honor Global Privacy Control signals.' },
      { kind: 'sale.sensitive_use_widened' },
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
  {
    name: 'sold data in the past year, to named recipients',
    edit: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.past_12_months = { sold: ['usage'], recipients: ['data brokers'] };
    },
    expect: [
      {
        kind: 'sale.past_year_changed',
        path: 'sale_and_sharing.past_12_months',
        summary: 'The policy now says that in the past 12 months we sold your usage data, to data brokers.',
      },
    ],
  },
  {
    name: 'GPC no longer honored, sensitive data no longer limited, data given for direct marketing',
    edit: (p) => {
      if (!p.sale_and_sharing) return;
      p.sale_and_sharing.honors_gpc = false;
      p.sale_and_sharing.sensitive_limited_use = false;
      p.sale_and_sharing.shares_for_direct_marketing = true;
    },
    expect: [
      { kind: 'sale.gpc_ignored', summary: 'We no longer respond to Global Privacy Control signals.' },
      {
        kind: 'sale.sensitive_use_widened',
        path: 'sale_and_sharing.sensitive_limited_use',
        summary: 'We now use sensitive personal information for purposes beyond those the CCPA regulations allow without a right to limit it.',
      },
      { kind: 'sharing.direct_marketing_started', summary: 'We now disclose personal information to third parties for their own direct marketing.' },
    ],
  },
  {
    name: 'GPC honored, sensitive data limited, no more direct marketing',
    base: (p) => {
      if (!p.sale_and_sharing) return;
      delete p.sale_and_sharing.honors_gpc;
      delete p.sale_and_sharing.sensitive_limited_use;
      p.sale_and_sharing.shares_for_direct_marketing = true;
    },
    edit: (p) => {
      if (!p.sale_and_sharing) return;
      p.sale_and_sharing.honors_gpc = true;
      p.sale_and_sharing.sensitive_limited_use = true;
      p.sale_and_sharing.shares_for_direct_marketing = false;
    },
    expect: [
      { kind: 'sale.gpc_honored' },
      { kind: 'sale.sensitive_use_limited' },
      { kind: 'sharing.direct_marketing_stopped', summary: 'We no longer disclose personal information to third parties for their own direct marketing.' },
    ],
  },
  {
    name: 'the use of sensitive data no longer stated, once stated as wider',
    base: (p) => {
      if (p.sale_and_sharing) p.sale_and_sharing.sensitive_limited_use = false;
    },
    edit: (p) => {
      if (p.sale_and_sharing) delete p.sale_and_sharing.sensitive_limited_use;
    },
    expect: [
      {
        kind: 'sale.sensitive_use_widened',
        summary:
          'The policy no longer says whether we use sensitive personal information beyond the purposes the CCPA regulations allow without a right to limit it.',
      },
    ],
  },
];
