import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'requests by email ended: rights.email dropped beside a request form (normalize: rightsByEmail)',
    edit: (p) => delete p.rights!.email,
    expect: [
      { kind: 'contact.changed', path: 'rights.email' },
      {
        kind: 'right.email_requests_ended',
        path: 'rights',
        summary: 'Requests about your rights can no longer be made by email to rights@fieldnote.example: the policy now points to its request form.',
      },
    ],
  },
  {
    name: 'requests by email offered again: the request form dropped, the contact address takes them',
    base: (p) => delete p.rights!.email,
    edit: (p) => delete p.rights!.url,
    expect: [
      { kind: 'contact.changed', path: 'rights.url' },
      { kind: 'right.email_requests_offered', path: 'rights', summary: 'Requests about your rights can now be made by email to privacy@fieldnote.example.' },
    ],
  },
  {
    name: 'the contact form was the public forum: one change of what the policy calls it, not a form gone and a forum given (the Joplin review)',
    base: (p) => (p.contact = { email: 'privacy@fieldnote.example', url: 'https://community.fieldnote.example/' }),
    edit: (p) => (p.contact = { email: 'privacy@fieldnote.example', forum: 'https://community.fieldnote.example/' }),
    expect: [
      {
        kind: 'contact.changed',
        path: 'contact.forum',
        summary: 'We now list https://community.fieldnote.example/ as a public forum, not as a contact form: posts there are public.',
      },
    ],
  },
  {
    name: 'the public forum listed as the contact form again, beside a new forum',
    base: (p) => (p.contact = { email: 'privacy@fieldnote.example', forum: 'https://community.fieldnote.example/' }),
    edit: (p) => (p.contact = { email: 'privacy@fieldnote.example', url: 'https://community.fieldnote.example/', forum: 'https://talk.fieldnote.example/' }),
    expect: [
      { kind: 'contact.changed', path: 'contact.url', summary: 'We now list https://community.fieldnote.example/ as a contact form, not as a public forum.' },
      // The old forum is accounted for by the line above: the new one is given, not a replacement.
      { kind: 'contact.changed', path: 'contact.forum', summary: 'The policy now gives our public forum: https://talk.fieldnote.example/.' },
    ],
  },
  {
    name: 'a public forum given beside the contact form',
    base: (p) => delete p.contact!.forum,
    edit: (p) => (p.contact = { ...p.contact, forum: 'https://talk.fieldnote.example/' }),
    expect: [{ kind: 'contact.changed', path: 'contact.forum', summary: 'The policy now gives our public forum: https://talk.fieldnote.example/.' }],
  },
  {
    name: 'a new privacy email',
    edit: (p) => (p.contact = { ...p.contact, email: 'privacy@fieldnote.io' }),
    expect: [
      {
        kind: 'contact.changed',
        path: 'contact.email',
        summary: 'The email address for privacy questions is now privacy@fieldnote.io instead of privacy@fieldnote.example.',
      },
    ],
  },
  {
    name: 'a new postal address',
    edit: (p) => (p.controller.address = { street: '9 Low Road', locality: 'Leeds', postal_code: 'LS1 1AA', country: 'GB' }),
    expect: [
      {
        kind: 'contact.changed',
        summary:
          'Our postal address is now 9 Low Road, Leeds, LS1 1AA, United Kingdom instead of 1 High Street, London, Greater London, EC1A 1AA, United Kingdom.',
      },
    ],
  },
  {
    name: 'a DPO appointed',
    base: (p) => delete p.controller.dpo,
    edit: (p) => (p.controller.dpo = { name: 'Dana Officer', email: 'dpo@fieldnote.example' }),
    expect: [{ kind: 'contact.changed', summary: 'We have appointed a Data Protection Officer: Dana Officer, dpo@fieldnote.example.' }],
  },
  {
    name: "the DPO's phone line gone, and our fax number",
    edit: (p) => {
      delete p.controller.dpo?.phone;
      delete p.controller.fax;
    },
    expect: [
      {
        kind: 'contact.changed',
        path: 'controller.dpo',
        summary:
          'You can now reach our Data Protection Officer at Dana Officer, dpo@fieldnote.example, fax +44 113 496 0009, https://example.com/dpo, 2 High Street, London, Greater London, EC1A 1AB, United Kingdom.',
      },
      { kind: 'contact.changed', path: 'controller.fax', summary: 'The policy no longer gives our fax number.' },
    ],
  },
  {
    name: 'the legal notice moved',
    edit: (p) => (p.controller.legal_notice = 'https://fieldnote.example/imprint'),
    expect: [
      {
        kind: 'contact.changed',
        path: 'controller.legal_notice',
        summary: 'Our legal notice is now https://fieldnote.example/imprint instead of https://fieldnote.example/legal-notice.',
      },
    ],
  },
  {
    name: "the DPO's fax number changed",
    edit: (p) => (p.controller.dpo!.fax = '+44 113 496 0010'),
    expect: [
      {
        kind: 'contact.changed',
        path: 'controller.dpo',
        summary:
          'You can now reach our Data Protection Officer at Dana Officer, dpo@fieldnote.example, +44 113 496 0000, fax +44 113 496 0010, https://example.com/dpo, 2 High Street, London, Greater London, EC1A 1AB, United Kingdom.',
      },
    ],
  },
  {
    name: 'a representative replaced and one added',
    edit: (p) => {
      p.controller.representatives = [
        { jurisdiction: 'gdpr', name: 'Rep Europe GmbH', email: 'rep@rep.example' },
        { jurisdiction: 'swiss_fadp', name: 'Rep Suisse AG' },
      ];
    },
    expect: [
      { kind: 'contact.changed', summary: 'Our representative in the European Union is now Rep Europe GmbH (rep@rep.example).' },
      { kind: 'contact.changed', summary: 'Our representative in Switzerland is Rep Suisse AG.' },
    ],
  },
  {
    name: 'where rights requests go, in general and under one law',
    edit: (p) => {
      p.rights = { ...p.rights, email: 'requests@fieldnote.example' };
      if (p.rights.ccpa) p.rights.ccpa.subject_line = 'California request';
    },
    expect: [
      { kind: 'contact.changed', path: 'rights.email' },
      {
        kind: 'contact.changed',
        path: 'rights.ccpa.subject_line',
        summary: 'The subject line to use in requests under the CCPA is now California request instead of CCPA request.',
      },
    ],
  },
  {
    name: "the parents' address removed",
    edit: (p) => {
      if (p.children) delete p.children.contact;
    },
    expect: [{ kind: 'contact.changed', summary: 'The policy no longer gives the address parents can write to.' }],
  },
  {
    name: 'requests in the product for every right',
    edit: (p) => {
      if (p.rights) delete p.rights.in_app_rights;
    },
    expect: [{ kind: 'contact.changed', path: 'rights.in_app_rights', summary: 'Requests made in the product now cover every right.' }],
  },
];
