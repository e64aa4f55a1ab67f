import type { Case } from './types.js';

export const cases: Case[] = [
  {
    name: 'the phone line for requests is gone',
    edit: (p) => {
      if (p.rights) delete p.rights.phone;
    },
    expect: [{ kind: 'right.channel_removed', path: 'rights.phone', summary: 'You can no longer make requests about your rights by phone.' }],
  },
  {
    name: 'requests by post, newly offered',
    base: (p) => {
      if (p.rights) delete p.rights.address;
    },
    edit: (p) => {
      if (p.rights) p.rights.address = { street: 'Privacy Desk', locality: 'Cork', country: 'IE' };
    },
    expect: [
      { kind: 'right.channel_added', path: 'rights.address', summary: 'You can now make requests about your rights by post: Privacy Desk, Cork, Ireland.' },
    ],
  },
  {
    name: 'a new phone number',
    edit: (p) => {
      if (p.rights) p.rights.phone = '+353 1 555 0199';
    },
    expect: [{ kind: 'right.channel_changed', summary: 'Requests about your rights by phone now go to +353 1 555 0199.' }],
  },
  {
    name: '“the same rights for everyone” withdrawn, and stated',
    base: (p) => {
      if (p.rights) p.rights.same_for_everyone = true;
    },
    edit: (p) => {
      if (p.rights) delete p.rights.same_for_everyone;
    },
    expect: [
      {
        kind: 'right.same_for_everyone_withdrawn',
        path: 'rights.same_for_everyone',
        summary: 'The policy no longer says that everyone has the same rights wherever they live.',
      },
    ],
  },
  {
    name: '“the same rights for everyone” newly stated',
    edit: (p) => {
      if (p.rights) p.rights.same_for_everyone = true;
    },
    expect: [{ kind: 'right.same_for_everyone_stated', summary: 'We now give everyone the same rights, wherever they live.' }],
  },
  {
    name: 'more extra time for complex requests',
    edit: (p) => {
      if (p.rights) p.rights.extension = 'P2M';
    },
    expect: [
      {
        kind: 'right.response_time_extended',
        path: 'rights.extension',
        summary: 'For a complex request about your rights, we may now take up to 2 months longer instead of 45 days.',
      },
    ],
  },
  {
    name: 'no more extra time claimed',
    edit: (p) => {
      if (p.rights) delete p.rights.extension;
    },
    expect: [{ kind: 'right.response_time_changed', summary: 'We no longer say we may take longer to answer complex requests about your rights.' }],
  },
  {
    name: 'agents refused, and what they must show removed',
    edit: (p) => {
      if (p.rights) p.rights.authorized_agents = { accepted: false };
    },
    expect: [
      { kind: 'right.agents_refused', summary: 'We no longer accept requests from someone you authorize to act for you.' },
      { kind: 'practice.reworded', path: 'rights.authorized_agents.proof' },
    ],
  },
  {
    name: 'agents accepted',
    base: (p) => {
      if (p.rights) delete p.rights.authorized_agents;
    },
    edit: (p) => {
      if (p.rights) p.rights.authorized_agents = { accepted: true };
    },
    expect: [{ kind: 'right.agents_accepted', summary: 'Someone you authorize can now make requests about your rights for you.' }],
  },
  {
    name: 'a new reason to decline a request, one dropped, one retyped',
    edit: (p) => {
      if (p.rights) p.rights.exemptions = ['when the law requires us to keep teh data', 'when the request is manifestly unfounded'];
    },
    expect: [
      { kind: 'right.exemption_added', summary: 'We may now decline a request about your rights, or part of it, when the request is manifestly unfounded.' },
      { kind: 'right.exemption_removed', summary: "The policy no longer says we may decline a request when answering would reveal someone else's data." },
      { kind: 'text.changed', path: 'rights.exemptions[0]' },
    ],
  },
  {
    name: 'the right to appeal withdrawn',
    edit: (p) => {
      if (p.rights) delete p.rights.appeal;
    },
    expect: [{ kind: 'right.appeal_removed', path: 'rights.appeal', summary: 'The policy no longer says you can appeal when we decline a request.' }],
  },
  {
    name: 'an appeal in one more state, one fewer',
    edit: (p) => {
      if (p.rights?.appeal) p.rights.appeal.regions = ['Virginia', 'Connecticut'];
    },
    expect: [
      { kind: 'right.appeal_added', summary: 'You can now also appeal if you live in Connecticut.' },
      { kind: 'right.appeal_removed', summary: 'You can no longer appeal if you live in Colorado.' },
    ],
  },
  {
    name: 'appeals everywhere',
    edit: (p) => {
      if (p.rights?.appeal) delete p.rights.appeal.regions;
    },
    expect: [{ kind: 'right.appeal_added', summary: 'You can now appeal wherever you live.' }],
  },
  {
    name: 'slower appeals, another way to appeal, another authority',
    edit: (p) => {
      if (!p.rights?.appeal) return;
      p.rights.appeal.response_time = 'P90D';
      p.rights.appeal.how = 'with the appeal form in Settings';
      p.rights.appeal.authority = { name: 'Colorado Attorney General' };
    },
    expect: [
      { kind: 'right.appeal_slowed', summary: 'We now answer appeals within 90 days instead of 60 days.' },
      { kind: 'practice.reworded', path: 'rights.appeal.how' },
      { kind: 'right.appeal_changed', summary: 'If we deny your appeal, you can now complain to Colorado Attorney General.' },
    ],
  },
  {
    name: 'faster appeals',
    edit: (p) => {
      if (p.rights?.appeal) p.rights.appeal.response_time = 'P30D';
    },
    expect: [{ kind: 'right.appeal_changed', summary: 'We now answer appeals within 30 days instead of 60 days.' }],
  },
];
