import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a product added and one removed: the policy covers more and less',
    edit: (p) => {
      p.products = [at(p.products, 0), { id: 'desktop', name: 'Fieldnote for Mac' }];
    },
    expect: [
      { kind: 'scope.widened', path: 'products[1]', summary: 'This policy now also covers “Fieldnote for Mac”.' },
      { kind: 'scope.narrowed', path: 'products[1]', summary: 'This policy no longer covers “Fieldnote Web”.' },
    ],
  },
  {
    name: 'a product renamed and its description reworded is wording',
    edit: (p) => {
      at(p.products, 0).name = 'Fieldnote for iOS';
      at(p.products, 0).description = 'our notes app';
    },
    expect: [
      { kind: 'text.changed', path: 'products[0].name', summary: 'We reworded the name of the product “Fieldnote for iPhone”.' },
      { kind: 'text.changed', path: 'products[0].description', summary: 'We reworded the description of “Fieldnote for iOS”.' },
    ],
  },
  {
    name: "a product's own privacy policy moved",
    edit: (p) => {
      at(p.products, 0).policy_url = 'https://fieldnote.example/legal/app-privacy';
    },
    expect: [{ kind: 'text.changed', path: 'products[0].policy_url', summary: 'We reworded the address of the privacy policy of “Fieldnote for iPhone”.' }],
  },
];
