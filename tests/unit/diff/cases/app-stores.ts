import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'an app added, another removed',
    edit: (p) => {
      p.apps = [{ id: 'fieldnote-lite', name: 'Fieldnote Lite', platforms: ['android'] }];
    },
    expect: [
      { kind: 'app.added', summary: 'The policy now covers the app Fieldnote Lite.' },
      { kind: 'app.removed', summary: 'The policy no longer declares the app Fieldnote.' },
    ],
  },
  {
    name: 'an app now also in Google Play',
    edit: (p) => {
      at(p.apps, 0).platforms = ['ios', 'android'];
    },
    expect: [{ kind: 'app.changed', path: 'apps[0]' }],
  },
  {
    name: 'reordering store names is no change',
    edit: (p) => {
      at(p.data_categories, 0).stores!.apple!.types = ['name', 'email_address'];
    },
    expect: [],
  },
  {
    name: 'account data now used for tracking',
    edit: (p) => {
      at(p.data_categories, 0).stores!.apple!.tracking = true;
    },
    expect: [{ kind: 'store_label.tracking_started', summary: "Account information is now used to track you across other companies' apps and websites." }],
  },
  {
    name: 'tracking stopped',
    base: (p) => {
      at(p.data_categories, 2).stores!.apple!.tracking = true;
    },
    edit: (p) => {
      delete at(p.data_categories, 2).stores!.apple!.tracking;
    },
    expect: [{ kind: 'store_label.tracking_stopped', summary: 'Usage data is no longer used to track you.' }],
  },
  {
    name: 'usage data now shared for advertising',
    edit: (p) => {
      at(p.data_categories, 2).stores!.google!.shared_for = ['advertising'];
    },
    expect: [{ kind: 'store_label.sharing_started', summary: 'Usage data is now shared with other companies for advertising.' }],
  },
  {
    name: "a category's and a purpose's store names changed",
    edit: (p) => {
      at(p.data_categories, 1).stores!.apple!.types = ['photos_or_videos'];
      at(p.purposes, 0).stores!.google = ['app_functionality'];
    },
    expect: [
      { kind: 'store_label.changed', path: 'data_categories[1].stores' },
      { kind: 'store_label.changed', path: 'purposes[0].stores' },
    ],
  },
];
