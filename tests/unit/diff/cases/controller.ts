import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new legal entity',
    edit: (p) => (p.controller.name = 'Fieldnote Europe BV'),
    expect: [
      {
        kind: 'controller.changed',
        path: 'controller.name',
        summary: 'The company responsible for your data is now Fieldnote Europe BV, no longer Fieldnote Ltd.',
      },
    ],
  },
  {
    name: 'a move abroad',
    edit: (p) => (p.controller.country = 'NL'),
    expect: [{ kind: 'controller.changed', summary: 'Fieldnote Ltd is now established in the Netherlands instead of the United Kingdom.' }],
  },
  {
    name: 'a new trading name',
    edit: (p) => (p.controller.trading_name = 'Fieldnote Pro'),
    expect: [{ kind: 'controller.changed', summary: 'We now trade as Fieldnote Pro instead of Fieldnote.' }],
  },
  {
    name: 'a reworded description and a longer scope list',
    edit: (p) => {
      p.controller.description = 'a notebook app for scientists';
      p.controller.scope = ['fieldnote.example', 'the Fieldnote app', 'the Fieldnote API'];
    },
    expect: [
      { kind: 'text.changed', path: 'controller.description', summary: 'We reworded the description of what we do.' },
      { kind: 'scope.widened', path: 'controller.scope', summary: 'This policy now also covers “the Fieldnote API”.' },
    ],
  },
  {
    name: 'a site no longer covered, and data newly excluded: less protection',
    edit: (p) => {
      p.controller.scope = ['the Fieldnote app'];
      p.controller.out_of_scope = ['third-party websites linked from the app', 'notes you keep for a team, for which your employer is the controller'];
    },
    expect: [
      { kind: 'scope.narrowed', path: 'controller.scope', summary: 'This policy no longer covers “fieldnote.example”.' },
      {
        kind: 'scope.narrowed',
        path: 'controller.out_of_scope',
        summary: 'This policy now excludes “notes you keep for a team, for which your employer is the controller”.',
      },
    ],
  },
  {
    name: 'an exclusion retyped is wording',
    edit: (p) => (p.controller.out_of_scope = ['third-party websites linked from the App']),
    expect: [{ kind: 'text.changed', path: 'controller.out_of_scope' }],
  },
  {
    name: 'an exclusion dropped: the policy covers more',
    edit: (p) => (p.controller.out_of_scope = []),
    expect: [{ kind: 'scope.widened', path: 'controller.out_of_scope', summary: 'This policy no longer excludes “third-party websites linked from the app”.' }],
  },
  {
    name: 'the same scope in another order',
    edit: (p) => (p.controller.scope = ['fieldnote.example', 'the Fieldnote app']),
    expect: [],
  },
  {
    name: 'registered elsewhere',
    edit: (p) => (p.controller.register_court = 'the Registrar of Companies for Scotland'),
    expect: [{ kind: 'controller.changed', path: 'controller.register_court', summary: 'We are now registered with the Registrar of Companies for Scotland.' }],
  },
  {
    name: 'a new VAT number and a new managing director',
    edit: (p) => {
      p.controller.vat_id = 'GB987654321';
      p.controller.managing_directors = ['Cleo Director'];
    },
    expect: [
      { kind: 'controller.details_changed', path: 'controller.vat_id', summary: 'Our VAT identification number is now GB987654321.' },
      { kind: 'controller.details_changed', path: 'controller.managing_directors', summary: 'Our managing director is now Cleo Director.' },
    ],
  },
  {
    name: 'the managing directors in another order',
    edit: (p) => (p.controller.managing_directors = ['Ben Director', 'Ada Director']),
    expect: [],
  },
  {
    name: 'the same people named as the board they are',
    edit: (p) => (p.controller.management_role = 'board'),
    expect: [
      { kind: 'controller.details_changed', path: 'controller.management_role', summary: 'The members of our board are now Ada Director and Ben Director.' },
    ],
  },
  {
    name: 'the office given as the default it already was',
    edit: (p) => (p.controller.management_role = 'managing_directors'),
    expect: [],
  },
  {
    name: 'a new owner of a sole proprietorship',
    edit: (p) => {
      p.controller.managing_directors = ['Cleo Owner'];
      p.controller.management_role = 'owner';
    },
    expect: [{ kind: 'controller.details_changed', path: 'controller.managing_directors', summary: 'Our business is now owned and run by Cleo Owner.' }],
  },
];
