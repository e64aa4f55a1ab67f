import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new kind of recipient',
    edit: (p) => p.recipient_categories?.push({ name: 'Email marketing platforms', purpose: 'Sending our newsletter', data_categories: ['account'] }),
    expect: [
      {
        kind: 'recipient_category.added',
        summary:
          'We now share your account information with a new kind of recipient, “Email marketing platforms”. What they do for us: “Sending our newsletter”.',
      },
    ],
  },
  {
    name: 'a kind of recipient dropped',
    edit: (p) => (p.recipient_categories = []),
    expect: [{ kind: 'recipient_category.removed', summary: 'We no longer share data with “Payment processors”.' }],
  },
  {
    name: 'a kind of recipient moves and receives more',
    edit: (p) => {
      const r = p.recipient_categories?.[0];
      if (!r) return;
      r.location = ['US', 'IE'];
      r.data_categories = ['account', 'usage'];
      r.purpose = 'Billing and fraud checks';
    },
    expect: [
      { kind: 'recipient_category.changed', path: 'recipient_categories[0].purpose' },
      { kind: 'recipient_category.changed', summary: '“Payment processors” now process your data in the United States and Ireland.' },
      { kind: 'recipient_category.changed', summary: '“Payment processors” now receive your usage data.' },
    ],
  },
];
