import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'the statement of compliance withdrawn, then made',
    edit: (p) => delete p.controller.claims_compliance,
    expect: [
      {
        kind: 'jurisdiction.compliance_withdrawn',
        path: 'controller.claims_compliance',
        summary: 'We no longer state that we follow the laws this policy is written for.',
      },
    ],
  },
  {
    name: 'the statement of compliance made',
    base: (p) => delete p.controller.claims_compliance,
    edit: (p) => (p.controller.claims_compliance = true),
    expect: [
      {
        kind: 'jurisdiction.compliance_stated',
        path: 'controller.claims_compliance',
        summary: 'We now state that we follow the laws this policy is written for.',
      },
    ],
  },
  {
    name: 'a law added',
    edit: (p) => p.jurisdictions?.push('swiss_fadp'),
    expect: [
      { kind: 'jurisdiction.added', path: 'jurisdictions[3]', summary: 'This policy now also follows the Swiss Federal Act on Data Protection (FADP).' },
    ],
  },
  {
    name: 'a law dropped',
    edit: (p) => (p.jurisdictions = ['gdpr', 'uk_gdpr']),
    expect: [
      {
        kind: 'jurisdiction.removed',
        path: 'jurisdictions[2]',
        summary: 'This policy no longer follows the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA).',
      },
    ],
  },
  {
    name: 'a law dropped with its rights: one change, not one per right',
    edit: (p) => {
      p.jurisdictions = ['gdpr', 'uk_gdpr'];
      delete p.rights?.ccpa;
    },
    expect: [
      {
        kind: 'jurisdiction.removed',
        path: 'jurisdictions[2]',
        summary:
          'This policy no longer follows the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA), and no longer describes the rights it gives you.',
      },
    ],
  },
  {
    name: 'another law in the company’s words',
    edit: (p) => (p.other_laws = ['the Norwegian Personal Data Act', 'the Danish Data Protection Act']),
    expect: [{ kind: 'jurisdiction.added', summary: 'This policy now also follows the Danish Data Protection Act.' }],
  },
];
