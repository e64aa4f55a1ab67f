import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new permission, and one dropped',
    edit: (p) => {
      const app = at(p.apps, 0);
      app.permissions = [at(app.permissions, 0), { name: 'Microphone', purpose: 'We record voice notes.' }];
    },
    expect: [
      { kind: 'app.permission_added', path: 'apps[0].permissions[1]', summary: 'Fieldnote now asks for the permission “Microphone”: We record voice notes.' },
      { kind: 'app.permission_removed', summary: 'Fieldnote no longer asks for the permission “Location”.' },
    ],
  },
  {
    name: 'a permission you could refuse is now required, and used for more',
    edit: (p) => {
      const location = at(at(p.apps, 0).permissions, 1);
      location.optional = false;
      location.purpose = 'We tag notes with where you wrote them and show nearby sites.';
    },
    expect: [
      { kind: 'app.permission_required', summary: 'Fieldnote no longer says you can refuse “Location” and still use the app.' },
      { kind: 'practice.reworded', path: 'apps[0].permissions[1].purpose' },
    ],
  },
  {
    name: 'asked at another moment',
    edit: (p) => (at(at(p.apps, 0).permissions, 0).when = 'when you open the app'),
    expect: [{ kind: 'app.permission_changed', path: 'apps[0].permissions[0].when' }],
  },
  {
    name: 'a permission now asked on every platform the app has',
    base: (p) => (at(p.apps, 0).platforms = ['ios', 'android']),
    edit: (p) => delete at(at(p.apps, 0).permissions, 0).platforms,
    expect: [{ kind: 'app.permission_added', summary: 'Fieldnote now asks for “Camera” on iOS and Android.' }],
  },
];
