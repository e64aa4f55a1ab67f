import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a data category collected in fewer products, a provider working for more',
    base: (p) => {
      at(p.subprocessors, 1).products = ['web'];
    },
    edit: (p) => {
      at(p.data_categories, 0).products = ['app'];
      delete at(p.subprocessors, 1).products;
    },
    expect: [
      { kind: 'product_scope.narrowed', path: 'data_categories[0].products', summary: 'We no longer collect “Account information” in “Fieldnote Web”.' },
      { kind: 'product_scope.widened', path: 'subprocessors[1].products', summary: 'Postmark now also receives your data from “Fieldnote for iPhone”.' },
    ],
  },
  {
    name: 'a purpose, a retention period and the cookies moved between products',
    base: (p) => {
      at(p.purposes, 1).products = ['web'];
    },
    edit: (p) => {
      at(p.purposes, 1).products = ['app'];
      at(p.retention, 1).products = ['web'];
      if (p.cookies) p.cookies.products = ['app'];
    },
    expect: [
      {
        kind: 'product_scope.widened',
        path: 'purposes[1].products',
        summary: 'We now also use your data for “Keep the app secure” in “Fieldnote for iPhone”.',
      },
      { kind: 'product_scope.narrowed', path: 'purposes[1].products', summary: 'We no longer use your data for “Keep the app secure” in “Fieldnote Web”.' },
      {
        kind: 'product_scope.narrowed',
        path: 'retention[1].products',
        summary: 'How long we keep your account information and usage data no longer applies in “Fieldnote for iPhone”.',
      },
      { kind: 'product_scope.narrowed', path: 'cookies.products', summary: 'We no longer use cookies in “Fieldnote Web”.' },
    ],
  },
  {
    name: 'listing every product instead of none is no change',
    edit: (p) => {
      delete at(p.data_categories, 0).products;
      delete at(p.purposes, 0).products;
    },
    expect: [],
  },
];
