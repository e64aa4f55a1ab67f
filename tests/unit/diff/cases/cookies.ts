import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'advertising cookies, a pixel and third-party tracking',
    edit: (p) => {
      if (!p.cookies) return;
      p.cookies.used.push('advertising');
      p.cookies.tools?.push('Meta Pixel');
      p.cookies.third_party_tracking = true;
    },
    expect: [
      { kind: 'cookies.tracking_added', path: 'cookies.used', summary: 'We now use advertising cookies.' },
      { kind: 'cookies.tracking_added', path: 'cookies.tools', summary: 'We now use a new tracking tool: Meta Pixel.' },
      { kind: 'cookies.tracking_added', path: 'cookies.third_party_tracking' },
    ],
  },
  {
    name: 'analytics gone',
    edit: (p) => {
      if (!p.cookies) return;
      p.cookies.used = ['strictly_necessary'];
      p.cookies.tools = [];
    },
    expect: [
      { kind: 'cookies.tracking_removed', summary: 'We no longer use analytics cookies.' },
      { kind: 'cookies.tracking_removed', summary: 'We no longer use this tracking tool: Plausible Analytics.' },
    ],
  },
];
