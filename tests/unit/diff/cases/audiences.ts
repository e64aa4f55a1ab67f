import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'the policy no longer covers visitors, and now covers applicants',
    edit: (p) => {
      const covered = p.audiences?.covered;
      if (!covered) return;
      covered.splice(1, 1, { kind: 'applicants' });
    },
    expect: [
      { kind: 'scope.narrowed', path: 'audiences.covered[1]', summary: 'This policy no longer covers the personal data of website visitors.' },
      { kind: 'scope.widened', path: 'audiences.covered[1]', summary: 'This policy now also covers the personal data of job applicants.' },
    ],
  },
  {
    name: 'customers covered through fewer products, and whom the word means reworded',
    edit: (p) => {
      const customers = at(p.audiences?.covered, 0);
      customers.products = ['web'];
      customers.description = 'the companies that buy a subscription';
    },
    expect: [
      {
        kind: 'scope.narrowed',
        path: 'audiences.covered[0].products',
        summary: 'This policy no longer covers the personal data of our customers in “Fieldnote for iPhone”.',
      },
      { kind: 'practice.reworded', path: 'audiences.covered[0].description' },
    ],
  },
  {
    name: 'excluding more people, and no longer excluding data processed for customers',
    edit: (p) => {
      if (!p.audiences) return;
      p.audiences.not_covered = ['our own employees, who receive a separate notice', 'job applicants'];
      delete p.audiences.as_processor;
    },
    expect: [
      { kind: 'scope.narrowed', path: 'audiences.not_covered', summary: 'This policy no longer covers the personal data of “job applicants”.' },
      {
        kind: 'scope.widened',
        path: 'audiences.as_processor',
        summary: "This policy no longer excludes “the notes our business customers' teams write”, which it excluded as data we process for our customers.",
      },
    ],
  },
  {
    name: 'newly excluding data processed for customers',
    base: (p) => {
      if (p.audiences) delete p.audiences.as_processor;
    },
    edit: (p) => {
      if (p.audiences) p.audiences.as_processor = { data: 'the files our customers upload' };
    },
    expect: [
      {
        kind: 'scope.narrowed',
        path: 'audiences.as_processor',
        summary: 'This policy no longer covers “the files our customers upload”, which we now process only on behalf of our customers.',
      },
    ],
  },
  {
    name: 'requests no longer sent to the customer; the agreement moved; the data reworded',
    edit: (p) => {
      const data = p.audiences?.as_processor;
      if (!data) return;
      data.contact_customer = false;
      data.dpa_url = 'https://fieldnote.example/legal/dpa';
      data.data = 'the notes and files our business customers store';
    },
    expect: [
      {
        kind: 'audience.requests_changed',
        summary: 'We no longer ask you to send requests about data we process for our customers to the customer concerned.',
      },
      { kind: 'text.changed', path: 'audiences.as_processor.dpa_url' },
      { kind: 'practice.reworded', path: 'audiences.as_processor.data' },
    ],
  },
];
