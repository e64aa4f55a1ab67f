import { at, type Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'a new subprocessor',
    edit: (p) => p.subprocessors?.push({ name: 'Cloudflare, Inc.', purpose: 'Content delivery', location: 'US', transfer_mechanism: 'dpf' }),
    expect: [
      {
        kind: 'subprocessor.added',
        path: 'subprocessors[2]',
        summary: 'We now share data with Cloudflare, Inc. (United States). What it does for us: “Content delivery”.',
      },
    ],
  },
  {
    name: 'a subprocessor with named data, in a new country',
    edit: (p) => p.subprocessors?.push({ name: 'Sentry', purpose: 'Error reports', location: ['DE', 'US'], data_categories: ['usage'] }),
    expect: [
      { kind: 'subprocessor.added', summary: 'We now share your usage data with Sentry (Germany, United States). What it does for us: “Error reports”.' },
      { kind: 'transfer.country_added', path: 'subprocessors[2].location', summary: 'Your data may now be processed in Germany.' },
    ],
  },
  {
    name: 'a new subprocessor whose location the company does not state: no country named',
    edit: (p) => p.subprocessors?.push({ name: 'Mullvad VPN AB', purpose: 'VPN servers' }),
    expect: [
      {
        kind: 'subprocessor.added',
        path: 'subprocessors[2]',
        summary: 'We now share data with Mullvad VPN AB. What it does for us: “VPN servers”.',
      },
    ],
  },
  {
    name: 'a location stated where there was none: said, with the country new to the policy',
    base: (p) => void p.subprocessors?.push({ name: 'Mullvad VPN AB', purpose: 'VPN servers' }),
    edit: (p) => (at(p.subprocessors, 2).location = 'SE'),
    expect: [
      { kind: 'subprocessor.location_stated', path: 'subprocessors[2].location', summary: 'We now state where Mullvad VPN AB processes your data: in Sweden.' },
      { kind: 'transfer.country_added', path: 'subprocessors[2].location', summary: 'Your data may now be processed in Sweden.' },
    ],
  },
  {
    name: 'a location no longer stated: said, and no country claimed gone, since the data may still go there',
    base: (p) => void p.subprocessors?.push({ name: 'Mullvad VPN AB', purpose: 'VPN servers', location: 'SE' }),
    edit: (p) => delete at(p.subprocessors, 2).location,
    expect: [
      {
        kind: 'subprocessor.location_unstated',
        path: 'subprocessors[2].location',
        summary: 'We no longer state where Mullvad VPN AB processes your data (before: in Sweden).',
      },
    ],
  },
  {
    name: "a location no longer stated, after a provider was added before it: the old file's path",
    base: (p) => void p.subprocessors?.push({ name: 'Mullvad VPN AB', purpose: 'VPN servers', location: 'SE' }),
    edit: (p) => {
      delete at(p.subprocessors, 2).location;
      p.subprocessors?.unshift({ name: 'Newco Ltd', purpose: 'Support desk', location: 'IE' });
    },
    expect: [
      { kind: 'subprocessor.added', path: 'subprocessors[0]', summary: 'We now share data with Newco Ltd (Ireland). What it does for us: “Support desk”.' },
      {
        kind: 'subprocessor.location_unstated',
        path: 'subprocessors[2].location',
        summary: 'We no longer state where Mullvad VPN AB processes your data (before: in Sweden).',
      },
    ],
  },
  {
    name: 'a subprocessor whose name ends with a full stop, dropped: one full stop',
    base: (p) => void p.subprocessors?.push({ name: 'Cloudflare, Inc.', purpose: 'Content delivery', location: 'US', transfer_mechanism: 'dpf' }),
    edit: (p) => p.subprocessors?.pop(),
    expect: [{ kind: 'subprocessor.removed', path: 'subprocessors[2]', summary: 'We no longer share data with Cloudflare, Inc.' }],
  },
  {
    name: "a provider's purpose in other capitals: wording only",
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.purpose = s.purpose.replace(/\b\w/g, (c) => c.toUpperCase());
    },
    expect: [{ kind: 'text.changed', path: 'subprocessors[1].purpose' }],
  },
  {
    name: 'a provider name written with other punctuation: the same company',
    base: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.name = 'Wildbit, LLC';
    },
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.name = 'Wildbit LLC';
    },
    expect: [{ kind: 'text.changed', path: 'subprocessors[1].name' }],
  },
  {
    name: 'a subprocessor dropped',
    edit: (p) => p.subprocessors?.pop(),
    expect: [
      { kind: 'subprocessor.removed', path: 'subprocessors[1]', summary: 'We no longer share data with Postmark.' },
      // The payment processors are still in the United States.
    ],
  },
  {
    name: 'a subprocessor moves, changes purpose, safeguard and role',
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (!s) return;
      s.location = 'IN';
      s.purpose = 'Email delivery and analytics';
      s.transfer_mechanism = 'bcr';
      s.role = 'controller';
    },
    expect: [
      { kind: 'subprocessor.location_changed', summary: 'Postmark now processes your data in India instead of the United States.' },
      {
        kind: 'subprocessor.purpose_changed',
        summary: 'Postmark now processes your data for another purpose: “Email delivery and analytics” (before: “Email delivery”).',
      },
      {
        kind: 'subprocessor.mechanism_changed',
        summary: 'The safeguard for transfers to Postmark is now: Binding Corporate Rules (previously: Standard Contractual Clauses and UK IDTA / Addendum).',
      },
      { kind: 'subprocessor.role_changed', summary: 'Postmark now decides for itself how it uses your data.' },
      { kind: 'transfer.country_added', summary: 'Your data may now be processed in India.' },
    ],
  },
  {
    name: 'a provider counted as a contractor under the CCPA, then as a third party',
    base: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.ccpa_recipient = 'contractor';
    },
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.ccpa_recipient = 'third_party';
    },
    expect: [
      {
        kind: 'subprocessor.ccpa_recipient_changed',
        path: 'subprocessors[1].ccpa_recipient',
        summary: 'Under the CCPA, Postmark is now a third party (previously: a contractor).',
      },
    ],
  },
  {
    name: 'a provider’s stated CCPA kind dropped where its role says the same: the California table is unchanged',
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) delete s.ccpa_recipient;
    },
    expect: [],
  },
  {
    name: 'a contractor no longer stated as such: read from its role, it is a service provider',
    base: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.ccpa_recipient = 'contractor';
    },
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) delete s.ccpa_recipient;
    },
    expect: [
      {
        kind: 'subprocessor.ccpa_recipient_changed',
        path: 'subprocessors[1].ccpa_recipient',
        summary: 'Under the CCPA, Postmark is now a service provider (previously: a contractor).',
      },
    ],
  },
  {
    name: 'a fallback safeguard added beside those in place',
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.transfer_mechanism = ['scc', 'uk_idta', 'dpf'];
    },
    expect: [
      {
        kind: 'subprocessor.mechanism_added',
        path: 'subprocessors[1].transfer_mechanism',
        summary: 'Transfers to Postmark now also rely on another safeguard: EU-U.S. Data Privacy Framework.',
      },
    ],
  },
  {
    name: 'one of two safeguards no longer relied on',
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (s) s.transfer_mechanism = 'scc';
    },
    expect: [
      {
        kind: 'subprocessor.mechanism_changed',
        summary:
          'The safeguard for transfers to Postmark is now: Standard Contractual Clauses (previously: Standard Contractual Clauses and UK IDTA / Addendum).',
      },
    ],
  },
  {
    name: 'a subprocessor receives more data and less',
    edit: (p) => {
      const s = p.subprocessors?.[0];
      if (s) s.data_categories = ['account', 'usage'];
    },
    expect: [
      { kind: 'subprocessor.data_added', summary: 'Amazon Web Services EMEA SARL now also receives your usage data.' },
      { kind: 'subprocessor.data_removed', summary: 'Amazon Web Services EMEA SARL no longer receives your field notes.' },
    ],
  },
  {
    name: 'a subprocessor starts training on data, then its terms change',
    edit: (p) => {
      const s = p.subprocessors?.[0];
      if (!s) return;
      s.trains_on_data = true;
      s.terms = ['own_terms'];
    },
    expect: [
      { kind: 'subprocessor.training_started', summary: 'Amazon Web Services EMEA SARL may now use your data to train its own AI models.' },
      { kind: 'subprocessor.terms_changed', summary: 'Amazon Web Services EMEA SARL now handles your data under its own privacy terms.' },
    ],
  },
  {
    name: 'a subprocessor stops training on data',
    base: (p) => {
      const s = p.subprocessors?.[0];
      if (s) s.trains_on_data = true;
    },
    edit: (p) => {
      const s = p.subprocessors?.[0];
      if (s) s.trains_on_data = false;
    },
    expect: [{ kind: 'subprocessor.training_stopped' }],
  },
  {
    name: 'a re-capitalised name and a new note are wording',
    edit: (p) => {
      const s = p.subprocessors?.[1];
      if (!s) return;
      s.name = 'POSTMARK';
      s.note = 'Only transactional email.';
    },
    expect: [
      { kind: 'text.changed', path: 'subprocessors[1].name', summary: 'We reworded the name of “Postmark”.' },
      { kind: 'text.changed', path: 'subprocessors[1].note', summary: 'We added the note on POSTMARK.' },
    ],
  },
];
