import type { Policy } from '../../../../src/model/policy.generated.js';
import { at, type Case } from './types.js';

/** The full fixture as a company that collects nothing would write it: no data, and nothing about its use. */
function collectingNothing(p: Policy): void {
  p.data_categories = [];
  p.purposes = [];
  for (const key of [
    'apps',
    'subprocessors',
    'recipient_categories',
    'disclosures',
    'visibility',
    'sale_and_sharing',
    'transfers',
    'retention',
    'cookies',
    'ai',
  ] as const) {
    delete p[key];
  }
  if (p.rights !== undefined) delete p.rights.financial_incentives;
  if (p.audiences !== undefined) delete p.audiences.as_processor;
}

export const cases: Case[] = [
  {
    name: 'a company that collected nothing collects data',
    base: collectingNothing,
    edit: (p) => {
      p.data_categories = [{ id: 'email', name: 'Email address' }];
      p.purposes = [{ id: 'support', name: 'Answer your questions', lawful_basis: 'contract', data_categories: ['email'] }];
    },
    expect: [
      { kind: 'collection.started', path: 'data_categories', summary: 'We now collect personal data: this policy said before that we collected none.' },
      { kind: 'data_category.added', path: 'data_categories[0]' },
      { kind: 'purpose.added' },
    ],
  },
  {
    name: 'a company that collected data collects none',
    base: (p) => {
      collectingNothing(p);
      p.data_categories = [{ id: 'email', name: 'Email address' }];
      p.purposes = [{ id: 'support', name: 'Answer your questions', lawful_basis: 'contract', data_categories: ['email'] }];
    },
    edit: (p) => {
      p.data_categories = [];
      p.purposes = [];
    },
    expect: [
      { kind: 'collection.stopped', path: 'data_categories', summary: 'We no longer collect any personal data.' },
      { kind: 'data_category.removed' },
      { kind: 'purpose.removed' },
    ],
  },
  {
    name: 'a new category',
    edit: (p) => p.data_categories.push({ id: 'location', name: 'Precise location', examples: ['GPS coordinates'], sensitive: true }),
    expect: [
      {
        kind: 'data_category.added',
        path: 'data_categories[3]',
        summary: 'We now collect a new category of data, “Precise location” (sensitive personal data): for example GPS coordinates.',
      },
    ],
  },
  {
    name: 'a category dropped, with what referred to it',
    edit: (p) => {
      p.data_categories.splice(2, 1);
      p.purposes = [at(p.purposes, 0), at(p.purposes, 2), at(p.purposes, 3)];
      p.retention = [p.retention?.[0] as NonNullable<typeof p.retention>[number], { data_categories: ['account'], period: 'P2Y', up_to: false }];
    },
    expect: [
      { kind: 'data_category.removed', path: 'data_categories[2]', summary: 'We no longer collect “Usage data”.' },
      { kind: 'purpose.removed', summary: 'We no longer use your data for “Keep the app secure”.' },
    ],
  },
  {
    name: 'a category of data listed under another CCPA category, and no longer under one',
    edit: (p) => {
      at(p.data_categories, 0).ccpa_categories = ['identifiers', 'commercial'];
      at(p.data_categories, 2).ccpa_categories = ['identifiers'];
    },
    expect: [
      {
        kind: 'data_category.ccpa_category_added',
        path: 'data_categories[0].ccpa_categories',
        summary: 'The California table now lists “Account information” under “Commercial information”.',
      },
      {
        kind: 'data_category.ccpa_category_removed',
        path: 'data_categories[0].ccpa_categories',
        summary: 'The California table no longer lists “Account information” under “Customer records”.',
      },
      {
        kind: 'data_category.ccpa_category_added',
        path: 'data_categories[2].ccpa_categories',
        summary: 'The California table now lists “Usage data” under “Identifiers”.',
      },
      {
        kind: 'data_category.ccpa_category_removed',
        path: 'data_categories[2].ccpa_categories',
        summary: 'The California table no longer lists “Usage data” under “Internet or other electronic network activity information”.',
      },
    ],
  },
  {
    name: 'more items in a category',
    edit: (p) => at(p.data_categories, 0).examples?.push('phone number'),
    expect: [{ kind: 'data_category.changed', path: 'data_categories[0].examples', summary: 'Account information now also includes phone number.' }],
  },
  {
    name: 'fewer items in a category',
    edit: (p) => (at(p.data_categories, 0).examples = ['name']),
    expect: [{ kind: 'data_category.narrowed', summary: 'Account information no longer includes email address.' }],
  },
  {
    name: 'a new source, sensitive, and required',
    base: (p) => (at(p.data_categories, 2).optional = true),
    edit: (p) => {
      at(p.data_categories, 2).source = 'third_party';
      at(p.data_categories, 2).sensitive = true;
      at(p.data_categories, 2).optional = false;
    },
    expect: [
      { kind: 'data_category.changed', summary: 'We now get usage data from third parties (previously automatically).' },
      { kind: 'data_category.changed', summary: 'We now treat usage data as sensitive personal data.' },
      { kind: 'data_category.changed', summary: 'Giving usage data is no longer optional.' },
    ],
  },
  {
    name: 'now optional',
    edit: (p) => (at(p.data_categories, 0).optional = true),
    expect: [{ kind: 'data_category.narrowed', summary: 'Giving account information is now optional.' }],
  },
  {
    name: 'a reworded description and a renamed heading',
    edit: (p) => {
      at(p.data_categories, 1).name = 'Your notes';
      at(p.data_categories, 0).description = 'We collect your name and email address when you sign up.';
    },
    expect: [
      {
        kind: 'practice.reworded',
        path: 'data_categories[0].description',
        summary: 'We changed the description of “Account information”; it now reads “We collect your name and email address when you sign up.”',
      },
      { kind: 'text.changed', path: 'data_categories[1].name', summary: 'We reworded the name of the “Field notes” category.' },
    ],
  },
  {
    name: 'a renamed heading over the same items is wording; without items, the name says what is collected',
    base: (p) => delete at(p.data_categories, 1).examples,
    edit: (p) => (at(p.data_categories, 1).name = 'Your notes'),
    expect: [
      { kind: 'practice.reworded', path: 'data_categories[1].name', summary: 'We changed the name of the “Field notes” category; it now reads “Your notes”.' },
    ],
  },
  {
    name: 'an example retyped: a correction, not one item dropped and another added',
    edit: (p) => {
      const category = at(p.data_categories, 0);
      category.examples = category.examples?.map((e, i) => (i === 1 ? `${e.slice(0, -2)}${e.slice(-1)}` : e));
    },
    expect: [{ kind: 'text.changed', path: 'data_categories[0].examples', summary: 'We corrected “email address” to “email addres” in account information.' }],
  },
  {
    name: 'a short example replaced by another: no guess, its new words quoted',
    edit: (p) => (at(p.data_categories, 0).examples = ['nam', 'email address']),
    expect: [{ kind: 'practice.reworded', summary: 'We reworded what “Account information” includes: “nam” instead of “name”.' }],
  },
  {
    name: 'an example replaced and another added: more than a rewording',
    edit: (p) => (at(p.data_categories, 0).examples = ['full legal name', 'email address', 'phone number']),
    expect: [{ kind: 'data_category.changed' }, { kind: 'data_category.narrowed' }],
  },
  {
    name: 'an id renamed, with every reference to it: nothing people read changes',
    edit: (p) => {
      // Every list of category ids in the file, wherever it is.
      const rename = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach((item, i) => (item === 'notes' ? (node[i] = 'field_notes') : rename(item)));
        else if (node !== null && typeof node === 'object') Object.values(node).forEach(rename);
      };
      rename(p);
      at(p.data_categories, 1).id = 'field_notes';
    },
    expect: [],
  },
  {
    name: 'an id renamed and the category changed too: no guess, a change',
    edit: (p) => {
      const category = at(p.data_categories, 1);
      category.id = 'field_notes';
      category.name = 'Your notes';
    },
    expect: [{ kind: 'data_category.added' }, { kind: 'data_category.removed' }],
  },
  {
    name: 'a name in other capitals: wording only',
    edit: (p) => (at(p.data_categories, 1).name = at(p.data_categories, 1).name.toUpperCase()),
    expect: [{ kind: 'text.changed', path: 'data_categories[1].name', summary: 'We reworded the name of the “Field notes” category.' }],
  },
  {
    name: 'data that stayed on the device is now sent to us: material',
    base: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history', on_device: true }),
    edit: (p) => (at(p.data_categories, 3).on_device = false),
    expect: [
      {
        kind: 'data_category.left_device',
        path: 'data_categories[3].on_device',
        summary: 'We now receive “Browsing history”: it no longer stays only on your device.',
      },
    ],
  },
  {
    name: 'data we received now stays on the device: minor',
    base: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history' }),
    edit: (p) => (at(p.data_categories, 3).on_device = true),
    expect: [
      {
        kind: 'data_category.kept_on_device',
        path: 'data_categories[3].on_device',
        summary: 'We no longer receive “Browsing history”: it now stays on your device.',
      },
    ],
  },
  {
    name: 'data that stays on the device, described or dropped: never said as collection',
    edit: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history', examples: ['URLs'], on_device: true }),
    expect: [
      {
        kind: 'data_category.on_device_added',
        path: 'data_categories[3]',
        summary: 'The policy now describes “Browsing history” (for example URLs), which stays on your device: we do not receive it.',
      },
    ],
  },
  {
    name: 'a category that stayed on the device is no longer described',
    base: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history', on_device: true }),
    edit: (p) => p.data_categories.pop(),
    expect: [
      {
        kind: 'data_category.on_device_removed',
        path: 'data_categories[3]',
        summary: 'The policy no longer describes “Browsing history”, which stayed on your device.',
      },
    ],
  },
  {
    // Review 11: a category on the device before and after told the reader "we now treat … as sensitive".
    name: 'a category that stays on the device covers more and is now sensitive: minor, worded as data on the device',
    base: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history', examples: ['URLs'], on_device: true }),
    edit: (p) => {
      const history = at(p.data_categories, 3);
      history.examples = ['URLs', 'form data', 'passwords'];
      history.sensitive = true;
      history.special_category = true;
      history.ccpa_categories = ['internet_activity'];
    },
    expect: [
      {
        kind: 'data_category.on_device_changed',
        path: 'data_categories[3].examples',
        summary: '“Browsing history”, which stays on your device, now also includes form data and passwords; we do not receive it.',
      },
      {
        kind: 'data_category.on_device_changed',
        path: 'data_categories[3]',
        summary: 'The policy describes “Browsing history”, which stays on your device, differently; we still do not receive it.',
      },
    ],
  },
  {
    name: 'a category that stays on the device covers less',
    base: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history', examples: ['URLs', 'form data'], on_device: true }),
    edit: (p) => (at(p.data_categories, 3).examples = ['URLs']),
    expect: [
      {
        kind: 'data_category.on_device_changed',
        path: 'data_categories[3].examples',
        summary: '“Browsing history”, which stays on your device, no longer includes form data.',
      },
    ],
  },
  {
    // Review 11: none.yaml → dev.yaml said "We now collect personal data; we collected none before".
    name: 'a policy that declared no data now describes only data on the device: no collection started',
    base: (p) => {
      p.data_categories = [];
      p.purposes = [];
    },
    edit: (p) => p.data_categories.push({ id: 'history', name: 'Browsing history', on_device: true }),
    expect: [
      {
        kind: 'data_category.on_device_added',
        path: 'data_categories[0]',
        summary: 'The policy now describes “Browsing history”, which stays on your device: we do not receive it.',
      },
    ],
  },
  {
    name: 'a policy whose data all stayed on the device now declares none: no collection stopped',
    base: (p) => {
      p.data_categories = [{ id: 'history', name: 'Browsing history', on_device: true }];
      p.purposes = [];
    },
    edit: (p) => (p.data_categories = []),
    expect: [{ kind: 'data_category.on_device_removed', path: 'data_categories[0]' }],
  },
];
