import type { Case } from './types.js';

const europe = (p: Parameters<Case['edit']>[0]) => {
  const entry = p.controller.other_controllers?.[0];
  if (entry === undefined) throw new Error('the full fixture names another controller');
  return entry;
};

export const cases: Case[] = [
  {
    name: 'another company becomes the controller for people in a region: material',
    edit: (p) => p.controller.other_controllers?.push({ name: 'Fieldnote Inc.', country: 'US', regions: ['US'] }),
    expect: [
      {
        kind: 'controller.other_added',
        path: 'controller.other_controllers[2]',
        summary: 'For people who live in the United States, Fieldnote Inc. is now the company responsible for your data, instead of us.',
      },
    ],
  },
  {
    name: 'a controller dropped: material',
    edit: (p) => p.controller.other_controllers?.pop(),
    expect: [
      {
        kind: 'controller.other_removed',
        path: 'controller.other_controllers[1]',
        summary:
          'For “Beta testers” who do not live in the United States, the Fieldnote company that would employ you is no longer the company responsible for your data.',
      },
    ],
  },
  {
    name: 'a different company for the same people is one change, not an addition and a removal',
    edit: (p) => (europe(p).name = 'Fieldnote Netherlands B.V.'),
    expect: [
      {
        kind: 'controller.other_changed',
        path: 'controller.other_controllers[0].name',
        summary:
          'For our customers who use “Fieldnote Web” and live in the European Economic Area or Switzerland, the company responsible for your data is now Fieldnote Netherlands B.V., no longer Fieldnote Europe B.V.',
      },
    ],
  },
  {
    name: 'the same company for other people',
    edit: (p) => (europe(p).regions = ['EEA', 'CH', 'GB']),
    expect: [
      {
        kind: 'controller.other_changed',
        path: 'controller.other_controllers[0]',
        summary:
          'Fieldnote Europe B.V. is now the company responsible for the data of our customers who use “Fieldnote Web” and live in the European Economic Area, Switzerland or the United Kingdom, no longer of our customers who use “Fieldnote Web” and live in the European Economic Area or Switzerland.',
      },
    ],
  },
  {
    name: 'the main controller no longer beside it',
    edit: (p) => delete europe(p).alongside_main,
    expect: [
      {
        kind: 'controller.other_changed',
        summary: 'We are no longer responsible for any of the processing of the data Fieldnote Europe B.V. is responsible for.',
      },
    ],
  },
  {
    name: 'a move abroad',
    edit: (p) => (europe(p).country = 'IE'),
    expect: [{ kind: 'controller.other_changed', summary: 'Fieldnote Europe B.V. is now established in Ireland instead of the Netherlands.' }],
  },
  {
    name: 'new contact details and words for the same company: minor',
    edit: (p) => {
      europe(p).email = 'dpo@fieldnote.example.nl';
      europe(p).address = { locality: 'Utrecht', country: 'NL' };
      europe(p).description = 'our Dutch company';
    },
    expect: [
      {
        kind: 'controller.other_details_changed',
        path: 'controller.other_controllers[0].email',
        summary: 'The contact details of Fieldnote Europe B.V. changed.',
      },
      { kind: 'controller.other_details_changed', path: 'controller.other_controllers[0].address' },
      {
        kind: 'controller.other_details_changed',
        path: 'controller.other_controllers[0].description',
        summary: 'We changed how we describe Fieldnote Europe B.V.',
      },
    ],
  },
  {
    name: 'a company for people everywhere but some places: a place added to the exceptions is other people',
    edit: (p) => {
      const entry = p.controller.other_controllers?.[1];
      if (entry !== undefined) entry.except_regions = ['US', 'DE'];
    },
    expect: [
      {
        kind: 'controller.other_changed',
        path: 'controller.other_controllers[1]',
        summary:
          'the Fieldnote company that would employ you is now the company responsible for the data of “Beta testers” who do not live in the United States or Germany, no longer of “Beta testers” who do not live in the United States.',
      },
    ],
  },
];
