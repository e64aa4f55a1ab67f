import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new purpose',
    edit: (p) => p.purposes.push({ id: 'ads', name: 'Show personalised ads', lawful_basis: 'consent', data_categories: ['usage'] }),
    expect: [
      { kind: 'purpose.added', path: 'purposes[4]', summary: 'We now use your usage data for a new purpose: “Show personalised ads”, based on your consent.' },
    ],
  },
  {
    name: 'a purpose dropped',
    edit: (p) => p.purposes.pop(),
    expect: [{ kind: 'purpose.removed', path: 'purposes[3]', summary: 'We no longer use your data for “Send our newsletter”.' }],
  },
  {
    name: 'a purpose uses more data, and less',
    edit: (p) => (at(p.purposes, 0).data_categories = ['account', 'usage']),
    expect: [
      { kind: 'purpose.data_added', summary: 'We now also use your usage data for “Provide the app”.' },
      { kind: 'purpose.data_removed', summary: 'We no longer use your field notes for “Provide the app”.' },
    ],
  },
  {
    // Review 11: a purpose gaining on-device data was told as material "We now also use your face data for …".
    name: 'a purpose now also uses data that stays on the device: minor, worded as use on the device',
    base: (p) => p.data_categories.push({ id: 'faces', name: 'Face data', on_device: true }),
    edit: (p) => at(p.purposes, 0).data_categories?.push('faces', 'usage'),
    expect: [
      { kind: 'purpose.data_added', summary: 'We now also use your usage data for “Provide the app”.' },
      { kind: 'purpose.device_data_added', summary: 'For “Provide the app”, we now also use your face data on your device only; we do not receive it.' },
    ],
  },
  {
    name: 'a new purpose uses only data that stays on the device: minor',
    base: (p) => p.data_categories.push({ id: 'faces', name: 'Face data', on_device: true }),
    edit: (p) => p.purposes.push({ id: 'unlock', name: 'Unlock the app with your face', lawful_basis: 'consent', data_categories: ['faces'] }),
    expect: [
      {
        kind: 'purpose.device_added',
        summary: 'We now use your face data for a new purpose, on your device only: “Unlock the app with your face”. We do not receive this data.',
      },
    ],
  },
  {
    name: 'a purpose concerns another group, and no longer one',
    edit: (p) => (at(p.purposes, 0).audiences = ['customers', 'visitors']),
    expect: [
      { kind: 'purpose.audiences_added', path: 'purposes[0].audiences', summary: 'We now also use the data of website visitors for “Provide the app”.' },
      { kind: 'purpose.audiences_removed', path: 'purposes[0].audiences', summary: 'We no longer use the data of “Beta testers” for “Provide the app”.' },
    ],
  },
  {
    name: 'a group renamed by its id only: the purposes that named it by the old id no longer concern it',
    edit: (p) => (at(p.audiences!.covered!, 2).id = 'beta'),
    expect: [{ kind: 'purpose.audiences_removed', summary: 'We no longer use the data of “Beta testers” for “Provide the app”.' }],
  },
  {
    name: 'a switch to legitimate interests',
    edit: (p) => {
      at(p.purposes, 3).lawful_basis = 'legitimate_interests';
      at(p.purposes, 3).legitimate_interest = 'telling customers about new features';
      delete at(p.purposes, 3).consent;
    },
    expect: [
      {
        kind: 'lawful_basis.changed',
        path: 'purposes[3].lawful_basis',
        summary: 'For “Send our newsletter” we now rely on our legitimate interests (“telling customers about new features”) instead of your consent.',
      },
    ],
  },
  {
    name: 'a second basis beside the first',
    edit: (p) => {
      at(p.purposes, 0).lawful_basis = ['contract', 'legitimate_interests'];
      at(p.purposes, 0).legitimate_interest = 'keeping your notes usable offline';
    },
    expect: [
      {
        kind: 'lawful_basis.changed',
        path: 'purposes[0].lawful_basis',
        summary: 'For “Provide the app” we now also rely on our legitimate interests (“keeping your notes usable offline”).',
      },
    ],
  },
  {
    name: 'one of two bases dropped',
    base: (p) => (at(p.purposes, 1).lawful_basis = ['contract', 'legitimate_interests']),
    edit: (p) => (at(p.purposes, 1).lawful_basis = 'legitimate_interests'),
    expect: [
      { kind: 'lawful_basis.changed', path: 'purposes[1].lawful_basis', summary: 'For “Keep the app secure” we no longer rely on our contract with you.' },
    ],
  },
  {
    name: 'one basis swapped for another among several',
    base: (p) => (at(p.purposes, 1).lawful_basis = ['contract', 'legitimate_interests']),
    edit: (p) => (at(p.purposes, 1).lawful_basis = ['legal_obligation', 'legitimate_interests']),
    expect: [
      {
        kind: 'lawful_basis.changed',
        summary:
          'For “Keep the app secure” we now rely on a legal obligation and our legitimate interests instead of our contract with you and our legitimate interests.',
      },
    ],
  },
  {
    name: 'the same bases in another order, and one basis written as a list of one: no change',
    base: (p) => (at(p.purposes, 1).lawful_basis = ['legitimate_interests', 'contract']),
    edit: (p) => {
      at(p.purposes, 1).lawful_basis = ['contract', 'legitimate_interests'];
      at(p.purposes, 0).lawful_basis = [at(p.purposes, 0).lawful_basis as 'contract'];
    },
    expect: [],
  },
  {
    name: 'a reworded interest under a basis kept among several',
    base: (p) => (at(p.purposes, 1).lawful_basis = ['contract', 'legitimate_interests']),
    edit: (p) => (at(p.purposes, 1).legitimate_interest = 'keeping accounts safe'),
    expect: [
      { kind: 'practice.reworded', summary: 'We changed the legitimate interest we pursue for “Keep the app secure”; it now reads “keeping accounts safe”.' },
    ],
  },
  {
    name: 'a new purpose on two bases',
    edit: (p) =>
      p.purposes.push({
        id: 'sync',
        name: 'Sync your notes',
        lawful_basis: ['legitimate_interests', 'contract'],
        legitimate_interest: 'keeping copies in step',
        data_categories: ['notes'],
      }),
    expect: [
      {
        kind: 'purpose.added',
        summary: 'We now use your field notes for a new purpose: “Sync your notes”, based on our contract with you and our legitimate interests.',
      },
    ],
  },
  {
    name: 'a reworded interest under the same basis',
    edit: (p) => (at(p.purposes, 1).legitimate_interest = 'keeping accounts safe'),
    expect: [
      { kind: 'practice.reworded', summary: 'We changed the legitimate interest we pursue for “Keep the app secure”; it now reads “keeping accounts safe”.' },
    ],
  },
  {
    name: 'a purpose renamed to another practice',
    edit: (p) => (at(p.purposes, 1).name = 'Build advertising profiles'),
    expect: [
      {
        kind: 'practice.reworded',
        path: 'purposes[1].name',
        summary: 'We changed the name of the purpose “Keep the app secure”; it now reads “Build advertising profiles”.',
      },
    ],
  },
  {
    name: 'purposes in another order, categories in another order',
    edit: (p) => {
      p.purposes.reverse();
      at(p.purposes, 3).data_categories = ['notes', 'account'];
    },
    expect: [],
  },
  {
    name: 'data that was up to you is now required by contract',
    base: (p) => (at(p.purposes, 0).requirement = 'voluntary'),
    edit: (p) => (at(p.purposes, 0).requirement = 'contractual'),
    expect: [
      {
        kind: 'purpose.now_required',
        path: 'purposes[0].requirement',
        summary: 'For “Provide the app”, our contract with you now requires you to give us the data.',
      },
    ],
  },
  {
    name: 'data that was needed for a contract is now up to you',
    edit: (p) => (at(p.purposes, 0).requirement = 'voluntary'),
    expect: [{ kind: 'purpose.requirement_changed', summary: 'For “Provide the app”, giving us the data is now up to you.' }],
  },
  {
    // The purpose and its data stay; what a reader is told is that the use is now marketing.
    name: 'a purpose becomes direct marketing: material',
    edit: (p) => (at(p.purposes, 1).direct_marketing = true),
    expect: [
      { kind: 'purpose.direct_marketing', path: 'purposes[1].direct_marketing', summary: 'We now use your data for direct marketing: “Keep the app secure”.' },
    ],
  },
  {
    name: 'a purpose is no longer direct marketing: minor; how to opt out goes with it, untold',
    base: (p) => (at(p.purposes, 3).direct_marketing = { opt_out: 'use the unsubscribe link' }),
    edit: (p) => delete at(p.purposes, 3).direct_marketing,
    expect: [{ kind: 'purpose.direct_marketing_dropped', summary: 'The purpose “Send our newsletter” is no longer direct marketing.' }],
  },
  {
    name: 'how to opt out of direct marketing added, then changed',
    base: (p) => (at(p.purposes, 3).direct_marketing = true),
    edit: (p) => (at(p.purposes, 3).direct_marketing = { opt_out: 'reply STOP to any message' }),
    expect: [
      {
        kind: 'practice.reworded',
        path: 'purposes[3].direct_marketing.opt_out',
        summary: 'We added how you object to direct marketing for “Send our newsletter”: “reply STOP to any message”.',
      },
    ],
  },
  {
    name: 'how to opt out of direct marketing reworded',
    base: (p) => (at(p.purposes, 3).direct_marketing = { opt_out: 'use the unsubscribe link' }),
    edit: (p) => (at(p.purposes, 3).direct_marketing = { opt_out: 'reply STOP to any message' }),
    expect: [
      {
        kind: 'practice.reworded',
        summary: 'We changed how you object to direct marketing for “Send our newsletter”; it now reads “reply STOP to any message”.',
      },
    ],
  },
  {
    name: 'another Art. 9 condition and no national provision',
    edit: (p) => {
      at(p.purposes, 0).special_category_condition = 'legal_claims';
      delete at(p.purposes, 0).national_basis;
    },
    expect: [
      {
        kind: 'lawful_basis.changed',
        path: 'purposes[0].special_category_condition',
        summary:
          'For special categories of data used for “Provide the app”, we now rely on the need to establish, exercise or defend legal claims instead of your explicit consent.',
      },
      {
        kind: 'lawful_basis.changed',
        path: 'purposes[0].national_basis',
        summary: 'For “Provide the app” we no longer say we also rely on section 26 of the German Federal Data Protection Act (BDSG).',
      },
    ],
  },
];
